using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Tests.FoodSafety.Supervision;

/// <summary>The pure rules of 监督检查 and the sampling plan: result derivation, deadlines on the real calendar, plan sizing.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class SupervisionRulesTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());

    private static Period Rule(string key) => Period.Parse(RuleCatalog.Find(key)!.Defaults[0].Value);

    [Theory]
    [InlineData("", "符合")]                       // every point 是 (or 合理缺项)
    [InlineData("g", "基本符合")]             // a general point 否
    [InlineData("gg", "基本符合")]            // several general points 否
    [InlineData("k", "不符合")]                   // a key point 否
    [InlineData("gk", "不符合")]                  // key and general 否: the key one decides
    [InlineData("n", "符合")]                      // 合理缺项 of a key point is no failure
    public void The_result_follows_from_the_checklist_answers(string failures, string expected)
    {
        var answers = new List<(bool, ChecklistAnswer)> { (true, ChecklistAnswer.Yes), (false, ChecklistAnswer.Yes) };
        foreach (var f in failures)
            answers.Add(f switch { 'k' => (true, ChecklistAnswer.No), 'g' => (false, ChecklistAnswer.No), _ => (true, ChecklistAnswer.NotApplicable) });
        Assert.Equal(expected, InspectionRules.Name(InspectionRules.Derive(answers)));
    }

    [Theory]
    // Inspected Monday 28 Sep 2026: 29, 30 Sep (2); 1–7 Oct 国庆 off; 8, 9 Oct (4); Sat 10 Oct 调休 (5); 12–16 (10); 19–23 (15); 26–30 Oct (20).
    [InlineData("2026-09-28", "2026-10-30")]
    // Inspected Friday 18 Sep 2026: Sun 20 Sep 调休 (1); 21–24 (5); 25–27 中秋 off; 28–30 (8); 8–10 Oct (11); 12–16 (16); 19–22 Oct (20).
    [InlineData("2026-09-18", "2026-10-22")]
    public void Results_are_published_within_20_working_days_across_national_day_2026(string inspected, string publishBy) =>
        Assert.Equal(DateOnly.Parse(publishBy, System.Globalization.CultureInfo.InvariantCulture), Calendar.Deadline(DateOnly.Parse(inspected, System.Globalization.CultureInfo.InvariantCulture), Rule("food.inspection-publish")));

    [Fact]
    public void The_rectification_deadline_counts_working_days_across_national_day_2026() =>
        // 29, 30 Sep (2); 8, 9, 10 (调休) Oct (5); 12–16 Oct (10).
        Assert.Equal(new DateOnly(2026, 10, 16), Calendar.Deadline(new DateOnly(2026, 9, 28), Rule("food.inspection-rectify")));

    [Theory]
    [InlineData(1, new[] { 1, 0, 0, 0 })]
    [InlineData(2, new[] { 1, 0, 1, 0 })]
    [InlineData(3, new[] { 1, 1, 1, 0 })]
    [InlineData(4, new[] { 1, 1, 1, 1 })]
    public void Planned_inspections_are_spread_over_the_quarters(int count, int[] quarters)
    {
        Assert.Equal(quarters, PlanRules.Spread(count, 0));
        Assert.Equal(count, PlanRules.Spread(count, 3).Sum());
        Assert.Equal("B", PlanRules.PlanGrade(null)); // 未分级按 B 级计划
    }

    [Fact]
    public void A_sampling_plan_is_sized_from_the_population_and_split_by_category_and_quarter()
    {
        // 济南: 9,410,000 residents × 5 batches per 1,000 = 47,050; 历下区 800,000 × 4 = 3,200; 800,001 rounds up.
        Assert.Equal(47_050, SamplingPlanRules.Size(9_410_000, 5m));
        Assert.Equal(3_200, SamplingPlanRules.Size(800_000, 4m));
        Assert.Equal(3_201, SamplingPlanRules.Size(800_001, 4m));

        var split = SamplingPlanRules.Split(3_200, SamplingPlanRules.DefaultShares);
        Assert.Equal(3_200, split.Values.Sum());
        Assert.Equal(960, split["33"]); // 食用农产品 300 ‰
        Assert.Equal(384, split["31"]); // 餐饮食品 120 ‰
        Assert.Equal([3, 2, 2, 2], SamplingPlanRules.Quarters(9));

        var odd = SamplingPlanRules.Split(10, new Dictionary<string, int> { ["01"] = 1, ["02"] = 1, ["03"] = 1 });
        Assert.Equal(10, odd.Values.Sum());
        Assert.Equal(4, odd["01"]); // the remainder goes to the first of equal remainders
    }
}
