using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    /// Every class in ordinal USCC order, inside the caller's jurisdiction. Raw SQL on the context's connection (a hot path: a
    /// draw stratifies up to the whole registry), so the jurisdiction the query filter would apply is written here: the
    /// division code starts with a covered prefix (<see cref="Platform.Storage.ModuleDbContext.Scope"/>). Ordinal on both
    /// databases: SQLite walks <see cref="CreditDbContext.RiskClassesIndex"/> (BINARY = memcmp, no sort, no table read);
    /// PostgreSQL sorts under "C" (memcmp), whatever the database's default collation (a linguistic one orders some letter
    /// pairs differently, see the registry's EntityLibrary).
    /// </summary>
    public async IAsyncEnumerable<EntityRiskClass> RiskClassesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sqlite = Platform.Storage.ModuleModel.IsSqlite(db.Database);
        var type = db.Model.FindEntityType(typeof(Domain.RiskAssessment))!;
        var table = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            cmd.CommandTimeout = 300;
            var sql = new System.Text.StringBuilder("SELECT r.\"Uscc\", r.\"Class\" FROM ").Append(table)
                .Append(sqlite ? $" AS r INDEXED BY \"{CreditDbContext.RiskClassesIndex}\"" : " r");
            var scope = db.Scope;
            if (!scope.Unrestricted)
            {
                var prefixes = scope.Prefixes.Distinct(StringComparer.Ordinal).ToList();
                sql.Append(" WHERE ").Append(prefixes.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", prefixes.Select((_, i) => $"r.\"DivisionCode\" LIKE @j{i}")) + ")");
                for (var i = 0; i < prefixes.Count; i++)
                {
                    var p = cmd.CreateParameter();
                    p.ParameterName = $"@j{i}";
                    p.Value = prefixes[i] + "%"; // digits: nothing to escape
                    cmd.Parameters.Add(p);
                }
            }

            cmd.CommandText = sql.Append(sqlite ? " ORDER BY r.\"Uscc\"" : " ORDER BY r.\"Uscc\" COLLATE \"C\"").ToString();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                yield return new EntityRiskClass(reader.GetString(0), (RiskClass)reader.GetInt32(1));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
