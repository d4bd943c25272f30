using System.Globalization;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Credit;

/// <summary>信用修复 rules: minimum disclosure, what can be repaired, deadlines on the real calendar.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RepairRulesTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-09-30", "2026-10-09")] // submitted the day before 国庆: Oct 8, 9
    [InlineData("2026-02-13", "2026-02-24")] // Sat Feb 14 make-up day, then 春节 to Feb 23
    [InlineData("2026-11-23", "2026-11-25")]
    public void Acceptance_is_due_2_working_days_after_submission(string submitted, string due) =>
        Assert.Equal(D(due), RepairRules.AcceptDue(Calendar, D(submitted), Period.Parse("2WD")));

    [Theory]
    [InlineData("2026-10-09", "2026-10-29")] // Sat Oct 10 make-up day counts
    [InlineData("2026-11-25", "2026-12-16")]
    [InlineData("2026-09-18", "2026-10-15")] // Sun Sep 20 make-up, 中秋 Sep 25–27, 国庆 Oct 1–7, Sat Oct 10
    public void Decision_is_due_15_working_days_after_acceptance(string accepted, string due) =>
        Assert.Equal(D(due), RepairRules.DecideDue(Calendar, D(accepted), Period.Parse("15WD")));

    [Theory]
    [InlineData("2026-04-30", "2026-05-08")] // 劳动节 May 1–5
    [InlineData("2026-11-25", "2026-11-30")]
    public void Action_is_due_3_working_days_after_approval(string approved, string due) =>
        Assert.Equal(D(due), RepairRules.ActDue(Calendar, D(approved), Period.Parse("3WD")));

    [Theory]
    [InlineData(CreditRecordKind.Penalty, CreditField.General, false, true, "2026-03-01", "2026-09-01", null)]
    [InlineData(CreditRecordKind.Penalty, CreditField.General, false, true, "2026-03-01", "2026-08-31", "满 6 个月（2026-09-01）")]
    [InlineData(CreditRecordKind.Penalty, CreditField.Food, false, true, "2026-03-01", "2026-11-23", "满 12 个月（2027-03-01）")]
    [InlineData(CreditRecordKind.Penalty, CreditField.SpecialEquipment, false, true, "2025-11-23", "2026-11-23", null)]
    [InlineData(CreditRecordKind.Penalty, CreditField.Drug, false, true, "2025-11-24", "2026-11-23", "满 12 个月")]
    [InlineData(CreditRecordKind.Penalty, CreditField.General, true, true, "2024-01-01", "2026-11-23", "不予提前停止公示")]
    [InlineData(CreditRecordKind.Penalty, CreditField.General, false, false, "2024-01-01", "2026-11-23", "未在公示")]
    [InlineData(CreditRecordKind.Licensing, CreditField.General, false, true, "2024-01-01", "2026-11-23", "只有行政处罚")]
    public void Penalty_disclosure_may_end_early_only_after_the_minimum(CreditRecordKind kind, CreditField field, bool severe, bool isPublic,
        string decided, string today, string? refusal)
    {
        var months = RepairRules.IsSafetyField(field) ? 12 : 6;
        var from = RepairRules.PenaltyRepairFrom(D(decided), field, 6, 12);

        var why = RepairRules.PenaltyRefusal(kind, severe, isPublic, from, D(today), months);

        if (refusal is null) Assert.Null(why);
        else Assert.Contains(refusal, why);
    }

    [Theory]
    [InlineData(CreditList.Abnormal, ListingStatus.Listed, null, "2026-11-23", null)]
    [InlineData(CreditList.AbnormalMark, ListingStatus.Listed, null, "2026-11-23", null)]
    [InlineData(CreditList.Abnormal, ListingStatus.Removed, null, "2026-11-23", "未处于列入状态")]
    [InlineData(CreditList.Serious, ListingStatus.Proposed, "2027-11-23", "2026-11-23", "未处于列入状态")]
    [InlineData(CreditList.Serious, ListingStatus.Listed, "2027-11-23", "2027-11-22", "满 1 年（2027-11-23）")]
    [InlineData(CreditList.Serious, ListingStatus.Listed, "2027-11-23", "2027-11-23", null)]
    public void A_listing_can_be_repaired_only_while_listed_and_the_serious_list_after_a_year(CreditList list, ListingStatus status, string? earlyFrom,
        string today, string? refusal)
    {
        var why = RepairRules.ListingRefusal(list, status, earlyFrom is null ? null : D(earlyFrom), D(today));

        if (refusal is null) Assert.Null(why);
        else Assert.Contains(refusal, why);
    }

    [Theory]
    [InlineData(RepairStatus.Submitted, "2026-11-25", false)]
    [InlineData(RepairStatus.Submitted, "2026-11-26", true)]
    [InlineData(RepairStatus.Accepted, "2026-12-17", true)]
    [InlineData(RepairStatus.Done, "2027-01-01", false)]
    public void Overdue_follows_the_pending_step(RepairStatus status, string today, bool overdue) =>
        Assert.Equal(overdue, RepairRules.IsOverdue(status, D("2026-11-25"), D("2026-12-16"), null, D(today)));
}
