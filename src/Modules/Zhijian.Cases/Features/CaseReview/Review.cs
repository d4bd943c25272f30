using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CaseReview;

internal static class ReviewRules
{
    public static FieldErrors Validate(Case c, OpinionInput cmd, bool reviewerIsHandler)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Reviewing || c.ReviewedOn is not null) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待审核的调查终结报告");
        if (string.IsNullOrWhiteSpace(cmd.Opinion)) return e.Add("opinion", "请填写审核意见");
        if (reviewerIsHandler) return e.Add("opinion", "审核人员不能是本案执法人员");
        return e;
    }
}

/// <summary>案件审核 (核审): passed → ready for the notice; not passed → back to investigation with the opinion.</summary>
internal sealed class ReviewHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, OpinionInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "reviewed", CaseActor.Reviewer, c =>
        {
            if (ReviewRules.Validate(c, cmd, actions.IsHandler(c)) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.ReviewOpinion = cmd.Opinion!.Trim().Truncate(4000);
            c.ReviewedBy = actions.Me.ShownName;
            if (!cmd.Passed)
            {
                c.Stage = CaseStage.Investigating;
                return StepOutcome.Ok($"案件审核未通过，退回补充调查：{c.ReviewOpinion}");
            }

            c.ReviewedOn = actions.Today;
            return StepOutcome.Ok($"案件审核通过：{c.ReviewOpinion}");
        }, ct);
}
