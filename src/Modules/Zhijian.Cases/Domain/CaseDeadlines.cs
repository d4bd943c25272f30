using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Cases.Domain;

/// <summary>Recomputes a case's statutory dates from its facts (pure; the rules in <see cref="CaseRules"/>).</summary>
internal static class CaseDeadlines
{
    public static void Apply(Case c, IRuleBook rules, IWorkingCalendar calendar)
    {
        c.ConcludeBy = c.Procedure == CaseProcedure.Ordinary
            ? CaseRules.ConcludeBy(rules, calendar, c.OpenedOn, c.HeadExtension, c.CollectiveDays, c.Excluded)
            : null;
        c.StatementBy = c.NoticeServedOn is { } n ? CaseRules.StatementBy(rules, calendar, n) : null;
        c.LegalReviewBy = c.LegalReviewRequestedOn is { } r ? CaseRules.LegalReviewBy(rules, calendar, r) : null;
        c.FinePaymentBy = c.ServedOn is { } s && c.FineTotal > 0 ? CaseRules.FinePaymentBy(rules, calendar, s) : null;
    }
}
