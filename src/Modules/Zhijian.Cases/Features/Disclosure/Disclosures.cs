using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>A penalty decision was published (or published again after a change): the credit module gets the record.</summary>
[EventName("cases.penalty-published")]
internal sealed record PenaltyPublished(long CaseId, string DecisionNo) : IDomainEvent;

/// <summary>A published decision was changed or revoked and its publication withdrawn: the credit record is withdrawn too.</summary>
[EventName("cases.penalty-publication-withdrawn")]
internal sealed record PenaltyPublicationWithdrawn(long CaseId, string DecisionNo, DateOnly WithdrawnOn, string Reason) : IDomainEvent;

/// <summary>
/// 执法公示: publishes an ordinary-procedure penalty decision (summary + redacted text) with its term, withdraws it when
/// the decision is changed or revoked, ends it at term (sweeper) or early after credit repair. Publishing and
/// withdrawing add their rows, audit entries and outbox events to the caller's context: the caller saves (in the
/// transaction of its own step); the credit module gets the record from the outbox, so a credit failure retries.
/// </summary>
internal sealed class Disclosures(CasesDbContext db, IRuleBook rules, IWorkingCalendar calendar, PersonalData personalData, TimeProvider clock)
{
    public const string SourceSystem = "cases";
    public const string ReasonExpired = "公示期满";
    public const string ReasonRepaired = "信用修复，提前停止公示";

    /// <summary>
    /// The personal values of the case to remove from the published text, decrypted: a natural-person party's address,
    /// ID number and phone; for an organisation the (contact) ID number and phone — its registered address is public.
    /// </summary>
    public IReadOnlyList<string?> PersonalValues(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var values = new List<string?> { personalData.Unprotect(c.PartyIdNumber), personalData.Unprotect(c.PartyPhone) };
        if (c.PartyKind == PartyKind.NaturalPerson) values.Add(personalData.Unprotect(c.PartyAddress));
        return values;
    }

    /// <summary>
    /// 公示 the decision of <paramref name="c"/> (<paramref name="decision"/>: its issued 行政处罚决定书): only the ordinary
    /// procedure, and not a warning alone — otherwise null and nothing happens. Adds (or, for a case published before,
    /// replaces) the publication and queues <see cref="PenaltyPublished"/>; does not save. <paramref name="personal"/>:
    /// the decrypted personal values to remove besides what the patterns find (see <see cref="PersonalValues"/>).
    /// </summary>
    public async Task<Publication?> PublishAsync(Case c, CaseDocument decision, string authority, IReadOnlyList<string?> personal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(personal);
        if (!PublicationRules.IsPublished(c.Procedure, c.Penalties)) return null;
        if (decision.Kind != DocumentKind.Decision) throw new ArgumentException("公示的文书应为行政处罚决定书", nameof(decision));

        var today = clock.Today();
        var decidedOn = c.DecidedOn ?? decision.IssuedOn;
        var violation = c.ViolationCode is { } code
            ? await db.Violations.AsNoTracking().Where(v => v.Code == code).Select(v => v.Name).FirstOrDefaultAsync(ct)
            : null;
        var publication = await db.Publications.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.CaseId == c.Id, ct);
        var before = publication is null ? null : Snapshot(publication);
        if (publication is null)
        {
            publication = new Publication { CaseId = c.Id };
            db.Publications.Add(publication);
        }

        publication.DecisionNo = c.DecisionNo ?? decision.Number;
        publication.PartyName = c.PartyName;
        publication.Uscc = string.IsNullOrWhiteSpace(c.Uscc) ? null : c.Uscc.Trim().ToUpperInvariant();
        publication.ViolationType = Cut(violation ?? c.CauseOfAction, 200);
        publication.PenaltySummary = Cut(CaseNames.Penalties(c.Penalties), 500);
        publication.Authority = Cut(authority, 100);
        publication.DecidedOn = decidedOn;
        publication.Text = Redaction.Redact(decision.Html, personal);
        publication.PublishBy = PublicationRules.PublishBy(rules, calendar, decidedOn);
        publication.PublishedOn = today;
        publication.PublicUntil = PublicationRules.PublicUntil(today, c.Penalties, rules.GetDecimal("disclosure.low-fine", decidedOn),
            rules.GetInt("disclosure.period-low", decidedOn), rules.GetInt("disclosure.period-normal", decidedOn));
        publication.WithdrawnOn = null;
        publication.WithdrawnReason = null;
        publication.DivisionCode = c.DivisionCode;

