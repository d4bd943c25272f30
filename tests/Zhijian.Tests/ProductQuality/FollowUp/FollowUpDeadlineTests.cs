using System.Globalization;
using Zhijian.Platform.Calendar;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Features.FollowUp;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.ProductQuality.FollowUp;

/// <summary>
/// 后处理 deadlines (Order 18 第46–48条: 整改 60 日, 复查 75 日 from the order; 再次复查 60–90 日 from the announcement), calendar
/// days from the day after the trigger, an end on a day off moving to the next working day, on the State Council's real 2026
/// arrangement (元旦 1-1…1-3; 春节 2-15…2-23; 劳动节 5-1…5-5; 国庆 10-1…10-7 off).
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class FollowUpDeadlineTests
{
    private static readonly IWorkingCalendar Calendar = new ProvisionalCalendar(new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));

    private static readonly CatalogRules Rules = new();

    [Theory]
    [InlineData("2026-01-31", "2026-04-01", "2026-04-16")] // month end: 60 → Wed 4-1, 75 → Thu 4-16
    [InlineData("2026-08-31", "2026-10-30", "2026-11-16")] // 75 → Sat 11-14, moved to Mon 11-16
    [InlineData("2026-12-31", "2027-03-01", "2027-03-16")] // year end into 2027
    [InlineData("2026-08-02", "2026-10-08", "2026-10-16")] // 60 → 10-1 国庆, moved to Thu 10-8
    [InlineData("2026-07-24", "2026-09-22", "2026-10-08")] // 75 → 10-7 国庆, moved to 10-8
    [InlineData("2025-12-03", "2026-02-02", "2026-02-24")] // 60 → Sun 2-1 → Mon 2-2; 75 → 2-16 春节, moved to Tue 2-24
    [InlineData("2026-03-02", "2026-05-06", "2026-05-18")] // 60 → 5-1 劳动节 → 5-6; 75 → Sat 5-16 → Mon 5-18
    public void Correction_in_60_and_recheck_in_75_days_of_the_order(string ordered, string correction, string recheck)
    {
        var (c, r) = FollowUpRules.OrderDeadlines(DateOnly.Parse(ordered, CultureInfo.InvariantCulture), Rules, Calendar);
        Assert.Equal(DateOnly.Parse(correction, CultureInfo.InvariantCulture), c);
        Assert.Equal(DateOnly.Parse(recheck, CultureInfo.InvariantCulture), r);
    }

    [Theory]
    [InlineData("2026-01-31", "2026-04-01", "2026-05-06")] // 90 → 5-1 劳动节, moved to 5-6
    [InlineData("2026-08-31", "2026-10-30", "2026-11-30")] // 90 → Sun 11-29 → Mon 11-30
    [InlineData("2026-12-31", "2027-03-01", "2027-03-31")]
    [InlineData("2026-07-03", "2026-09-01", "2026-10-08")] // 90 → 10-1 国庆 → 10-8
    public void Second_recheck_window_runs_from_day_60_to_day_90_after_the_announcement(string announced, string from, string to)
    {
        var (f, t) = FollowUpRules.SecondWindow(DateOnly.Parse(announced, CultureInfo.InvariantCulture), Rules, Calendar);
        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), f);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("2026-12-08", "剩 15 天", false)]
    [InlineData("2026-11-23", "今日到期", false)]
    [InlineData("2026-11-20", "逾期 3 天", true)]
    public void Deadline_column_says_days_left_or_overdue(string due, string text, bool overdue)
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal(text, FollowUpRules.Remaining(DateOnly.Parse(due, CultureInfo.InvariantCulture), FollowUpStage.Correcting, today));
        Assert.Equal(overdue, FollowUpRules.IsOverdue(DateOnly.Parse(due, CultureInfo.InvariantCulture), FollowUpStage.Correcting, today));
        Assert.Equal("", FollowUpRules.Remaining(DateOnly.Parse(due, CultureInfo.InvariantCulture), FollowUpStage.Closed, today));
        Assert.False(FollowUpRules.IsOverdue(DateOnly.Parse(due, CultureInfo.InvariantCulture), FollowUpStage.Withdrawn, today));
    }

    [Fact]
    public void On_time_rate_counts_steps_due_in_the_period_and_those_done_by_their_deadline()
    {
        DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
        FollowUpMeasures.StepDates Row(FollowUpStage stage, string? closed, string? cDue, string? cDone, string? rDue, string? rDone) =>
            new("370102", stage, closed is null ? null : D(closed), cDue is null ? null : D(cDue), cDone is null ? null : D(cDone),
                rDue is null ? null : D(rDue), rDone is null ? null : D(rDone), null, null);
        var rows = new[]
        {
            Row(FollowUpStage.Closed, "2026-11-10", "2026-11-02", "2026-10-30", "2026-11-17", "2026-11-10"), // both due in Nov, both on time
            Row(FollowUpStage.Corrected, null, "2026-11-05", "2026-11-06", "2026-12-21", null),                 // correction late; recheck due in Dec
            Row(FollowUpStage.Correcting, null, "2026-11-20", null, "2026-12-07", null),                         // correction overdue
            Row(FollowUpStage.Withdrawn, "2026-11-01", "2026-11-25", null, "2026-12-10", null),                  // withdrawn before: not counted
            Row(FollowUpStage.Closed, "2026-10-20", "2026-11-28", null, "2026-12-14", "2026-10-20"),             // rechecked before any report: correction done
        };
        var (due, onTime) = FollowUpMeasures.Count(rows, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        Assert.Equal(5, due);
        Assert.Equal(3, onTime);
    }
}
