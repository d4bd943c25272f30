using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues.Decline;

internal sealed record DeclineClue(DeclineGround? Ground, string? Reason);

internal static class DeclineClueRules
{
    public static ClueOutcome? Validate(DeclineClue cmd) =>
        cmd.Ground is not { } g || !Enum.IsDefined(g)
            ? ClueOutcome.Fail("ground", "请选择不予立案的情形（1 违法事实不能成立、2 依法不予处罚、3 不属于本机关管辖、4 超过追责时效、9 其他）")
            : string.IsNullOrWhiteSpace(cmd.Reason) ? ClueOutcome.Fail("reason", "请写明不予立案的具体理由")
            : null;
}

/// <summary>不予立案 with its ground (负责人批准); the 不予立案审批表 is issued.</summary>
internal sealed class DeclineClueHandler(ClueActions actions)
{
    public Task<Result<ClueView>> Handle(long id, DeclineClue cmd, CancellationToken ct) =>
        actions.RunAsync(id, "clue.declined", approval: true, c =>
        {
            if (DeclineClueRules.Validate(cmd) is { } failed) return failed;
            var g = cmd.Ground!.Value;
            c.Status = ClueStatus.Declined;
            c.DeclineGround = g;
            c.DeclineReason = cmd.Reason!.Trim();
            c.DecidedOn = actions.Today;
            c.DecidedBy = actions.Me.ShownName;
            if (c.Pauses.Any(p => p.End is null)) c.Pauses = [.. c.Pauses.Select(p => p.End is null ? p with { End = c.DecidedOn.Value } : p)];
            return ClueOutcome.Ok($"经{actions.Me.ShownName}批准不予立案：{CaseNames.Of(g)}。{cmd.Reason.Trim()}", DocumentKind.DeclineApproval);
        }, ct);
}

internal static class DeclineClueEndpoints
{
    public static RouteGroupBuilder MapDeclineClue(this RouteGroupBuilder clues)
    {
        clues.MapPost("/{id:long}/decline", Decline).WithSummary("不予立案（负责人）");
        return clues;
    }

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Decline(long id, DeclineClue cmd, DeclineClueHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();
}
