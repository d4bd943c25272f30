using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Rules;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>The due-date rules as the register reads them: the kind's months from the rule book on the verification date, the warning days.</summary>
internal sealed class InstrumentRules(IRuleBook rules)
{
    /// <summary>The due date after a verification (first verification for fixed life, the last passed one for periodic).</summary>
    public DateOnly? Due(DueRule rule, DateOnly? firstVerifiedOn, DateOnly? lastPassedOn)
    {
        if (rule.RuleKey is null || rule.Mode == VerificationMode.ScrapOnFailure) return null;
        var basis = rule.Mode == VerificationMode.FixedLife ? firstVerifiedOn : lastPassedOn ?? firstVerifiedOn;
        if (basis is not { } on) return null;
        return DueDates.Due(rule.Mode, rules.GetInt(rule.RuleKey, on), firstVerifiedOn, lastPassedOn);
    }

    public int Months(string key, DateOnly on) => rules.GetInt(key, on);

    public int WarnDays(DateOnly today) => rules.GetInt("metro.warn-days", today);
}
