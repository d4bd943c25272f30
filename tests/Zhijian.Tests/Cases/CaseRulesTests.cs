using System.Globalization;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.Complaints;

namespace Zhijian.Tests.Cases;

/// <summary>行政处罚程序 clocks on the real 2026 calendar (hand-counted), the limitation period, hearing and simple-procedure thresholds.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class CaseRulesTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());
    private static readonly ShippedRules Rules = new();

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // 15 WD from Mon 14 Sep: 中秋 25–27 Sep and 国庆 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked → Sat 10 Oct; +15 WD → Fri 30 Oct.
    [InlineData("2026-09-14", "2026-10-10", "2026-10-30")]
    // 15 WD from Mon 28 Sep → Fri 23 Oct; +15 WD → Fri 13 Nov.
    [InlineData("2026-09-28", "2026-10-23", "2026-11-13")]
    public void A_clue_is_decided_within_15_working_days_extendable_by_15(string received, string openBy, string extendedBy)
    {
        Assert.Equal(D(openBy), CaseRules.OpenBy(Rules, Calendar, D(received), extended: false));
        Assert.Equal(D(extendedBy), CaseRules.OpenBy(Rules, Calendar, D(received), extended: true));
    }

    [Fact]
    public void Testing_time_is_excluded_from_the_decision_to_open_and_an_open_pause_gives_no_date()
    {
        // 15 WD from Mon 14 Sep with testing Mon 14 – Fri 18 Sep excluded (15–18 Sep are 4 of the counted days) → four
        // working days after Sat 10 Oct: Thu 15 Oct. (Sun 20 Sep, a make-up day, now counts first.)
        var testing = new[] { new DeadlinePause(D("2026-09-14"), D("2026-09-18"), "检验检测") };
        Assert.Equal(D("2026-10-15"), CaseRules.OpenBy(Rules, Calendar, D("2026-09-14"), false, testing));
        Assert.Null(CaseRules.OpenBy(Rules, Calendar, D("2026-09-14"), false, [new DeadlinePause(D("2026-09-15"), null, "检验检测")]));
    }

    [Theory]
    // 90 CD from Mon 2 Mar = Sun 31 May → Mon 1 Jun.
    [InlineData(false, 0, null, null, "2026-06-01")]
    // +30 CD with the head's approval: Tue 30 Jun.
    [InlineData(true, 0, null, null, "2026-06-30")]
    // A further 15 CD by collective decision: Wed 15 Jul.
    [InlineData(true, 15, null, null, "2026-07-15")]
    // A hearing 1–10 Apr (10 days) excluded: 10 days later than 31 May → Wed 10 Jun.
    [InlineData(false, 0, "2026-04-01", "2026-04-10", "2026-06-10")]
    public void A_case_concludes_in_90_days_plus_approved_extensions_without_the_excluded_periods(bool head, int collective, string? from, string? to, string expected)
    {
        IReadOnlyList<DeadlinePause>? excluded = from is null ? null : [new DeadlinePause(D(from), D(to!), "听证")];
        Assert.Equal(D(expected), CaseRules.ConcludeBy(Rules, Calendar, D("2026-03-02"), head, collective, excluded));
    }

    [Fact]
    public void Notice_legal_review_preservation_seizure_and_payment_periods_fall_on_the_real_calendar()
    {
        // Notice served Thu 24 Sep: 5 WD over 中秋 and 国庆 → 28, 29, 30 Sep, 8, 9 Oct.
        Assert.Equal(D("2026-10-09"), CaseRules.StatementBy(Rules, Calendar, D("2026-09-24")));
        // Legal review asked Thu 24 Sep: 10 WD → 28, 29, 30 Sep, 8, 9, Sat 10 (make-up), 12, 13, 14, 15 Oct.
        Assert.Equal(D("2026-10-15"), CaseRules.LegalReviewBy(Rules, Calendar, D("2026-09-24")));
        // Preserved Thu 30 Apr: 7 WD over 劳动节 1–5 May with Sat 9 May worked → 6, 7, 8, 9, 11, 12, 13 May.
        Assert.Equal(D("2026-05-13"), CaseRules.PreservationDecisionBy(Rules, Calendar, D("2026-04-30")));
        // Seized Mon 5 Jan: 30 CD → Wed 4 Feb; extended → Fri 6 Mar.
        Assert.Equal(D("2026-02-04"), CaseRules.SeizureUntil(Rules, Calendar, D("2026-01-05"), extended: false));
        Assert.Equal(D("2026-03-06"), CaseRules.SeizureUntil(Rules, Calendar, D("2026-01-05"), extended: true));
        // Fine: 15 CD from service on Thu 24 Sep → Fri 9 Oct (a working day after 国庆).
        Assert.Equal(D("2026-10-09"), CaseRules.FinePaymentBy(Rules, Calendar, D("2026-09-24")));
    }

    [Theory]
    [InlineData("2024-11-22", false, "2026-11-23", true)]
    [InlineData("2024-11-23", false, "2026-11-23", false)]
    [InlineData("2021-11-24", true, "2026-11-23", false)] // life/health/financial safety with harm: 5 years
    [InlineData("2021-11-22", true, "2026-11-23", true)]
    public void The_limitation_is_two_years_or_five_where_safety_was_harmed(string ended, bool safety, string discovered, bool barred) =>
        Assert.Equal(barred, CaseRules.TimeBarred(Rules, D(ended), safety, D(discovered)));

    [Theory]
    [InlineData(true, PenaltyKind.Fine, "10000", true)]
    [InlineData(true, PenaltyKind.Fine, "9999.99", false)]
    [InlineData(false, PenaltyKind.Fine, "100000", true)]
    [InlineData(false, PenaltyKind.Fine, "99999", false)]
    [InlineData(true, PenaltyKind.ConfiscateProperty, "10000", true)]
    [InlineData(false, PenaltyKind.RevokeLicence, null, true)]
    [InlineData(false, PenaltyKind.SuspendOperations, null, true)]
    [InlineData(true, PenaltyKind.Warning, null, false)]
    public void A_large_fine_or_a_severe_penalty_gives_the_right_to_a_hearing(bool person, PenaltyKind kind, string? amount, bool right) =>
        Assert.Equal(right, CaseRules.HearingRight(Rules, D("2026-11-23"), person, [new PenaltyItem(kind, amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture))]));

    [Theory]
    [InlineData(true, PenaltyKind.Fine, "200", true)]
    [InlineData(true, PenaltyKind.Fine, "201", false)]
    [InlineData(false, PenaltyKind.Fine, "3000", true)]
    [InlineData(false, PenaltyKind.Fine, "3000.01", false)]
    [InlineData(true, PenaltyKind.Warning, null, true)]
    [InlineData(false, PenaltyKind.ConfiscateIllegalGains, "100", false)]
    public void The_simple_procedure_is_only_for_a_warning_or_a_small_fine(bool person, PenaltyKind kind, string? amount, bool allowed) =>
        Assert.Equal(allowed, CaseRules.SimpleProcedureAllowed(Rules, D("2026-11-23"), person, [new PenaltyItem(kind, amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture))]));

    [Fact]
    public void Two_certified_officers_act_in_every_investigation()
    {
        Assert.Contains("不得少于 2 人", CaseRules.OfficersProblem(Rules, D("2026-11-23"), 1));
        Assert.Null(CaseRules.OfficersProblem(Rules, D("2026-11-23"), 2));
    }
}
