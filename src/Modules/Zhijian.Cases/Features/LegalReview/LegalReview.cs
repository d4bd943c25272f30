using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.LegalReview;

internal static class LegalReviewRules
{
    public static FieldErrors Validate(Case c, OpinionInput cmd, bool reviewerIsHandler)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.LegalReview) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待法制审核的事项");
        if (string.IsNullOrWhiteSpace(cmd.Opinion)) return e.Add("opinion", "请填写法制审核意见（主体、事实、证据、定性、依据、程序、裁量）");
        if (reviewerIsHandler) return e.Add("opinion", "法制审核人员不能是本案执法人员");
        return e;
    }
}

/// <summary>法制审核 by a legal reviewer: passed → 集体讨论 or 决定; not passed → back to investigation with the opinion.</summary>
internal sealed class LegalReviewHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, OpinionInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "legal-review", CaseActor.Reviewer, c =>
        {
            if (LegalReviewRules.Validate(c, cmd, actions.IsHandler(c)) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.LegalReviewedOn = actions.Today;
            c.LegalReviewer = actions.Me.ShownName;
            c.LegalReviewOpinion = cmd.Opinion!.Trim().Truncate(4000);
            c.LegalReviewPassed = cmd.Passed;
            var late = c.LegalReviewedOn > c.LegalReviewBy ? $"（超过审核期限 {c.LegalReviewBy:yyyy年M月d日}）" : "";
            if (!cmd.Passed)
            {
                c.Stage = CaseStage.Investigating;
                c.ReviewedOn = null;
                return StepOutcome.Ok($"法制审核未通过{late}，退回：{c.LegalReviewOpinion}");
            }

            c.Stage = c.CollectiveRequired ? CaseStage.Collective : CaseStage.Deciding;
            return StepOutcome.Ok($"法制审核通过{late}：{c.LegalReviewOpinion}");
        }, ct);
}

internal static class LegalReviewEndpoints
{
    public static RouteGroupBuilder MapLegalReview(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/legal-review", LegalReview).WithSummary("法制审核");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> LegalReview(long id, OpinionInput cmd, LegalReviewHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
