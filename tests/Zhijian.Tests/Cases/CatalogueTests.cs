using System.Text.RegularExpressions;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;

namespace Zhijian.Tests.Cases;

/// <summary>
/// The shipped 违法行为目录 and 裁量基准 read against their own 处罚依据 text: every penalty kind an entry allows is one its
/// basis names (and every kind the basis names is allowed), and every band of a level lies inside exactly one statutory
/// tier that the basis states (a "…；情节严重的，处…" provision has two). Tiers are parsed from the text, not taken from
/// the catalogue's generator, so a wrong range or a band across tiers fails here.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed partial class CatalogueTests
{
    public static TheoryData<string> Codes() => [.. DefaultCatalogue.Violations.Select(v => v.Code)];

    /// <summary>How a provision names each penalty kind (besides a fine).</summary>
    private static readonly (PenaltyKind Kind, Regex Said)[] Phrases =
    [
        (PenaltyKind.Warning, new("警告")),
        (PenaltyKind.PublicReprimand, new("通报批评")),
        (PenaltyKind.ConfiscateIllegalGains, new("没收[^，；。]*?违法所得")),
        (PenaltyKind.ConfiscateProperty, new("没收[^，；。]*?(食品|产品|计量器具|财物|物品|工具|设备|原料)")),
        (PenaltyKind.SuspendLicence, new("暂扣[^，；。]*?许可证")),
        (PenaltyKind.LowerQualification, new("降低资质等级")),
        (PenaltyKind.RevokeLicence, new("吊销[^，；。]*?许可证")),
        (PenaltyKind.RevokeBusinessLicence, new("吊销营业执照")),
        (PenaltyKind.RestrictOperations, new("限制开展生产经营活动")),
        (PenaltyKind.SuspendOperations, new("停产停业")),
        (PenaltyKind.Closure, new("责令关闭")),
        (PenaltyKind.PracticeRestriction, new("限制从业")),
    ];

    [Theory, MemberData(nameof(Codes))]
    public void Penalty_kinds_are_the_ones_the_basis_names(string code)
    {
        var v = DefaultCatalogue.Violations.Single(x => x.Code == code);
        var named = Phrases.Where(p => p.Said.IsMatch(v.PenaltyBasis)).Select(p => p.Kind).ToHashSet();
        Assert.All(v.Kinds, k => Assert.True(named.Contains(k), $"{code}: 处罚种类“{CaseNames.Of(k)}”，但处罚依据写的是：{v.PenaltyBasis}"));
        Assert.All(named, k => Assert.True(v.Kinds.Contains(k), $"{code}: 处罚依据规定了“{CaseNames.Of(k)}”，目录未列出"));
        Assert.Equal(v.FineMax > 0, v.PenaltyBasis.Contains("罚款", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Codes))]
    public void The_statutory_range_is_the_one_the_basis_states_and_every_band_lies_in_exactly_one_tier(string code)
    {
        var v = DefaultCatalogue.Violations.Single(x => x.Code == code);
        if ((v.FineMax ?? 0) <= 0) return;
        var tiers = Tiers(v.PenaltyBasis);
        var unit = v.BaseName is null ? "元" : "倍";
        var own = tiers.Where(t => t.Unit == unit).ToList();
        Assert.True(own.Count > 0, $"{code}: 处罚依据中找不到以{unit}计的罚款幅度：{v.PenaltyBasis}");
        Assert.Equal((own.Min(t => t.Min), own.Max(t => t.Max)), (v.FineMin ?? 0, v.FineMax!.Value));
        if (v.FloorFineMin is { } fMin)
            Assert.Contains(tiers, t => t.Unit == "元" && t.Min == fMin && t.Max == v.FloorFineMax);

        foreach (var band in DefaultCatalogue.Bands.Where(b => b.ViolationCode == code && b.Level is DiscretionLevel.Lighter or DiscretionLevel.Normal or DiscretionLevel.Heavier))
        {
            var inside = own.Count(t => t.Min <= band.FineMin && band.FineMax <= t.Max);
            Assert.True(inside == 1, $"{code} {DiscretionRules.LevelName(band.Level)} {band.FineMin}～{band.FineMax}{unit} 应当恰在一个法定幅度内，实际在 {inside} 个内（{string.Join("、", own.Select(t => $"{t.Min}～{t.Max}"))}）");
            if (v.FloorFineMin is not null && v.FloorBelowBase is { } below)
            {
                var range = DiscretionRules.BandRange(v, band, below / 2)!; // a base below the floor threshold: the yuan floor tier
                Assert.Single(tiers, t => t.Unit == "元" && t.Min <= range.Min && range.Max <= t.Max);
            }
        }
    }

    [Fact]
    public void The_parser_reads_the_statutory_tiers_as_written()
    {
        Assert.Equal([(200000m, 1000000m, "元"), (1000000m, 2000000m, "元")],
            Tiers("处二十万元以上一百万元以下的罚款；情节严重的，处一百万元以上二百万元以下的罚款，可以吊销营业执照"));
        Assert.Equal([(50000m, 100000m, "元"), (10m, 20m, "倍")],
            Tiers("货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款"));
        Assert.Equal([(1m, 3m, "倍")], Tiers("并处违法生产、销售产品货值金额等值以上三倍以下的罚款"));
        Assert.Equal([(0m, 30000m, "元")], Tiers("责令改正；拒不改正的，处3万元以下的罚款"));
        Assert.Equal([(0m, 5000m, "元")], Tiers("可以并处5000元以下的罚款"));
    }

    [Fact]
    public void The_two_findings_of_the_walk_through_are_fixed()
    {
        // 产品质量法第四十九条 says 吊销营业执照, not 吊销许可证件; 反不正当竞争法第二十条's 一般 band stays below 一百万元.
        var cp49 = DefaultCatalogue.Violations.Single(x => x.Code == "CP49");
        Assert.Contains(PenaltyKind.RevokeBusinessLicence, cp49.Kinds);
        Assert.DoesNotContain(PenaltyKind.RevokeLicence, cp49.Kinds);
        var normal = DefaultCatalogue.Bands.Single(b => b.ViolationCode == "BZ20" && b.Level == DiscretionLevel.Normal);
        var heavier = DefaultCatalogue.Bands.Single(b => b.ViolationCode == "BZ20" && b.Level == DiscretionLevel.Heavier);
        Assert.Equal(1000000m, normal.FineMax);
        Assert.Equal((1000000m, 2000000m), (heavier.FineMin!.Value, heavier.FineMax!.Value));
    }

    /// <summary>The fine ranges a provision states: "A元以上B元以下", "A倍以上B倍以下", "等值以上B倍以下", and "B元以下的罚款" (from 0).</summary>
    private static List<(decimal Min, decimal Max, string Unit)> Tiers(string text)
    {
        var found = new List<(int At, decimal Min, decimal Max, string Unit)>();
        var rest = RangePattern().Replace(text, m =>
        {
            var unit = m.Groups["hu"].Value;
            found.Add((m.Index, Number(m.Groups["lo"].Value), Number(m.Groups["hi"].Value), unit));
            return new string('□', m.Length);
        });
        foreach (Match m in UpToPattern().Matches(rest))
            found.Add((m.Index, 0, Number(m.Groups["hi"].Value), m.Groups["hu"].Value));
        return [.. found.OrderBy(f => f.At).Select(f => (f.Min, f.Max, f.Unit))];
    }

    /// <summary>Chinese or Arabic numerals with 十/百/千/万 (二十万 = 200000, 3万 = 30000, 等值 = 1).</summary>
    private static decimal Number(string s)
    {
        if (s == "等值") return 1;
        decimal total = 0, section = 0, number = 0;
        foreach (var ch in s)
        {
            var digit = "零一二三四五六七八九".IndexOf(ch, StringComparison.Ordinal);
            if (ch == '两') digit = 2;
            if (char.IsAsciiDigit(ch)) number = (number * 10) + (ch - '0');
            else if (digit >= 0) number = digit;
            else if (ch is '十' or '百' or '千')
            {
                section += (number == 0 ? 1 : number) * (ch == '十' ? 10 : ch == '百' ? 100 : 1000);
                number = 0;
            }
            else if (ch == '万')
            {
                total += (section + number) * 10000;
                section = number = 0;
            }
        }

        return total + section + number;
    }

    [GeneratedRegex("(?<lo>[0-9零一二两三四五六七八九十百千万]+|等值)(?<lu>元|倍)?以上(?<hi>[0-9零一二两三四五六七八九十百千万]+)(?<hu>元|倍)以下")]
    private static partial Regex RangePattern();

    [GeneratedRegex("(?<hi>[0-9零一二两三四五六七八九十百千万]+)(?<hu>元|倍)以下的?罚款")]
    private static partial Regex UpToPattern();
}
