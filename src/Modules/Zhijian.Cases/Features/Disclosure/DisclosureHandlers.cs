using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>
/// 推送信用: a published (or withdrawn) penalty goes to the credit module as its record ("cases", case id), built from the
/// publication as it is now, so a retry or a late delivery sends the current state and credit answers "unchanged" to a
/// repeat. A party without a USCC (natural person) has no credit record. Runs in the outbox as the system actor.
/// </summary>
internal sealed class PenaltyCreditHandler(CasesDbContext db, ICreditIntake credit, ILogger<PenaltyCreditHandler> log)
    : IEventHandler<PenaltyPublished>, IEventHandler<PenaltyPublicationWithdrawn>
{
    public Task HandleAsync(PenaltyPublished e, EventContext context, CancellationToken ct) => SendAsync(e.CaseId, ct);

    public Task HandleAsync(PenaltyPublicationWithdrawn e, EventContext context, CancellationToken ct) => SendAsync(e.CaseId, ct);

    private async Task SendAsync(long caseId, CancellationToken ct)
    {
        var p = await db.Publications.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == caseId, ct);
        if (p is null || string.IsNullOrEmpty(p.Uscc)) return;
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == caseId)
            .Select(x => new { x.Penalties, x.Field }).SingleAsync(ct);
        // 《行政处罚信息公示规定》: a withdrawal for a changed/revoked decision withdraws the record; an end at term or after
        // repair does not (credit counts the term itself and ended it on repair).
        var withdrawn = p.WithdrawnReason is Disclosures.ReasonExpired or Disclosures.ReasonRepaired ? null : p.WithdrawnOn;
        var fine = c.Penalties.Where(x => x.Kind == Contracts.PenaltyKind.Fine).Sum(x => x.Amount ?? 0);
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(p.Uscc, CreditRecordKind.Penalty, Disclosures.SourceSystem,
            caseId.ToString(CultureInfo.InvariantCulture), p.Authority, p.ViolationType, p.DecidedOn, PublicationRules.Summary(p), p.DecisionNo,
            PublicationRules.FieldOf(c.Field), fine > 0 ? fine : null, PublicationRules.KindsText(c.Penalties), PublicationRules.IsSevere(c.Penalties),
            p.PublicUntil, withdrawn), ct);
        if (outcome.Outcome == CreditIntakeOutcome.Invalid)
            log.LogWarning("Penalty credit record for case {CaseId} refused: {Error}", caseId, outcome.Error);
    }
}

/// <summary>信用修复完成 in the credit module: the case's publication ends early too ("信用修复，提前停止公示").</summary>
internal sealed class PenaltyDisclosureEndedHandler(Disclosures disclosures) : IEventHandler<PenaltyDisclosureEnded>
{
    public async Task HandleAsync(PenaltyDisclosureEnded e, EventContext context, CancellationToken ct)
    {
        if (e.SourceSystem != Disclosures.SourceSystem || !long.TryParse(e.SourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)) return;
        await disclosures.EndAfterRepairAsync(caseId, e.EndedOn, ct);
    }
}

/// <summary>Hourly on the injected clock, as the system: ends publications whose term has passed.</summary>
internal sealed class DisclosureSweeper : IScheduledJob
{
    public const string Key = "cases.disclosure-sweep";

    public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) => RunOnceAsync(services, ct);

    /// <summary>One pass in a system scope (tests call it directly).</summary>
    public static async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        return await services.GetRequiredService<Disclosures>().SweepAsync(ct);
    }
}
