using Zhijian.Cases.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Cases.Domain;

/// <summary>One penalty of a decision: its kind and, for fines and confiscations, the amount (yuan).</summary>
internal sealed record PenaltyItem(PenaltyKind Kind, decimal? Amount = null);

/// <summary>
/// 行政处罚程序 rules without I/O (DOMAIN.md §4, SAMR Order 2 as amended; 《行政处罚法》): the statutory clocks on the
/// working-day calendar from the effective-dated rule settings, the limitation period, when a party has the right to a
/// hearing, when the simple procedure is allowed, and the two-officer rule. Every date answer takes the date the rule
/// setting is read for, so a changed setting applies from its effective date.
/// </summary>
internal static class CaseRules
{
    /// <summary>立案: decide within 15 WD of receiving the clue; +15 WD when the head approved an extension; testing excluded.</summary>
    public static DateOnly? OpenBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly clueReceived, bool extended, IReadOnlyList<DeadlinePause>? pauses = null)
    {
        var first = calendar.TryDeadline(clueReceived, rules.GetPeriod("case.open", clueReceived), pauses);
        return extended && first is { } f ? calendar.TryDeadline(f, rules.GetPeriod("case.open-extension", clueReceived), pauses) : first;
    }

    /// <summary>
    /// 办结: 90 CD from 立案; +30 CD with the head's approval; longer only by collective decision (the days it granted).
    /// Suspension, hearing, notice and testing periods are excluded (<paramref name="excluded"/>). Null while one is open.
    /// </summary>
    public static DateOnly? ConcludeBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly opened, bool headExtension, int collectiveDays,
        IReadOnlyList<DeadlinePause>? excluded = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(collectiveDays);
        var days = rules.GetPeriod("case.conclude", opened).Count + (headExtension ? rules.GetPeriod("case.conclude-extension", opened).Count : 0) + collectiveDays;
        return calendar.TryDeadline(opened, new Period(days, PeriodUnit.CalendarDays), excluded);
    }

    /// <summary>告知: the party may state, defend or ask for a hearing within 5 WD of being served the notice.</summary>
    public static DateOnly StatementBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly served) =>
        calendar.Deadline(served, rules.GetPeriod("case.statement", served));

    /// <summary>法制审核 finishes within 10 WD of the request.</summary>
    public static DateOnly LegalReviewBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly requested) =>
        calendar.Deadline(requested, rules.GetPeriod("case.legal-review", requested));

    /// <summary>先行登记保存: the decision on what was preserved within 7 WD.</summary>
    public static DateOnly PreservationDecisionBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly preserved) =>
        calendar.Deadline(preserved, rules.GetPeriod("case.preservation-decision", preserved));

    /// <summary>查封、扣押: 30 CD, +30 CD when extended.</summary>
    public static DateOnly SeizureUntil(IRuleBook rules, IWorkingCalendar calendar, DateOnly seized, bool extended)
    {
        var days = rules.GetPeriod("case.seizure", seized).Count + (extended ? rules.GetPeriod("case.seizure-extension", seized).Count : 0);
        return calendar.Deadline(seized, new Period(days, PeriodUnit.CalendarDays));
    }

    /// <summary>缴纳罚款: within 15 CD of the decision being served.</summary>
    public static DateOnly FinePaymentBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly served) =>
        calendar.Deadline(served, rules.GetPeriod("case.fine-payment", served));

    /// <summary>
    /// 追责时效 (《行政处罚法》第三十六条): not discovered within 2 years of the conduct ending (5 years where life, health or
    /// financial safety is involved and harm occurred) — no penalty.
    /// </summary>
    public static bool TimeBarred(IRuleBook rules, DateOnly conductEnded, bool safetyWithHarm, DateOnly discovered) =>
        conductEnded.AddYears(rules.GetInt(safetyWithHarm ? "case.limitation-safety" : "case.limitation", discovered)) < discovered;

    /// <summary>
    /// 听证权利 (《行政处罚法》第六十三条): a "较大数额" fine or confiscation (≥ the rule setting for a natural person or an
    /// organisation), lowering qualification, revoking a licence, restricting or suspending operations, closure, practice
    /// restriction.
    /// </summary>
    public static bool HearingRight(IRuleBook rules, DateOnly on, bool naturalPerson, IEnumerable<PenaltyItem> penalties)
    {
        var threshold = rules.GetDecimal(naturalPerson ? "case.hearing-fine-person" : "case.hearing-fine-org", on);
        return penalties.Any(p => p.Kind switch
        {
            PenaltyKind.Fine or PenaltyKind.ConfiscateIllegalGains or PenaltyKind.ConfiscateProperty => p.Amount >= threshold,
            PenaltyKind.LowerQualification or PenaltyKind.RevokeLicence or PenaltyKind.RevokeBusinessLicence or PenaltyKind.RestrictOperations or PenaltyKind.SuspendOperations
                or PenaltyKind.Closure or PenaltyKind.PracticeRestriction => true,
            _ => false,
        });
    }

    /// <summary>简易程序 (当场处罚): only a warning and/or a fine up to ¥200 (natural person) / ¥3,000 (organisation).</summary>
    public static bool SimpleProcedureAllowed(IRuleBook rules, DateOnly on, bool naturalPerson, IReadOnlyCollection<PenaltyItem> penalties)
    {
        var cap = rules.GetDecimal(naturalPerson ? "case.simple-fine-person" : "case.simple-fine-org", on);
        return penalties.Count > 0 && penalties.All(p => p.Kind == PenaltyKind.Warning || (p.Kind == PenaltyKind.Fine && p.Amount is { } a && a > 0 && a <= cap));
    }

    /// <summary>At least two certified officers act in every investigation: the problem in Chinese, or null.</summary>
    public static string? OfficersProblem(IRuleBook rules, DateOnly on, int certifiedOfficers)
    {
        var min = rules.GetInt("case.min-officers", on);
        return certifiedOfficers >= min ? null : $"执法人员不得少于 {min} 人且须持有执法证件（现有 {certifiedOfficers} 人）";
    }
}
