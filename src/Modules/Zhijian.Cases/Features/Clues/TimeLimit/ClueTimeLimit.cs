using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues.TimeLimit;

internal sealed record ExtendClue(string? Reason);

internal sealed record PauseClue(string? Reason);

internal static class ClueTimeLimitRules
{
    public static ClueOutcome? ValidateExtend(Clue c, ExtendClue cmd) =>
        c.Extended ? ClueOutcome.Fail("status", "立案核查期限已经延长过一次，不能再延长")
        : string.IsNullOrWhiteSpace(cmd.Reason) ? ClueOutcome.Fail("reason", "请写明延长理由（如：案情复杂，需进一步核查）")
        : null;

    public static ClueOutcome? ValidatePause(Clue c, PauseClue cmd) =>
        c.Pauses.IsPaused() ? ClueOutcome.Fail("status", "计时已中止，请先恢复")
        : string.IsNullOrWhiteSpace(cmd.Reason) ? ClueOutcome.Fail("reason", "请写明中止原因（如：送检验检测）")
        : null;

    public static ClueOutcome? ValidateResume(Clue c) => !c.Pauses.IsPaused() ? ClueOutcome.Fail("status", "计时未中止") : null;
}

/// <summary>延长核查期限 15 WD (负责人批准).</summary>
internal sealed class ExtendClueHandler(ClueActions actions)
{
    public Task<Result<ClueView>> Handle(long id, ExtendClue cmd, CancellationToken ct) =>
        actions.RunAsync(id, "clue.extended", approval: true, c =>
        {
            if (ClueTimeLimitRules.ValidateExtend(c, cmd) is { } failed) return failed;
            c.Extended = true;
            c.ExtensionApprovedBy = actions.Me.ShownName;
            c.ExtensionReason = cmd.Reason!.Trim();
            actions.Recompute(c);
            return ClueOutcome.Ok($"经{actions.Me.ShownName}批准延长核查期限 15 个工作日至 {c.OpenBy:yyyy年M月d日}。理由：{cmd.Reason.Trim()}");
        }, ct);
}

/// <summary>检测、检验、检疫、鉴定 — not counted toward the 立案 deadline.</summary>
internal sealed class PauseClueHandler(ClueActions actions)
{
    public Task<Result<ClueView>> Handle(long id, PauseClue cmd, CancellationToken ct) =>
        actions.RunAsync(id, "clue.paused", approval: false, c =>
        {
            if (ClueTimeLimitRules.ValidatePause(c, cmd) is { } failed) return failed;
            c.Pauses = [.. c.Pauses, new DeadlinePause(actions.Today, null, cmd.Reason!.Trim())];
            actions.Recompute(c);
            return ClueOutcome.Ok($"中止计时：{cmd.Reason.Trim()}（检测、检验、检疫、鉴定期间不计入立案期限）");
        }, ct);
}

internal sealed class ResumeClueHandler(ClueActions actions)
{
    public Task<Result<ClueView>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "clue.resumed", approval: false, c =>
        {
            if (ClueTimeLimitRules.ValidateResume(c) is { } failed) return failed;
            c.Pauses = c.Pauses.Resume(actions.Today);
            actions.Recompute(c);
            return ClueOutcome.Ok($"恢复计时，立案期限至 {c.OpenBy:yyyy年M月d日}");
        }, ct);
}

internal static class ClueTimeLimitEndpoints
{
    public static RouteGroupBuilder MapClueTimeLimit(this RouteGroupBuilder clues)
    {
        clues.MapPost("/{id:long}/extend", Extend).WithSummary("延长核查期限 15 个工作日（负责人）");
        clues.MapPost("/{id:long}/pause", Pause).WithSummary("中止计时（检测检验鉴定）");
        clues.MapPost("/{id:long}/resume", Resume).WithSummary("恢复线索核查计时");
        return clues;
    }

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Extend(long id, ExtendClue cmd, ExtendClueHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Pause(long id, PauseClue cmd, PauseClueHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Resume(long id, ResumeClueHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
