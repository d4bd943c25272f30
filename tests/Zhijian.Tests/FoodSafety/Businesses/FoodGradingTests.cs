using CsCheck;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Grading;

namespace Zhijian.Tests.FoodSafety.Businesses;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class FoodGradingTests
{
    private static readonly string[] Codes =
    [
        FoodRiskModel.Codes.InspectionNoncompliant, FoodRiskModel.Codes.InspectionBasic, FoodRiskModel.Codes.SamplingFailure,
        FoodRiskModel.Codes.Complaint, FoodRiskModel.Codes.Penalty,
    ];

    [Fact]
    public void A_school_canteen_with_cold_food_and_a_failed_sample_is_explained_line_by_line()
    {
        var facts = new FoodRiskFacts(FoodBusinessType.Canteen, CanteenKind.School, FoodBusinessScale.Medium, ["热食类食品制售", "冷食类食品制售"],
            new Dictionary<string, int> { [FoodRiskModel.Codes.SamplingFailure] = 1, [FoodRiskModel.Codes.Complaint] = 7 });
        var r = FoodRiskScorer.Evaluate(facts, FoodRiskModel.Default);

        // static: canteen 16 + school 10 + medium 3 + 冷食类 4 = 33; dynamic: sampling 12 + complaints 5 (of 7) × 2 = 22 → 55, grade C (45–60]
        Assert.Equal(55m, r.Score);
        Assert.Equal("C", r.Grade);
        Assert.Equal("v1", r.ModelVersion);
        Assert.Equal(r.Score, r.Lines.Sum(l => l.Points));
        Assert.Contains(r.Lines, l => l is { Part: "静态", Factor: "集中用餐单位", Detail: "学校食堂", Points: 10 });
        Assert.Contains(r.Lines, l => l.Factor == "高风险经营项目" && l.Detail == "冷食类" && l.Points == 4);
        Assert.Contains(r.Lines, l => l.Factor == "食品投诉举报" && l.Detail.Contains("7 次（计 5 次）", StringComparison.Ordinal) && l.Points == 10);
    }

    [Theory]
    [InlineData(30, "A")]
    [InlineData(30.5, "B")]
    [InlineData(45, "B")]
    [InlineData(60, "C")]
    [InlineData(60.5, "D")]
    public void Bands_come_from_the_model(double score, string grade) => Assert.Equal(grade, FoodRiskModel.Default.GradeOf((decimal)score));

    [Fact]
    public void The_model_round_trips_as_json_and_rejects_negative_dynamic_points()
    {
        var json = FoodRiskModel.Default.ToJson();
        var back = FoodRiskModel.FromJson(json);
        Assert.Equal(FoodRiskModel.Default.Bands, back.Bands);
        Assert.Equal(FoodRiskModel.Default.Dynamic[FoodRiskModel.Codes.Penalty], back.Dynamic[FoodRiskModel.Codes.Penalty]);

        var bad = back with
        {
            Version = "v2",
            EffectiveFrom = new DateOnly(2027, 1, 1),
            Dynamic = new Dictionary<string, DynamicFactor> { [FoodRiskModel.Codes.Complaint] = new("投诉", -1, 3) },
        };
        var errors = FoodRiskModelRules.Validate(bad, new DateOnly(2026, 11, 23));
        Assert.Contains("不能为负数", errors[$"dynamic.{FoodRiskModel.Codes.Complaint}"][0], StringComparison.Ordinal);
    }

    private static readonly string[] Items = ["冷食类食品制售", "婴幼儿配方乳粉销售", "预包装食品销售", "中央厨房", "裱花蛋糕"];

    private static readonly Gen<FoodRiskFacts> GenFacts =
        Gen.Select(Gen.Enum<FoodBusinessType>(), Gen.Enum<CanteenKind>(), Gen.Enum<FoodBusinessScale>(), Gen.Int[0, 3].Array[Codes.Length],
                Gen.Int[0, Items.Length - 1].Select(i => Items[i]).List[0, 4])
            .Select(t => new FoodRiskFacts(t.Item1, t.Item2, t.Item3, t.Item5,
                Enumerable.Range(0, Codes.Length).Where(i => t.Item4[i] > 0).ToDictionary(i => Codes[i], i => t.Item4[i])));

    private static readonly Gen<FoodRiskModel> GenModel =
        Gen.Select(Gen.Int[5, 30], Gen.Int[1, 20], Gen.Int[1, 20], Gen.Select(Gen.Int[0, 20], Gen.Int[1, 5]).Array[Codes.Length])
            .Select(t => FoodRiskModel.Default with
            {
                Version = "gen",
                Bands = new GradeBands(t.Item1, t.Item1 + t.Item2, Math.Min(99, t.Item1 + t.Item2 + t.Item3)),
                Dynamic = Enumerable.Range(0, Codes.Length).ToDictionary(i => Codes[i], i => new DynamicFactor(Codes[i], t.Item4[i].Item1, t.Item4[i].Item2)),
            });

    [Fact]
    public void One_more_event_of_any_kind_never_lowers_the_score_nor_improves_the_grade()
    {
        Gen.Select(Gen.OneOf(Gen.Const(FoodRiskModel.Default), GenModel), GenFacts, Gen.Int[0, Codes.Length - 1]).Sample((model, facts, k) =>
        {
            var counts = new Dictionary<string, int>(facts.Counts) { [Codes[k]] = facts.Counts.GetValueOrDefault(Codes[k]) + 1 };
            var before = FoodRiskScorer.Evaluate(facts, model);
            var after = FoodRiskScorer.Evaluate(facts with { Counts = counts }, model);
            return after.Score >= before.Score && string.CompareOrdinal(after.Grade, before.Grade) >= 0
                && after.Score == after.Lines.Sum(l => l.Points) && after.Score is >= 0 and <= 100;
        }, iter: 5000, seed: null);
    }
}
