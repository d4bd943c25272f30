using System.Globalization;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.Tests.ProductQuality.SpotChecks;

/// <summary>六个月内不重复抽查 as a pure rule: month ends, exceptions, higher and lower levels, normalisation.</summary>
public sealed class NoRepeatRuleTests
{
    private const int Bureau = 7;
    private const int Other = 8;

    private static PriorCheck Prior(string on, int? org = Bureau, PlanLevel level = PlanLevel.County, string? from = null, string? to = null) =>
        new("CC-0001", DateOnly.Parse(on, CultureInfo.InvariantCulture), org, level, from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture));

    private static NewCheck Check(string on, PlanLevel level = PlanLevel.County, int? org = Bureau, bool emergency = false, bool followUp = false, bool open = false) =>
        new(DateOnly.Parse(on, CultureInfo.InvariantCulture), org, level, emergency, followUp, open);

    [Theory]
    // Same bureau: blocked while the new date is before the earlier date + 6 months (DateOnly.AddMonths clamps the month end).
    [InlineData("2026-03-15", "2026-09-14", false)]
    [InlineData("2026-03-15", "2026-09-15", true)]
    [InlineData("2026-08-31", "2027-02-27", false)]
    [InlineData("2026-08-31", "2027-02-28", true)]
    [InlineData("2026-08-31", "2027-03-01", true)]
    [InlineData("2027-08-31", "2028-02-28", false)] // 2028 is a leap year: allowed from 2028-02-29
    [InlineData("2027-08-31", "2028-02-29", true)]
    [InlineData("2026-12-31", "2027-06-29", false)]
    [InlineData("2026-12-31", "2027-06-30", true)]
    [InlineData("2026-01-10", "2026-01-10", false)] // the same day again
    public void Same_bureau_day_182_183_and_month_ends(string checkedOn, string newOn, bool allowed)
    {
        var v = NoRepeatRule.Decide(Check(newOn), [Prior(checkedOn)], 6);
        Assert.Equal(allowed, v.Allowed);
        if (!allowed) Assert.False(v.HigherLevel);
    }

    [Fact]
    public void Allowed_from_is_the_day_the_rule_lets_it_again()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), NoRepeatRule.AllowedFrom(new DateOnly(2026, 8, 31), 6));
        Assert.Equal(new DateOnly(2026, 9, 15), NoRepeatRule.AllowedFrom(new DateOnly(2026, 3, 15), 6));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Emergency_follow_up_and_a_failed_product_are_exempt(bool emergency, bool followUp, bool open)
    {
        var v = NoRepeatRule.Decide(Check("2026-05-01", emergency: emergency, followUp: followUp, open: open), [Prior("2026-04-01")], 6);
        Assert.True(v.Allowed);
        Assert.True(v.Exempt);
    }

    [Fact]
    public void Another_bureau_of_the_same_level_may_check_the_same_product()
    {
        Assert.True(NoRepeatRule.Decide(Check("2026-05-01", org: Other), [Prior("2026-04-01")], 6).Allowed);
    }

    [Theory]
    // A provincial plan 2026-03-01..2026-10-31 checked it on 2026-04-10: a county bureau may not within that period, may after.
    [InlineData(4, "2026-10-31", false)]
    [InlineData(4, "2026-11-01", true)]
    [InlineData(3, "2026-06-01", false)]
    [InlineData(2, "2026-06-01", true)] // same level, other bureau
    [InlineData(1, "2026-06-01", true)] // a higher level is not bound by a lower one
    public void A_lower_level_does_not_recheck_in_the_higher_plans_period(int level, string newOn, bool allowed)
    {
        var v = NoRepeatRule.Decide(Check(newOn, (PlanLevel)level, Other), [Prior("2026-04-10", 99, PlanLevel.Provincial, "2026-03-01", "2026-10-31")], 6);
        Assert.Equal(allowed, v.Allowed);
        if (!allowed) Assert.True(v.HigherLevel);
    }

    [Theory]
    // The higher plan's period unknown: the same six months.
    [InlineData("2026-10-09", false)]
    [InlineData("2026-10-10", true)]
    public void A_higher_check_without_a_known_period_blocks_six_months(string newOn, bool allowed)
    {
        var prior = new PriorCheck("SJ-1", new DateOnly(2026, 4, 10), 99, PlanLevel.National, null, null);
        Assert.Equal(allowed, NoRepeatRule.Decide(Check(newOn, PlanLevel.County, Other), [prior], 6).Allowed);
    }

    [Fact]
    public void A_later_check_does_not_block_an_earlier_date()
    {
        Assert.True(NoRepeatRule.Decide(Check("2026-03-01"), [Prior("2026-04-01")], 6).Allowed);
    }

    [Theory]
    [InlineData("ＡＢＣ－０１", "abc-01")]
    [InlineData("  Abc-01 ", "ABC-01")]
    [InlineData("ABC 01", "abc01")]
    [InlineData("乐乐\u3000牌", "乐乐牌")]
    public void Normalisation_folds_width_case_and_spaces(string a, string b)
    {
        Assert.Equal(ProductKey.Normalise(b), ProductKey.Normalise(a));
        Assert.Equal(ProductKey.Of("91370102MA0000000X", "GB 6675.2-2014", a, "x"), ProductKey.Of("91370102MA0000000X", "GB6675.2-2014", b, "X"));
    }

    [Fact]
    public void A_different_model_is_a_different_product()
    {
        Assert.NotEqual(ProductKey.Of("P", "GB 1", "乐乐", "A-1"), ProductKey.Of("P", "GB 1", "乐乐", "A-2"));
    }
}
