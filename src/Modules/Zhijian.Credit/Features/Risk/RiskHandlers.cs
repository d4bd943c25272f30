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
using Zhijian.Platform.Jobs;

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
/// Nightly full recompute (02:30 Asia/Shanghai), a scheduled job (<see cref="IScheduledJob"/>): one node of the cluster
/// runs each night, a missed night is caught up once. Idempotent: a re-run writes only what changed.
/// </summary>
internal sealed class RiskNightlyJob : IScheduledJob
{
    public const string Key = "credit.risk-nightly";

    /// <summary>Quartz cron in China time: 02:30 every day.</summary>
    public const string Cron = "0 30 2 * * ?";

    public static readonly TimeOnly At = new(2, 30);

    /// <summary>The next run after <paramref name="now"/> (China time), by the job's cron schedule.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(JobSchedule.CronChina(Cron).NextAfter(now)!.Value, ChinaTime.Zone);

    public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<RiskRecompute>().AllAsync(ct);
}

/// <summary>Seeds the default risk model at start-up (what the nightly loop did before its first night).</summary>
internal sealed class RiskModelSeed(IServiceScopeFactory scopes, ILogger<RiskModelSeed> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            await scope.ServiceProvider.GetRequiredService<RiskModelStore>().EnsureDefaultAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            log.LogError(e, "默认风险分类模型初始化失败");
        }
    }
}

/// <summary><see cref="ICreditQueries"/>: what other modules may ask.</summary>
internal sealed class RiskQueries(CreditDbContext db) : ICreditQueries
{
    // SELECT Uscc, COUNT(*) FROM Records WHERE Kind = 2 AND DecidedOn BETWEEN @from AND @to AND WithdrawnOn IS NULL [AND Field = @f] GROUP BY Uscc
    public async Task<IReadOnlyDictionary<string, int>> PenaltyCountsAsync(DateOnly from, DateOnly to, CreditField? field, CancellationToken ct)
    {
        var q = db.Records.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Kind == CreditRecordKind.Penalty && r.DecidedOn >= from && r.DecidedOn <= to && r.WithdrawnOn == null);
        if (field is { } f) q = q.Where(r => r.Field == f);
        return await q.GroupBy(r => r.Uscc).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, StringComparer.Ordinal, ct);
    }

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
