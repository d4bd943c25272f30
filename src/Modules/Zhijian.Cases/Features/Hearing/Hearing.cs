using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Hearing;

internal sealed record HearingInput(DateOnly? HeldOn, string? Report);

internal static class HearingRules
{
    public static FieldErrors Validate(Case c, HearingInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Hearing) return e.Add("stage", "案件不在听证阶段");
        if (cmd.HeldOn is not { } held || held > today) return e.Add("heldOn", "请填写听证日期（不晚于今天）");
        if (string.IsNullOrWhiteSpace(cmd.Report)) return e.Add("report", "请填写听证报告（听证会情况及处理意见）");
        return e;
    }
}

/// <summary>听证 held and reported: the excluded period ends and the case moves on to 法制审核, 集体讨论 or 决定.</summary>
internal sealed class HearingHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, HearingInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "hearing", CaseActor.Handler, c =>
        {
            if (HearingRules.Validate(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var held = cmd.HeldOn!.Value;
            c.HearingOn = held;
            c.HearingReport = cmd.Report!.Trim().Truncate(4000);
            actions.EndExcluded(c, "听证");
            c.Stage = CaseActions.NextAfterStatement(c);
            if (c.Stage == CaseStage.LegalReview) c.LegalReviewRequestedOn = actions.Today;
            return StepOutcome.Ok($"{held:yyyy年M月d日}举行听证：{c.HearingReport}；转入{CaseNames.Of(c.Stage)}");
        }, ct);
}

internal static class HearingEndpoints
{
    public static RouteGroupBuilder MapHearing(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/hearing", Hearing).WithSummary("登记听证（听证日期、听证报告）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Hearing(long id, HearingInput cmd, HearingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
