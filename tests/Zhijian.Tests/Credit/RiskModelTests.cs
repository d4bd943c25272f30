using CsCheck;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Domain.Risk;
using Zhijian.Entities.Contracts;

namespace Zhijian.Tests.Credit;

/// <summary>The pure risk model: real cases under the default model, validation of saved models, and monotonicity.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RiskModelTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RiskFacts Facts(string established = "2015-04-01", string industry = "7291", EntityType type = EntityType.LimitedCompany,
        EntityStatus status = EntityStatus.Active, bool abnormal = false, bool serious = false, params RiskRecord[] records) =>
        new(type, status, industry, DateOnly.Parse(established, System.Globalization.CultureInfo.InvariantCulture), 100m, records, abnormal, serious, Today);

    private static RiskRecord Rec(CreditRecordKind kind, string on, CreditField field = CreditField.General, decimal? amount = null, bool severe = false) =>
        new(kind, field, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), amount, severe, true);

    private static readonly Dictionary<string, (RiskFacts Facts, RiskClass Class, decimal Score, string[] Factors)> Table = new()
    {
        ["多年经营、无任何记录的商务服务企业"] = (Facts(), RiskClass.A, 0, []),
        ["新设食品零售企业"] = (Facts(established: "2026-06-01", industry: "5221"), RiskClass.A, 11,
            ["成立不满1年 +6分", "属于食品、药品、特种设备等重点监管行业 +5分"]),
        ["近三年两次一般行政处罚"] = (Facts(records: [Rec(CreditRecordKind.Penalty, "2026-03-10"), Rec(CreditRecordKind.Penalty, "2024-12-01")]),
            RiskClass.B, 18, ["近三年行政处罚2次 +18分"]),
        ["四年前的处罚不再计入"] = (Facts(records: [Rec(CreditRecordKind.Penalty, "2022-10-01")]), RiskClass.A, 0, []),
        ["五次处罚按四次封顶"] = (Facts(records: [.. Enumerable.Range(1, 5).Select(i => Rec(CreditRecordKind.Penalty, $"2026-0{i}-15"))]),
            RiskClass.C, 36, ["近三年行政处罚5次（按4次计） +36分"]),
        ["列入经营异常名录：至少 C 类"] = (Facts(abnormal: true), RiskClass.C, 25, ["列入经营异常名录（经营异常状态） +25分"]),
        ["列入严重违法失信名单：D 类"] = (Facts(serious: true), RiskClass.D, 60, ["列入严重违法失信名单 +60分"]),
        ["食品领域吊销许可并处大额罚款"] = (Facts(industry: "1491", records: [Rec(CreditRecordKind.Penalty, "2026-09-01", CreditField.Food, 200_000m, severe: true)]),
            RiskClass.C, 38, ["近三年受到责令停产停业、吊销许可证等严重处罚1次 +15分", "近三年行政处罚1次 +9分", "属于食品、药品、特种设备等重点监管行业 +5分",
                "近三年大额罚没款1次 +5分", "近三年食品、药品、特种设备领域违法或不合格1次 +4分"]),
        ["获得表彰不低于 0 分"] = (Facts(records: [Rec(CreditRecordKind.Commendation, "2026-01-05")]), RiskClass.A, 0, ["近三年获得表彰1次 −3分"]),
        ["投诉只看近一年"] = (Facts(records: [Rec(CreditRecordKind.Complaint, "2026-10-01"), Rec(CreditRecordKind.Complaint, "2025-06-01")]),
            RiskClass.A, 3, ["近一年投诉举报查实1次 +3分"]),
        ["分支机构、抽检不合格两次"] = (Facts(type: EntityType.Branch, records: [Rec(CreditRecordKind.SamplingFailure, "2026-05-01", CreditField.ProductQuality),
            Rec(CreditRecordKind.SamplingFailure, "2025-05-01", CreditField.ProductQuality)]), RiskClass.B, 18,
            ["近三年抽检不合格2次 +16分", "分支机构（隶属企业信用未归集） +2分"]),
        ["吊销营业执照且失信、处罚累计超过 100 分"] = (Facts(status: EntityStatus.Revoked, serious: true, abnormal: true,
            records: [.. Enumerable.Range(1, 4).Select(i => Rec(CreditRecordKind.Penalty, $"2026-0{i}-15", severe: true))]), RiskClass.D, 100, []),
    };

    public static TheoryData<string> Cases => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_default_model_classifies_real_cases(string caseName)
    {
        var (facts, expected, score, factors) = Table[caseName];
        var result = RiskScorer.Evaluate(facts, RiskModel.Default);

        Assert.True(expected == result.Class, $"{caseName}: {result.Class}");
        Assert.Equal(score, result.Score);
        if (factors.Length > 0) Assert.Equal(factors, result.Factors.Select(f => f.Display));
        Assert.Equal("v1", result.ModelVersion);
        Assert.Equal(result.Score, Math.Clamp(result.Factors.Sum(f => f.Points), 0, 100));
    }

    [Fact]
    public void The_default_model_is_valid_and_survives_its_json()
    {
        Assert.Empty(RiskModelRules.Validate(RiskModel.Default));
        var back = RiskModel.FromJson(RiskModel.Default.ToJson());
        Assert.Equal(RiskModel.Default.ToJson(), back.ToJson());
        Assert.Contains("\"B\":15", RiskModel.Default.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"seriousListed\":\"D\"", RiskModel.Default.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_thresholds_and_signs_that_break_monotonicity_are_refused_naming_the_field()
    {
        var indicators = new Dictionary<string, IndicatorSettings>(RiskModel.Default.Indicators)
        {
            ["penalty"] = new(-5),
            ["commendation"] = new(2),
            ["shareholders"] = new(3),
            ["complaint"] = new(3, MaxCount: 0, Years: 20),
            ["branch"] = new(2, Years: 3),
        };
        var bad = RiskModel.Default with { Thresholds = new RiskThresholds(45, 40, 40), Indicators = indicators, Version = "v 2" };

        var errors = RiskModelRules.Validate(bad);

        Assert.Equal(["C 类下限（40）必须高于 B 类下限（45）。"], errors["thresholds.C"]);
        Assert.Equal(["D 类下限（40）必须高于 C 类下限（40）。"], errors["thresholds.D"]);
        Assert.Contains("不能为负数", errors["indicators.penalty.points"][0], StringComparison.Ordinal);
        Assert.Contains("不能为正数", errors["indicators.commendation.points"][0], StringComparison.Ordinal);
        Assert.Contains("未知指标“shareholders”", errors["indicators.shareholders"][0], StringComparison.Ordinal);
        Assert.Contains("计数上限", errors["indicators.complaint.maxCount"][0], StringComparison.Ordinal);
        Assert.Contains("统计年限（20）", errors["indicators.complaint.years"][0], StringComparison.Ordinal);
        Assert.Contains("不按年限统计", errors["indicators.branch.years"][0], StringComparison.Ordinal);
        Assert.Contains("版本号", errors["version"][0], StringComparison.Ordinal);
    }

    // ---- property: adding a violation never lowers the score nor improves the class, under any valid model ----

    private static readonly string[] Industries = ["7291", "5221", "1491", "2720", "3581", "6210", "5122"];

    private static readonly CreditRecordKind[] Kinds = Enum.GetValues<CreditRecordKind>();

    private static readonly Gen<RiskRecord> GenRecord =
        Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Enum<CreditField>(), Gen.Int[0, 2000], Gen.Int[-100_000, 400_000], Gen.Bool)
            .Select(t => new RiskRecord(Kinds[t.Item1], t.Item2, Today.AddDays(-t.Item3), t.Item4 < 0 ? null : t.Item4, t.Item5, true));

    private static readonly Gen<RiskFacts> GenFacts =
        Gen.Select(Gen.Enum<EntityType>(), Gen.Enum<EntityStatus>(), Gen.Int[0, Industries.Length - 1], Gen.Int[0, 6000], GenRecord.List[0, 12],
                Gen.Bool, Gen.Bool)
            .Select(t => new RiskFacts(t.Item1, t.Item2, Industries[t.Item3], Today.AddDays(-t.Item4), 50m, t.Item5, t.Item6, t.Item7, Today));

    /// <summary>One more violation: a penalty, sampling failure, complaint, judicial measure, pledge, another department's listing, or a listing here.</summary>
    private static readonly Gen<Func<RiskFacts, RiskFacts>> GenViolation =
        Gen.Select(Gen.Int[0, 7], GenRecord).Select<(int, RiskRecord), Func<RiskFacts, RiskFacts>>(t => t.Item1 switch
        {
            0 => f => f with { Abnormal = true },
            1 => f => f with { Serious = true },
            _ => f => f with
            {
                Records = [.. f.Records, t.Item2 with
                {
                    Kind = new[] { CreditRecordKind.Penalty, CreditRecordKind.SamplingFailure, CreditRecordKind.Complaint, CreditRecordKind.JudicialAssistance,
                        CreditRecordKind.EquityPledge, CreditRecordKind.SeriousListing }[t.Item1 - 2],
                }],
            },
        });

    private static readonly Gen<RiskModel> GenModel =
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 30], Gen.Int[1, 30],
                Gen.Select(Gen.Int[0, 30], Gen.Int[0, 5], Gen.Int[0, 5]).Array[RiskIndicators.All.Count], Gen.Bool)
            .Select(t =>
            {
                var b = t.Item1;
                var c = b + t.Item2;
                var d = Math.Min(100, c + t.Item3);
                var indicators = new Dictionary<string, IndicatorSettings>(StringComparer.Ordinal);
                for (var i = 0; i < RiskIndicators.All.Count; i++)
                {
                    var ind = RiskIndicators.All[i];
                    var (points, max, years) = t.Item4[i];
                    indicators[ind.Id] = new IndicatorSettings(ind.Favourable ? -points / 3 : points, max == 0 ? null : max,
                        ind.UsesRecords && years > 0 ? years : null);
                }

                return RiskModel.Default with
                {
                    Version = "gen",
                    Thresholds = new RiskThresholds(b, c, d == c ? c + 1 : d),
                    Indicators = indicators,
                    Floors = t.Item5 ? RiskModel.Default.Floors : null,
                };
            })
            .Where(m => RiskModelRules.Validate(m).Count == 0);

    [Fact]
    public void Adding_a_violation_never_lowers_the_score_nor_improves_the_class()
    {
        Gen.Select(Gen.OneOf(Gen.Const(RiskModel.Default), GenModel), GenFacts, GenViolation).Sample((model, facts, violate) =>
        {
            var before = RiskScorer.Evaluate(facts, model);
            var after = RiskScorer.Evaluate(violate(facts), model);
            return after.Score >= before.Score && after.Class >= before.Class
                && after.Score == Math.Clamp(after.Factors.Sum(f => f.Points), 0, 100);
        }, iter: 5000, seed: null);
    }
}
