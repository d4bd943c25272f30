using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Tests.FoodSafety.Sampling;

/// <summary>
/// The deadlines of Order 15 counted by hand on the State Council's 2026 arrangement (国办发明电〔2025〕7号, embedded):
/// 春节 2-15…2-23 off with 2-14 (Sat) and 2-28 (Sat) worked; 中秋 9-25…9-27 off; 国庆 10-1…10-7 off with 9-20 (Sun) and
/// 10-10 (Sat) worked. 2027's arrangement is not embedded yet: a 2027 date is counted 暂定 (Monday–Friday except 1 January).
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class SamplingDeadlineTests
{
    private static readonly IWorkingCalendar Calendar = new ProvisionalCalendar(new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));

    private static readonly SamplingDeadlines Deadlines = new(Calendar, new DefaultRules());

    [Theory]
    // 国庆 2026
    [InlineData("food.sample-to-lab", "2026-09-29", "2026-10-12")] // 9-30 | 10-8, 10-9, 10-10 (调休上班), 10-12
    [InlineData("food.fail-report", "2026-09-24", "2026-09-29")] // 9-25 中秋 off, 9-28, 9-29
    [InlineData("food.retest-apply", "2026-09-30", "2026-10-15")] // 10-8, 9, 10 (调休), 12, 13, 14, 15
    [InlineData("food.objection-apply", "2026-09-30", "2026-10-15")]
    [InlineData("food.lab-report", "2026-09-18", "2026-10-22")] // 9-20 (Sun, 调休) is the 1st; 国庆 skipped; 10-10 counted
    [InlineData("food.disposal-deadline", "2026-07-05", "2026-10-08")] // 90 日 → 10-03 (国庆) → next working day
    // 春节 2026
    [InlineData("food.sample-to-lab", "2026-02-12", "2026-02-26")] // 2-13, 2-14 (Sat, 调休), 2-24, 25, 26
    [InlineData("food.result-notice", "2026-02-13", "2026-02-27")] // 2-14, 24, 25, 26, 27
    [InlineData("food.retest-report", "2026-02-11", "2026-03-03")] // 2-12, 13, 14, 24, 25, 26, 27, 28 (Sat, 调休), 3-2, 3-3
    [InlineData("food.retest-accept", "2026-02-13", "2026-02-27")]
    [InlineData("food.retest-lab", "2026-02-13", "2026-02-27")]
    public void Deadline_is_counted_on_the_statutory_calendar(string rule, string trigger, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Deadlines.Due(rule, DateOnly.Parse(trigger, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Pass_report_10_working_days_hand_count()
    {
        // 2026-09-30 (Wed) + 10 WD: 10-8 (1), 10-9 (2), 10-10 调休 (3), 10-12 (4), 13 (5), 14 (6), 15 (7), 16 (8), 19 (9), 20 (10).
        Assert.Equal(new DateOnly(2026, 10, 20), Deadlines.Due("food.pass-report", new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void A_2027_deadline_is_provisional_until_the_2027_arrangement_is_loaded()
    {
        Assert.True(Calendar.LastYear < 2027, "2027 的放假安排已载入：请按其春节调休重新手算本用例");
        Assert.True(Calendar.IsProvisional(new DateOnly(2027, 2, 12)));
        Assert.Equal(new DateOnly(2027, 2, 12), Deadlines.RetestApplyBy(new DateOnly(2027, 2, 3))); // Monday–Friday, 暂定
    }

    [Theory]
    [InlineData("≤0.5mg/kg", "mg/kg", true)]
    [InlineData("≤0.5mg/kg", "g/kg", false)]
    [InlineData("≥0.40 g/100mL", "g/100mL", true)]
    [InlineData("≤50000CFU/g", "cfu/g", true)]
    public void Units_must_match_the_standard_value(string standard, string unit, bool same) =>
        Assert.Equal(same, ResultCheck.SameUnit(ResultCheck.ParseLimit(standard)!.Unit, unit));

    [Theory]
    [InlineData("≤0.5mg/kg", "0.5", true)]
    [InlineData("≤0.5mg/kg", "0.51", false)]
    [InlineData("<100CFU/g", "100", false)]
    [InlineData("≥0.40g/100mL", "0.31", false)]
    public void Verdict_follows_from_the_numbers(string standard, string measured, bool meets) =>
        Assert.Equal(meets, ResultCheck.Meets(ResultCheck.ParseLimit(standard)!, ResultCheck.ParseMeasured(measured)!.Value));

    /// <summary>The shipped defaults of <see cref="RuleCatalog"/>.</summary>
    private sealed class DefaultRules : IRuleBook
    {
        public string Get(string key, DateOnly onDate) => RuleCatalog.Find(key)!.Defaults[0].Value;

        public IReadOnlyList<RuleSetting> History(string key) => [];

        public void Invalidate()
        {
        }
    }
}
