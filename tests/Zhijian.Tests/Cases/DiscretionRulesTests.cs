using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;

namespace Zhijian.Tests.Cases;

/// <summary>裁量基准 without I/O: statutory ranges (yuan, multiples with the legal floor), bands per level, the check — hand-computed.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class DiscretionRulesTests
{
    private static Violation V(string code) => DefaultCatalogue.Violations.Single(v => v.Code == code);

    private static DiscretionBand B(string code, DiscretionLevel level) => DefaultCatalogue.Bands.Single(b => b.ViolationCode == code && b.Level == level);

    [Theory]
    // 食品安全法 125: 货值 < 1 万 → 5,000–50,000 元; ≥ 1 万 → 5–10 倍.
    [InlineData("SP125", "8000", "5000", "50000")]
    [InlineData("SP125", "20000", "100000", "200000")]
    // 食品安全法 124: < 1 万 → 50,000–100,000 元; 1.5 万 → 10–20 倍 = 150,000–300,000 元.
    [InlineData("SP124", "9999.99", "50000", "100000")]
    [InlineData("SP124", "15000", "150000", "300000")]
    // 产品质量法 49: 货值 1–3 倍, no floor.
    [InlineData("CP49", "4000", "4000", "12000")]
    // 广告法 55: 广告费用 3–5 倍; 无法计算（0）→ 20–100 万元.
    [InlineData("GG55", "0", "200000", "1000000")]
    [InlineData("GG55", "50000", "150000", "250000")]
    // 特种设备安全法 84: 3–30 万元.
    [InlineData("TZ84", null, "30000", "300000")]
    public void Legal_range(string code, string? baseAmount, string min, string max)
    {
        var r = DiscretionRules.LegalRange(V(code), baseAmount is null ? null : decimal.Parse(baseAmount, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture), r.Min);
        Assert.Equal(decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), r.Max);
    }

    [Fact]
    public void Bands_split_the_statutory_range_30_70_and_map_onto_the_case()
    {
        // TZ84 30,000–300,000: 从轻 30,000–111,000, 一般 111,000–219,000, 从重 219,000–300,000.
        Assert.Equal((30000m, 111000m), Range(DiscretionRules.BandRange(V("TZ84"), B("TZ84", DiscretionLevel.Lighter), null)!));
        Assert.Equal((111000m, 219000m), Range(DiscretionRules.BandRange(V("TZ84"), B("TZ84", DiscretionLevel.Normal), null)!));
        Assert.Equal((219000m, 300000m), Range(DiscretionRules.BandRange(V("TZ84"), B("TZ84", DiscretionLevel.Heavier), null)!));
        Assert.Equal((0m, 30000m), Range(DiscretionRules.BandRange(V("TZ84"), B("TZ84", DiscretionLevel.Mitigated), null)!));
        // SP125 with 货值 8,000 (floor 5,000–50,000): 一般 = 5,000 + 45,000 × 30 % … 70 % = 18,500–36,500.
        Assert.Equal((18500m, 36500m), Range(DiscretionRules.BandRange(V("SP125"), B("SP125", DiscretionLevel.Normal), 8000)!));
        // SP125 with 货值 20,000 (100,000–200,000): 一般 = 130,000–170,000.
        Assert.Equal((130000m, 170000m), Range(DiscretionRules.BandRange(V("SP125"), B("SP125", DiscretionLevel.Normal), 20000)!));
    }

    [Fact]
    public void The_check_refuses_outside_the_law_and_flags_outside_the_band()
    {
        var v = V("SP125");
        PenaltyItem[] Fine(decimal a) => [new(PenaltyKind.Fine, a)];
        Assert.Contains("超过法定上限", DiscretionRules.Check(v, B("SP125", DiscretionLevel.Heavier), DiscretionLevel.Heavier, Fine(50001), 8000).Error);
        Assert.Contains("低于法定最低限", DiscretionRules.Check(v, B("SP125", DiscretionLevel.Lighter), DiscretionLevel.Lighter, Fine(4999), 8000).Error);
        Assert.Null(DiscretionRules.Check(v, B("SP125", DiscretionLevel.Mitigated), DiscretionLevel.Mitigated, Fine(4999), 8000).Error);
        Assert.Contains("减轻处罚应当低于", DiscretionRules.Check(v, B("SP125", DiscretionLevel.Mitigated), DiscretionLevel.Mitigated, Fine(5000), 8000).Error);
        Assert.Contains("货值金额", DiscretionRules.Check(v, B("SP125", DiscretionLevel.Normal), DiscretionLevel.Normal, Fine(20000), null).Error);
        var inBand = DiscretionRules.Check(v, B("SP125", DiscretionLevel.Normal), DiscretionLevel.Normal, Fine(36500), 8000);
        Assert.Null(inBand.Error);
        Assert.False(inBand.OutsideBand);
        var outside = DiscretionRules.Check(v, B("SP125", DiscretionLevel.Normal), DiscretionLevel.Normal, Fine(36501), 8000);
        Assert.Null(outside.Error);
        Assert.True(outside.OutsideBand);
        Assert.Contains("应当并处罚款", DiscretionRules.Check(V("SP124"), B("SP124", DiscretionLevel.Normal), DiscretionLevel.Normal, [new(PenaltyKind.ConfiscateProperty)], 8000).Error);
        Assert.Contains("不能填写处罚内容", DiscretionRules.Check(v, null, DiscretionLevel.None, Fine(100), 8000).Error);
    }

    private static (decimal, decimal) Range(FineRange r) => (r.Min, r.Max);
}