        db.Audit("case.publication-published", nameof(Case), Id(c.Id), before, Snapshot(publication), c.DivisionCode);
        db.Publish(new PenaltyPublished(c.Id, publication.DecisionNo));
        return publication;
    }

    /// <summary>
    /// 撤下公示 because the decision was changed, revoked or found illegal (within 3 WD, <see cref="WithdrawDue"/>): today,
    /// with the reason; the credit record is withdrawn too (<see cref="PenaltyPublicationWithdrawn"/>). Null when the case
    /// has no publication; an already withdrawn one is returned unchanged. Does not save.
    /// </summary>
    public Task<Publication?> WithdrawAsync(long caseId, string reason, CancellationToken ct) => EndAsync(caseId, clock.Today(), reason, toCredit: true, ct);

    /// <summary>The last day to withdraw the publication of a decision changed or revoked on <paramref name="changedOn"/>.</summary>
    public DateOnly WithdrawDue(DateOnly changedOn) => calendar.Deadline(changedOn, rules.GetPeriod("disclosure.withdraw", changedOn));

    /// <summary>
    /// Ends the publication after credit repair (the credit module already ended its record): from
    /// <paramref name="endedOn"/>, and saves. False when there is nothing public to end.
    /// </summary>
    public async Task<bool> EndAfterRepairAsync(long caseId, DateOnly endedOn, CancellationToken ct)
    {
        var ended = await EndAsync(caseId, endedOn, ReasonRepaired, toCredit: false, ct);
        if (ended is null || ended.WithdrawnReason != ReasonRepaired) return false;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Ends every publication whose term has passed (withdrawn the day after <see cref="Publication.PublicUntil"/>, "公示期满"),
    /// in batches, saving each. Idempotent; the portal hides them by <see cref="Publication.IsPublicOn"/> anyway.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var ended = 0;
        while (true)
        {
            var batch = await db.Publications.IgnoreQueryFilters()
                .Where(p => p.WithdrawnOn == null && p.PublicUntil != null && p.PublicUntil < today)
                .OrderBy(p => p.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0) return ended;
            foreach (var p in batch)
            {
                var before = Snapshot(p);
                p.WithdrawnOn = p.PublicUntil!.Value.AddDays(1);
                p.WithdrawnReason = ReasonExpired;
                db.Audit("case.publication-expired", nameof(Case), Id(p.CaseId), before, Snapshot(p), p.DivisionCode);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            ended += batch.Count;
        }
    }

    private async Task<Publication?> EndAsync(long caseId, DateOnly on, string reason, bool toCredit, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var publication = await db.Publications.SingleOrDefaultAsync(p => p.CaseId == caseId, ct);
        if (publication is null || publication.WithdrawnOn is not null) return publication;
        var before = Snapshot(publication);
        publication.WithdrawnOn = on < publication.PublishedOn ? publication.PublishedOn : on;
        publication.WithdrawnReason = Cut(reason.Trim(), 500);
        db.Audit("case.publication-withdrawn", nameof(Case), Id(caseId), before, Snapshot(publication), publication.DivisionCode);
        if (toCredit) db.Publish(new PenaltyPublicationWithdrawn(caseId, publication.DecisionNo, publication.WithdrawnOn.Value, publication.WithdrawnReason));
        return publication;
    }

    private static object Snapshot(Publication p) => new
    {
        p.DecisionNo,
        p.PartyName,
        p.Uscc,
        p.ViolationType,
        p.PenaltySummary,
        p.Authority,
        p.DecidedOn,
        p.PublishBy,
        p.PublishedOn,
        p.PublicUntil,
        p.WithdrawnOn,
        p.WithdrawnReason,
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
