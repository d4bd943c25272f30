using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Correct;

internal sealed record CorrectionInput(string? Field, string? Value, string? Reason);

internal static class CorrectRules
{
    public static FieldErrors Validate(Case c, CorrectionInput cmd)
    {
        var e = new FieldErrors();
        if (!c.IsClosed) return e.Add("stage", "案件尚未结案，请直接在相应环节修改");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return e.Add("reason", "请写明更正理由（将记入案卷）");
        if (string.IsNullOrWhiteSpace(cmd.Value)) return e.Add("value", "请填写更正后的内容");
        if (cmd.Field is not ("closingNote" or "representative" or "partyName" or "facts")) return e.Add("field", "只能更正：当事人名称、法定代表人、案情、结案说明（处罚内容的变更须依法另行作出决定）");
        return e;
    }
}

/// <summary>The only change a closed case accepts: a recorded correction of a text field, with its reason (负责人).</summary>
internal sealed class CorrectHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, CorrectionInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "corrected", CaseActor.Approver, c =>
        {
            if (CorrectRules.Validate(c, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var value = cmd.Value!.Trim();
            string old;
            switch (cmd.Field)
            {
                case "closingNote": old = c.ClosingNote ?? ""; c.ClosingNote = value.Truncate(2000); break;
                case "representative": old = c.Representative ?? ""; c.Representative = value.Truncate(50); break;
                case "partyName": old = c.PartyName; c.PartyName = value.Truncate(200); break;
                default: old = c.Facts; c.Facts = value.Truncate(8000); break;
            }

            c.Corrections++;
            return StepOutcome.Ok($"更正（第 {c.Corrections} 次）{cmd.Field}：“{old.Truncate(200)}” → “{value.Truncate(200)}”。理由：{cmd.Reason!.Trim()}");
        }, ct, closedOk: true);
}

internal static class CorrectEndpoints
{
    public static RouteGroupBuilder MapCorrect(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/corrections", Correct).WithSummary("已结案案件的更正（记录理由）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Correct(long id, CorrectionInput cmd, CorrectHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
