using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Collective;

internal sealed record CollectiveInput(DateOnly? HeldOn, string? Conclusion);

internal static class CollectiveRules
{
    public static FieldErrors Validate(Case c, CollectiveInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Collective) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不需要集体讨论");
        if (cmd.HeldOn is not { } held || held > today) return e.Add("heldOn", "请填写集体讨论日期（不晚于今天）");
        if (string.IsNullOrWhiteSpace(cmd.Conclusion)) return e.Add("conclusion", "请填写集体讨论结论");
        return e;
    }
}

/// <summary>集体讨论 (负责人集体讨论决定) for complex or major cases.</summary>
internal sealed class CollectiveHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, CollectiveInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "collective", CaseActor.Leader, c =>
        {
            if (CollectiveRules.Validate(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var held = cmd.HeldOn!.Value;
            c.CollectiveOn = held;
            c.CollectiveConclusion = cmd.Conclusion!.Trim().Truncate(4000);
            c.Stage = CaseStage.Deciding;
            return StepOutcome.Ok($"{held:yyyy年M月d日}负责人集体讨论：{c.CollectiveConclusion}");
        }, ct);
}

internal static class CollectiveEndpoints
{
    public static RouteGroupBuilder MapCollective(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/collective", Collective).WithSummary("集体讨论");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Collective(long id, CollectiveInput cmd, CollectiveHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
