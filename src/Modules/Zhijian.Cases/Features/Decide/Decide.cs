using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Decide;

internal static class DecideRules
{
    /// <summary>Refused without the required legal review and collective discussion, outside 决定, before the notice, with a pending hearing, or with too few officers.</summary>
    public static FieldErrors Validate(Case c, IRuleBook rules, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.LegalReviewRequired && c.LegalReviewPassed != true)
            return e.Add("legalReview", "本案属于重大执法决定（重大案件、经过听证或拟作出较大数额罚款等），未经法制审核或审核未通过的，不得作出决定");
        if (c.CollectiveRequired && c.CollectiveOn is null) return e.Add("collective", "情节复杂或重大违法行为的案件须经负责人集体讨论后作出决定");
        if (c.Stage != CaseStage.Deciding) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能作出处罚决定");
        if (c.NoticeServedOn is null) return e.Add("stage", "作出决定前须告知当事人拟作出的处罚及其权利");
        if (c.HearingRequested && c.HearingOn is null) return e.Add("stage", "当事人要求听证，听证结束前不能作出决定");
        if (c.Officers.Count < rules.GetInt("case.min-officers", today)) return e.Add("officers", CaseRules.OfficersProblem(rules, today, c.Officers.Count)!);
        return e;
    }
}

/// <summary>决定 (负责人批准): the 行政处罚决定书 is issued.</summary>
internal sealed class DecideHandler(CaseActions actions, IRuleBook rules)
{
    public Task<Result<long>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "decided", CaseActor.Approver, c =>
        {
            if (DecideRules.Validate(c, rules, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.DecidedOn = actions.Today;
            c.DecisionApprovedBy = actions.Me.ShownName;
            c.Stage = CaseStage.Decided;
            var what = c.Penalties.Count == 0 ? "不予行政处罚" : CaseNames.Penalties(c.Penalties);
            return StepOutcome.Ok($"经{actions.Me.ShownName}批准作出决定：{what}", DocumentKind.Decision, (cs, d) => cs.DecisionNo = d.Number);
        }, ct);
}

internal static class DecideEndpoints
{
    public static RouteGroupBuilder MapDecide(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/decide", Decide).WithSummary("作出行政处罚决定（负责人）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Decide(long id, DecideHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
