using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Exchange;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>Why a step is refused: the field and the Chinese message (what a slice's pure validation returns).</summary>
internal readonly record struct FieldError(string Field, string Message);

/// <summary>What a step records: its text, whether the complainant sees it, and the notice sent to them (if any).</summary>
internal readonly record struct StepOutcome(string Text, bool Public, string? NotifyPerson = null);

/// <summary>
/// What every 办理 step shares: the role check, loading the filing inside the caller's jurisdiction, the state check
/// (closed filings), the 24-hour first response stamp, the deadlines, the step record, the status report to the
/// originating platform (12345), the notice to the complainant and the audit entry — in one save. Two handlers acting
/// at once: the second gets 409 (optimistic concurrency on the filing).
/// </summary>
internal sealed class FilingActions(
    ComplaintsDbContext db,
    ActorContext actor,
    IWorkingCalendar calendar,
    IRuleBook rules,
    FilingQueries queries,
    TimeProvider clock)
{
    public const string HandlersOnly = "只有投诉举报承办人员和科室负责人可以办理";

    public Actor Actor => actor.Current;

    public DateOnly Today() => clock.Today();

    public DateTimeOffset Now() => clock.GetUtcNow();

    public static string NotFound(long id) => $"诉求 {id} 不存在或不在您的管辖范围内";

    /// <summary>
    /// Forgets what the context tracks, so a step starts from the database's current state: a console circuit keeps one
    /// context for its whole life, and a refused or conflicting earlier step must not ride along with the next save.
    /// </summary>
    public void StartFresh() => db.ChangeTracker.Clear();

    /// <summary>The filing, read only, inside the caller's jurisdiction (null: not there or not ours).</summary>
    public Task<Filing?> FindAsync(long id, CancellationToken ct) => db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);

    /// <summary>The filing as staff see it after an action (the detail view, with the actions now open).</summary>
    public async Task<Result<FilingDetail>> DetailAsync(long id, CancellationToken ct) => (await queries.DetailAsync(id, ct, afterAction: true))!;

    /// <summary>Closes the filing with its outcome (closing time and the closed event are set when the step is saved).</summary>
    public static void Close(Filing f, FilingStatus status, string outcome)
    {
        f.Status = status;
        f.Outcome = outcome;
    }

    /// <summary>
    /// Loads the filing (inside the caller's jurisdiction), checks it with the slice's <paramref name="validate"/> (pure),
    /// applies the step, records it and saves once.
    /// </summary>
    public async Task<Result<FilingDetail>> RunAsync(long id, string action, Func<Filing, FieldError?> validate, Func<Filing, StepOutcome> apply,
        CancellationToken ct, bool closedOk = false, bool statusReport = true)
    {
        if (!ComplaintAccess.CanHandle(actor.Current)) return Result<FilingDetail>.Forbidden(HandlersOnly);
        StartFresh();
        var f = await db.Filings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Result<FilingDetail>.NotFound(NotFound(id));
        if (f.IsClosed && !closedOk) return Result<FilingDetail>.Unprocessable($"诉求 {FilingClock.Number(f)} 已办结（{FilingClock.StatusName(f.Status)}），不能再办理");
        if (validate(f) is { } error) return Result<FilingDetail>.Invalid(error.Field, error.Message);
        var statusBefore = f.Status;
        var before = new { f.Status, f.OrgUnitName, f.DueOn, f.HandlerUserName };
        var outcome = apply(f);

        var now = clock.GetUtcNow();
        f.FirstRespondedAt ??= action is "assign" or "note" ? null : now;
        f.HandlerUserName ??= actor.Current.Name;
        f.HandlerName ??= actor.Current.ShownName;
        if (f.IsClosed)
        {
            f.ClosedAt = now;
            f.ClosedOn = now.ToChinaDate();
            db.Publish(new FilingClosed(f.Id, f.Kind, f.Status, f.Uscc, f.ClosedOn.Value, f.DivisionCode));
        }

        FilingDeadlines.Apply(f, rules, calendar);
        f.Version++;
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = now,
            Action = action,
            Text = outcome.Text,
            ActorName = actor.Current.Name,
            Status = f.Status,
            Public = outcome.Public,
            DivisionCode = f.DivisionCode,
        });
        if (statusReport && f.SourceSystem is not null && (f.Status != statusBefore || outcome.Public))
            db.Publish(FilingEvents.StatusChanged(f, outcome.Text, now));
        if (outcome.NotifyPerson is not null && f.PersonPhone is not null)
            db.Publish(new PartyNotice(f.Id, FilingClock.Number(f), f.PersonPhone, outcome.NotifyPerson));
        db.Audit("complaints." + action, nameof(Filing), FilingClock.Number(f), before, new { f.Status, f.OrgUnitName, f.DueOn, f.HandlerUserName }, f.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<FilingDetail>.Conflict("version", $"诉求 {FilingClock.Number(f)} 刚被他人办理，请刷新后再试");
        }

        return await DetailAsync(id, ct);
    }
}
