using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Close;

internal sealed record CloseInput(string? Note);

internal static class CloseRules
{
    /// <summary>How the case ends (executed, enforced, no penalty, accepted by the police), or why it cannot be closed yet.</summary>
    public static (CaseEnding? Ending, FieldErrors Errors) Validate(Case c)
    {
        var e = new FieldErrors();
        if (c.Stage == CaseStage.TransferredToPolice && c.PoliceOutcome == PoliceOutcome.Accepted) return (CaseEnding.TransferredToPolice, e);
        if (c.Stage != CaseStage.Executing) return (null, e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能结案"));
        if (c.Penalties.Count == 0) return (CaseEnding.NoPenalty, e);
        if (c.FineTotal > 0 && c.PaidOn is null && c.EnforcementAppliedOn is null)
            return (null, e.Add("stage", "罚款尚未缴纳，也未申请强制执行，不能结案"));
        return (c.PaidOn is null && c.EnforcementAppliedOn is not null ? CaseEnding.Enforced : CaseEnding.Penalised, e);
    }
}

/// <summary>结案 (负责人批准) with the 结案审批表: executed, enforced, no penalty, or accepted by the police.</summary>
internal sealed class CloseHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, CloseInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "closed", CaseActor.Approver, c =>
        {
            var (ending, e) = CloseRules.Validate(c);
            if (ending is null) return StepOutcome.Invalid(e);
            c.Ending = ending.Value;
            c.ClosingNote = cmd.Note?.Trim().Truncate(2000);
            c.ClosedOn = actions.Today;
            c.ClosedApprovedBy = actions.Me.ShownName;
            c.Stage = CaseStage.Closed;
            var late = c.ConcludeBy is { } by && c.ClosedOn > by ? $"（超过办案期限 {by:yyyy年M月d日}）" : "";
            return StepOutcome.Ok($"经{actions.Me.ShownName}批准结案{late}：{CaseNames.Of(ending.Value)}" + (c.ClosingNote is null ? "" : $"。{c.ClosingNote}"),
                DocumentKind.ClosingApproval);
        }, ct);
}

internal static class CloseEndpoints
{
    public static RouteGroupBuilder MapClose(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/close", Close).WithSummary("结案（负责人）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Close(long id, CloseInput cmd, CloseHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();
}
