using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;

namespace Zhijian.Credit.Features.Risk;

/// <summary>Incremental recompute: a record accepted or a listing changed reclassifies that one entity.</summary>
internal sealed class RiskOnCreditEvents(RiskRecompute recompute) : IEventHandler<CreditRecordAccepted>, IEventHandler<ListingChanged>
{
    public Task HandleAsync(CreditRecordAccepted domainEvent, EventContext context, CancellationToken ct) =>
        recompute.OneAsync(domainEvent.Uscc, ct);

    public Task HandleAsync(ListingChanged domainEvent, EventContext context, CancellationToken ct) =>
        recompute.OneAsync(domainEvent.Uscc, ct);
}

/// <summary>
/// Nightly full recompute (02:30 Asia/Shanghai) on the injected <see cref="TimeProvider"/>; seeds the default model at
/// start-up. Idempotent: a re-run writes only what changed. One node at a time is the deployment's job-lease concern
/// (ARCHITECTURE.md, Scale path); two overlapping runs would still converge on the same rows.
/// </summary>
internal sealed class RiskNightlyJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RiskNightlyJob> log) : BackgroundService
{
    public static readonly TimeOnly At = new(2, 30);

    /// <summary>The next run after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ChinaTime.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var next = new DateTimeOffset(day.ToDateTime(At), local.Offset);
        return next > now ? next : next.AddDays(1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
                await scope.ServiceProvider.GetRequiredService<RiskModelStore>().EnsureDefaultAsync(stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                await Task.Delay(NextRun(now) - now, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<RiskRecompute>().AllAsync(stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
                {
                    log.LogError(e, "风险分类夜间全量计算失败，明晚重试");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}

/// <summary><see cref="ICreditQueries"/>: what other modules may ask.</summary>
internal sealed class RiskQueries(CreditDbContext db) : ICreditQueries
{
    public async Task<RiskClass?> RiskClassAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        return await db.Risks.AsNoTracking().Where(r => r.Uscc == code).Select(r => (RiskClass?)r.Class).FirstOrDefaultAsync(ct);
    }

    public async Task<(bool Abnormal, bool Serious)> ListedAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        var lists = await db.Listings.AsNoTracking().Where(l => l.Uscc == code && l.Status == ListingStatus.Listed)
            .Select(l => l.List).Distinct().ToListAsync(ct);
        return (lists.Any(l => l is CreditList.Abnormal or CreditList.AbnormalMark), lists.Contains(CreditList.Serious));
    }

    /// <summary>
    /// Ordinal USCC order on both databases: SQLite's default BINARY collation is memcmp; PostgreSQL sorts under "C" (memcmp,
    /// and its fastest sort) whatever the database's default collation, which may be linguistic (see EntityLibrary in the
    /// registry). Inside the caller's jurisdiction (the query filter).
    /// </summary>
    public async IAsyncEnumerable<EntityRiskClass> RiskClassesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var q = db.Risks.AsNoTracking();
        q = Platform.Storage.ModuleModel.IsSqlite(db.Database) ? q.OrderBy(r => r.Uscc) : q.OrderBy(r => EF.Functions.Collate(r.Uscc, "C"));
        await foreach (var risk in q.Select(r => new EntityRiskClass(r.Uscc, r.Class)).AsAsyncEnumerable().WithCancellation(ct))
            yield return risk;
    }
}
