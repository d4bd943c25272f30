using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features;

/// <summary>Who acts at a stage: the case's handlers, a 负责人 approving, a legal reviewer, a leader.</summary>
internal enum CaseActor
{
    Handler,
    Approver,
    Reviewer,
    Leader,
}

/// <summary>What a stage operation decided: field errors (nothing is written), or the step's text and the document it issues.</summary>
internal sealed record StepOutcome(IReadOnlyDictionary<string, string[]>? Errors, string? Text, DocumentKind? Doc, Action<Case, CaseDocument>? OnDocument)
{
    public static StepOutcome Invalid(FieldErrors e) => new(e.ToDictionary(), null, null, null);

    public static StepOutcome Fail(string field, string error) => Invalid(new FieldErrors().Add(field, error));

    public static StepOutcome Ok(string text, DocumentKind? doc = null, Action<Case, CaseDocument>? onDocument = null) => new(null, text, doc, onDocument);
}

/// <summary>
/// The one way a stage operation of the ordinary procedure (SAMR Order 2) runs, shared by the use cases under Features/:
/// check the role, load the case (in the caller's jurisdiction), refuse a closed one unless correcting, let the use case
/// validate and apply, then recompute the deadlines, issue its document, append the step (全过程记录), write the audit entry
/// and save once (a concurrent change is a 409). The stage rules themselves are the use cases' and Domain/'s.
/// </summary>
internal sealed class CaseActions(CasesDbContext db, ActorContext actor, TimeProvider clock, IRuleBook rules, IWorkingCalendar calendar, CaseDocuments documents)
{
    public Actor Me => actor.Current;

    public DateOnly Today => clock.Today();

    public Task<Result<long>> RunAsync(long id, string action, CaseActor who, Func<Case, StepOutcome> apply, CancellationToken ct, bool closedOk = false) =>
        RunAsync(id, action, who, c => Task.FromResult(apply(c)), ct, closedOk);

    public async Task<Result<long>> RunAsync(long id, string action, CaseActor who, Func<Case, Task<StepOutcome>> apply, CancellationToken ct, bool closedOk = false)
    {
        var me = actor.Current;
        var (allowed, forbidden) = who switch
        {
            CaseActor.Handler => (CaseAccess.CanHandle(me), "只有本案执法人员和科室负责人可以办理"),
            CaseActor.Approver => (CaseAccess.CanApprove(me), "此环节须由负责人（科室负责人或局领导）批准办理"),
            CaseActor.Reviewer => (CaseAccess.CanReview(me), "只有法制审核人员可以审核"),
            _ => (CaseAccess.CanLead(me), "只有局领导可以组织集体讨论"),
        };
        if (!allowed) return Result<long>.Forbidden(forbidden);
        // An operation starts from the database, not from what an earlier operation of the same scope (a console circuit) left tracked.
        db.ChangeTracker.Clear();
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<long>.NotFound($"案件 {id} 不存在或不在您的管辖范围内");
        if (c.IsClosed && !closedOk) return Result<long>.Unprocessable($"案件 {c.Number} 已结案，不能再修改；确需更正的，由负责人以“更正”办理并写明理由");
        if (who == CaseActor.Handler && me.IsInRole(Roles.CaseHandler) && !me.IsInRole(Roles.SectionChief) && !IsHandler(c) && me.Name != Actor.System.Name)
            return Result<long>.Forbidden($"您不是案件 {c.Number} 的执法人员");
        var before = new { c.Stage, c.ConcludeBy, c.DecisionNo, c.Penalties };
        var outcome = await apply(c);
        if (outcome.Errors is not null) return Result<long>.Invalid(outcome.Errors);
        CaseDeadlines.Apply(c, rules, calendar);
        c.Version++;
        CaseDocument? doc = null;
        if (outcome.Doc is { } kind)
        {
            doc = await documents.IssueAsync(c, kind, me.ShownName, ct);
            outcome.OnDocument?.Invoke(c, doc);
        }

        db.Steps.Add(NewStep(c, action, outcome.Text!, doc));
        db.Audit("cases." + action, nameof(Case), c.Number, before, new { c.Stage, c.ConcludeBy, c.DecisionNo, c.Penalties, document = doc?.Number, doc?.Sha256 }, c.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<long>.Conflict("version", $"案件 {c.Number} 刚被他人办理，请刷新后再试");
        }

        return c.Id;
    }

    /// <summary>Recomputes the case's deadlines (办案期限, 陈述申辩, 缴款 …) after a change inside an operation.</summary>
    public void Recompute(Case c) => CaseDeadlines.Apply(c, rules, calendar);

    public CaseStep NewStep(Case c, string action, string text, CaseDocument? doc) => CaseStep.Of(c, action, text, actor.Current, clock.GetUtcNow(), doc);

    /// <summary>Whether the caller is one of the case's enforcement officers.</summary>
    public bool IsHandler(Case c) => c.Officers.Any(o => o.UserName == actor.Current.Name);

    /// <summary>Ends the open excluded period with this reason (听证, 移送公安机关, 中止) the day before today.</summary>
    public void EndExcluded(Case c, string reason) => c.Excluded = c.Excluded.Resume(clock.Today(), reason);

    /// <summary>After 陈述申辩 or 听证: 法制审核, 集体讨论 or 决定, as the case requires.</summary>
    public static CaseStage NextAfterStatement(Case c) =>
        c.LegalReviewRequired ? CaseStage.LegalReview : c.CollectiveRequired ? CaseStage.Collective : CaseStage.Deciding;
}
