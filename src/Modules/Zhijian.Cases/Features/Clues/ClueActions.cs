using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues;

internal sealed record ClueView(long Id, string Number, ClueSource Source, string SourceName, string? SourceNumber, string? Uscc, string PartyName,
    string Facts, DateOnly ReceivedOn, string OrgUnitName, ClueStatus Status, string StatusName, DateOnly? OpenBy, bool Extended, bool Paused,
    DateOnly? DecidedOn, string? DecidedBy, string? DeclineText, long? CaseId, int? DaysLeft);

/// <summary>What a clue operation decided: a field error (nothing is written), or the step's text and the document it issues.</summary>
internal sealed record ClueOutcome(string? Field, string? Error, string? Text, DocumentKind? Doc)
{
    public static ClueOutcome Fail(string field, string error) => new(field, error, null, null);

    public static ClueOutcome Ok(string text, DocumentKind? doc = null) => new(null, null, text, doc);
}

/// <summary>
/// 线索: the 立案 clock (15 WD, +15 WD approved by the head, testing paused) and the one way a clue is added (by hand or from
/// another module's event) or acted on while it is being verified. Approvals (延长, 立案, 不予立案) are acts of a 负责人
/// (section chief or leader); the use cases are in the folders beside this file.
/// </summary>
internal sealed class ClueActions(CasesDbContext db, ActorContext actor, TimeProvider clock, IRuleBook rules, IWorkingCalendar calendar, CaseDocuments documents)
{
    public Actor Me => actor.Current;

    public DateOnly Today => clock.Today();

    /// <summary>Numbers the clue, starts its 立案 clock and records its first step, in one transaction.</summary>
    public async Task<Clue> AddAsync(Clue clue, OrgUnitEntry unit, string text, CancellationToken ct)
    {
        clue.ReceivedAt = clock.GetUtcNow();
        clue.OrgUnitId = unit.Id;
        clue.OrgUnitName = unit.Name;
        clue.DivisionCode = unit.DivisionCode;
        clue.Number = "XS-" + Guid.NewGuid().ToString("N");
        clue.OpenBy = CaseRules.OpenBy(rules, calendar, clue.ReceivedOn, false, clue.Pauses);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Clues.Add(clue);
        await db.SaveChangesAsync(ct);
        clue.Number = string.Create(CultureInfo.InvariantCulture, $"XS{clue.ReceivedOn.Year}{clue.Id:000000}");
        Step(clue, "clue.received", $"{text}；应于 {clue.OpenBy:yyyy年M月d日} 前作出是否立案的决定");
        db.Audit("cases.clue.received", nameof(Clue), clue.Number, null, new { clue.Source, clue.SourceSystem, clue.SourceId, clue.OpenBy }, clue.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return clue;
    }

    /// <summary>An act on a clue still being verified: role, load, apply, step (with the 不予立案审批表 where issued), audit, save once.</summary>
    public async Task<Result<ClueView>> RunAsync(long id, string action, bool approval, Func<Clue, ClueOutcome> apply, CancellationToken ct)
    {
        var me = actor.Current;
        if (approval ? !CaseAccess.CanApprove(me) : !CaseAccess.CanHandle(me))
            return Result<ClueView>.Forbidden(approval ? "此操作须由负责人（科室负责人或局领导）批准办理" : "只有办案人员和负责人可以办理线索");
        db.ChangeTracker.Clear(); // from the database, not from an earlier operation of the same circuit
        var c = await db.Clues.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<ClueView>.NotFound($"线索 {id} 不存在或不在您的管辖范围内");
        if (c.Status != ClueStatus.Verifying) return Result<ClueView>.Unprocessable($"线索 {c.Number} 已{CaseNames.Of(c.Status)}，不能再办理");
        var before = new { c.Status, c.OpenBy, c.Extended };
        var (field, error, text, docKind) = apply(c);
        if (error is not null) return Result<ClueView>.Invalid(field!, error);
        c.Version++;
        CaseDocument? doc = null;
        if (docKind is { } k) doc = k == DocumentKind.DeclineApproval ? await documents.IssueForClueAsync(c, me.ShownName, ct) : throw new InvalidOperationException($"{k} is not a clue document");
        Step(c, action, text!, doc);
        db.Audit("cases." + action, nameof(Clue), c.Number, before, new { c.Status, c.OpenBy, c.Extended, c.DeclineGround, doc?.Number, doc?.Sha256 }, c.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<ClueView>.Conflict("version", $"线索 {c.Number} 刚被他人处理，请刷新后再试");
        }

        return View(c, clock.Today());
    }

    public void Recompute(Clue c) => c.OpenBy = CaseRules.OpenBy(rules, calendar, c.ReceivedOn, c.Extended, c.Pauses);

    public void Step(Clue c, string action, string text, CaseDocument? doc = null) => db.Steps.Add(new CaseStep
    {
        ClueId = c.Id,
        CaseId = c.CaseId,
        At = clock.GetUtcNow(),
        Action = action,
        Text = text.Truncate(4000),
        ActorName = actor.Current.ShownName,
        ActorUserName = actor.Current.Name,
        Document = doc,
        DivisionCode = c.DivisionCode,
    });

    public static ClueView View(Clue c, DateOnly today) => new(c.Id, c.Number, c.Source, CaseNames.Of(c.Source), c.SourceNumber, c.Uscc, c.PartyName, c.Facts,
        c.ReceivedOn, c.OrgUnitName, c.Status, CaseNames.Of(c.Status), c.OpenBy, c.Extended, c.Pauses.IsPaused(), c.DecidedOn, c.DecidedBy,
        c.DeclineGround is { } g ? $"{CaseNames.Of(g)}。{c.DeclineReason}" : null, c.CaseId,
        c.Status == ClueStatus.Verifying && c.OpenBy is { } by ? by.DayNumber - today.DayNumber : null);
}
