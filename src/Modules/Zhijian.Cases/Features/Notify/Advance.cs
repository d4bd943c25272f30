using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Notify;

internal static class AdvanceRules
{
    public static FieldErrors Validate(Case c, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Notified) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能进入下一环节");
        if (c.Statement is null && today <= c.StatementBy)
            return e.Add("stage", $"陈述、申辩期限至 {c.StatementBy:yyyy年M月d日}，期限届满或记录当事人陈述申辩后才能进入下一环节");
        return e;
    }
}

/// <summary>After the statement window (or a recorded statement): on to 法制审核, 集体讨论 or 决定 as the case requires.</summary>
internal sealed class AdvanceHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "advanced", CaseActor.Handler, c =>
        {
            if (AdvanceRules.Validate(c, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.Stage = CaseActions.NextAfterStatement(c);
            if (c.Stage == CaseStage.LegalReview) c.LegalReviewRequestedOn = actions.Today;
            actions.Recompute(c);
            return StepOutcome.Ok(c.Stage == CaseStage.LegalReview ? $"提请法制审核（应于 {c.LegalReviewBy:yyyy年M月d日} 前完成）" : $"转入{CaseNames.Of(c.Stage)}");
        }, ct);
}
