using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Features.Grading;

/// <summary>What a grading run did.</summary>
internal sealed record GradingSummary(string ModelVersion, int Businesses, int Graded, int Changed, IReadOnlyList<string> Sources, double Seconds);

/// <summary>
/// 风险分级全量计算. Reads once: the active businesses (inside the caller's jurisdiction), the items of their valid licences, and
/// each registered <see cref="IFoodRiskFacts"/> source (one GROUP BY each; a factor of the model without a source counts 0).
/// Scores every business in memory (<see cref="FoodRiskScorer"/>), stages only the businesses whose grade, score or model
/// version changed (PostgreSQL binary COPY / SQLite prepared inserts into a temporary table) and merges them with two
/// set-based statements — a history row each, and one UPDATE … FROM of the current grade — in one transaction. Idempotent:
/// a re-run with the same facts writes nothing.
/// </summary>
internal sealed class GradingRecompute(FoodSafetyDbContext db, GradingModels models, IEnumerable<IFoodRiskFacts> sources, TimeProvider clock,
    ILogger<GradingRecompute> log)
{
    private sealed record Row(long Id, string Uscc, FoodBusinessType Type, CanteenKind Canteen, FoodBusinessScale Scale, string DivisionCode,
        string? Grade, decimal? Score, string? Version);

    public async Task<GradingSummary> AllAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var model = await models.InForceAsync(today, ct);
        var from = today.AddMonths(-model.LookbackMonths);

        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var used = new List<string>();
        foreach (var source in sources)
        {
            if (!model.Dynamic.ContainsKey(source.Factor)) continue;
            var c = await source.CountsAsync(from, today, ct);
            counts[source.Factor] = counts.TryGetValue(source.Factor, out var earlier) ? Sum(earlier, c) : c;
            used.Add(source.Factor);
        }

        var businesses = await db.Businesses.AsNoTracking().Where(b => b.Active)
            .Select(b => new Row(b.Id, b.Uscc, b.Type, b.Canteen, b.Scale, b.DivisionCode, b.Grade, b.GradeScore, b.GradeModelVersion))
            .ToListAsync(ct);
        var items = new Dictionary<long, List<string>>();
        var hasItemRules = model.Items.Count > 0;
        if (hasItemRules)
        {
            await foreach (var l in db.Licences.AsNoTracking().Where(l => l.Status == FoodLicenceStatus.Valid).Select(l => new { l.BusinessId, l.Items }).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (l.Items.Count == 0) continue;
                if (items.TryGetValue(l.BusinessId, out var list)) list.AddRange(l.Items);
                else items[l.BusinessId] = [.. l.Items];
            }
        }

        var changed = new List<(Row Row, FoodRiskResult Result)>();
        var factorCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in businesses)
        {
            factorCounts.Clear();
            foreach (var (code, map) in counts)
            {
                if (map.TryGetValue(b.Uscc, out var n)) factorCounts[code] = n;
            }

            var result = FoodRiskScorer.Evaluate(new FoodRiskFacts(b.Type, b.Canteen, b.Scale, items.GetValueOrDefault(b.Id) ?? [], factorCounts), model);
            if (b.Grade != result.Grade || b.Score != result.Score || b.Version != result.ModelVersion) changed.Add((b, result));
        }

        var graded = 0;
        if (changed.Count > 0)
        {
            await using var stage = await GradeStage.StartAsync(db, ct);
            foreach (var (row, result) in changed)
            {
                await stage.AddAsync(row.Id, row.DivisionCode, result, row.Grade, ct);
                if (row.Grade is null) graded++;
            }

            await stage.MergeAsync(today, now, ct);
        }

        watch.Stop();
        log.LogInformation("食品风险分级全量计算：模型 {Version}，经营者 {Businesses}，首次分级 {Graded}，分值或等级变化 {Changed}，用时 {Seconds:F1} 秒",
            model.Version, businesses.Count, graded, changed.Count, watch.Elapsed.TotalSeconds);
        return new(model.Version, businesses.Count, graded, changed.Count - graded, used, Math.Round(watch.Elapsed.TotalSeconds, 2));
    }

    private static Dictionary<string, int> Sum(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var sum = new Dictionary<string, int>(a, StringComparer.Ordinal);
        foreach (var (k, v) in b) sum[k] = sum.GetValueOrDefault(k) + v;
        return sum;
    }
}

/// <summary>The grading run's write side: a temporary table filled in bulk, merged by two set-based statements, one commit.</summary>
internal abstract class GradeStage : IAsyncDisposable
{
    protected const string Stage = "zj_food_grade_stage";

    protected GradeStage(FoodSafetyDbContext db)
    {
        Db = db;
        Connection = db.Database.GetDbConnection();
    }

    protected FoodSafetyDbContext Db { get; }

    protected DbConnection Connection { get; }

    protected DbTransaction? Transaction { get; set; }

    public static async Task<GradeStage> StartAsync(FoodSafetyDbContext db, CancellationToken ct)
    {
        GradeStage stage = ModuleModel.IsSqlite(db.Database) ? new SqliteGradeStage(db) : new PostgresGradeStage(db);
        await db.Database.OpenConnectionAsync(ct);
        await stage.CreateAsync(ct);
        return stage;
    }

    public static string Table<T>(DbContext db)
    {
        var e = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name);
        return e.GetSchema() is { } schema ? $"\"{schema}\".\"{e.GetTableName()}\"" : $"\"{e.GetTableName()}\"";
    }

    protected abstract Task CreateAsync(CancellationToken ct);

    public abstract Task AddAsync(long id, string division, FoodRiskResult result, string? previous, CancellationToken ct);

    protected abstract object Instant(DateTimeOffset at);

    protected abstract Task EndStagingAsync(CancellationToken ct);

    protected async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.Transaction = Transaction;
        cmd.CommandTimeout = 600;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task MergeAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await EndStagingAsync(ct);
        var grades = Table<FoodGradeRecord>(Db);
        var businesses = Table<FoodBusiness>(Db);
        await ExecuteAsync($"""
            INSERT INTO {grades} ("BusinessId", "DivisionCode", "Grade", "PreviousGrade", "Score", "ModelVersion", "Factors", "GradedOn", "GradedAt")
            SELECT s."Id", s."DivisionCode", s."Grade", s."PreviousGrade", s."Score", s."ModelVersion", s."Factors", @today, @now FROM {Stage} s
            """, ct, ("today", today), ("now", Instant(now)));
        await ExecuteAsync($"""
            UPDATE {businesses} SET "Grade" = s."Grade", "GradeScore" = s."Score", "GradeModelVersion" = s."ModelVersion", "GradedAt" = @now
            FROM {Stage} s WHERE {businesses}."Id" = s."Id"
            """, ct, ("now", Instant(now)));
        await Transaction!.CommitAsync(ct);
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await Transaction.DisposeAsync();
        await Db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }
}

internal sealed class PostgresGradeStage(FoodSafetyDbContext db) : GradeStage(db)
{
    private NpgsqlBinaryImporter? _copy;

    protected override async Task CreateAsync(CancellationToken ct)
    {
        Transaction = await Connection.BeginTransactionAsync(ct);
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Stage} ("Id" bigint PRIMARY KEY, "DivisionCode" varchar(12) NOT NULL, "Grade" varchar(1) NOT NULL, "PreviousGrade" varchar(1),
              "Score" numeric(6,2) NOT NULL, "ModelVersion" varchar(40) NOT NULL, "Factors" varchar(4000) NOT NULL) ON COMMIT DROP
            """, ct);
        _copy = await ((NpgsqlConnection)Connection).BeginBinaryImportAsync(
            $"COPY {Stage} (\"Id\", \"DivisionCode\", \"Grade\", \"PreviousGrade\", \"Score\", \"ModelVersion\", \"Factors\") FROM STDIN (FORMAT BINARY)", ct);
    }

    public override async Task AddAsync(long id, string division, FoodRiskResult result, string? previous, CancellationToken ct)
    {
        await _copy!.StartRowAsync(ct);
        await _copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
        await _copy.WriteAsync(division, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(result.Grade, NpgsqlDbType.Varchar, ct);
        if (previous is null) await _copy.WriteNullAsync(ct);
        else await _copy.WriteAsync(previous, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(result.Score, NpgsqlDbType.Numeric, ct);
        await _copy.WriteAsync(result.ModelVersion, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(result.LinesJson(), NpgsqlDbType.Varchar, ct);
    }

    protected override object Instant(DateTimeOffset at) => at.ToUniversalTime();

    protected override async Task EndStagingAsync(CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        await ExecuteAsync($"ANALYZE {Stage}", ct);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_copy is not null) await _copy.DisposeAsync();
        await base.DisposeAsync();
    }
}

internal sealed class SqliteGradeStage(FoodSafetyDbContext db) : GradeStage(db)
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();
    private SqliteCommand? _insert;

    protected override async Task CreateAsync(CancellationToken ct)
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS temp.{Stage}", ct);
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Stage} ("Id" INTEGER PRIMARY KEY, "DivisionCode" TEXT NOT NULL, "Grade" TEXT NOT NULL, "PreviousGrade" TEXT,
              "Score" TEXT NOT NULL, "ModelVersion" TEXT NOT NULL, "Factors" TEXT NOT NULL)
            """, ct);
        Transaction = ((SqliteConnection)Connection).BeginTransaction(deferred: true);
        _insert = ((SqliteConnection)Connection).CreateCommand();
        _insert.Transaction = (SqliteTransaction)Transaction;
        _insert.CommandText = $"INSERT INTO {Stage} VALUES (@i, @d, @g, @p, @s, @v, @f)";
        foreach (var p in new[] { "@i", "@d", "@g", "@p", "@s", "@v", "@f" }) _insert.Parameters.Add(new SqliteParameter(p, null));
        _insert.Prepare();
    }

    public override async Task AddAsync(long id, string division, FoodRiskResult result, string? previous, CancellationToken ct)
    {
        var p = _insert!.Parameters;
        p[0].Value = id;
        p[1].Value = division;
        p[2].Value = result.Grade;
        p[3].Value = (object?)previous ?? DBNull.Value;
        p[4].Value = result.Score;
        p[5].Value = result.ModelVersion;
        p[6].Value = result.LinesJson();
        await _insert.ExecuteNonQueryAsync(ct);
    }

    protected override object Instant(DateTimeOffset at) => Binary.ConvertToProvider(at)!;

    protected override Task EndStagingAsync(CancellationToken ct) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        if (_insert is not null) await _insert.DisposeAsync();
        if (Transaction is not null) await Transaction.DisposeAsync();
        Transaction = null;
        await using (var drop = Connection.CreateCommand())
        {
            drop.CommandText = $"DROP TABLE IF EXISTS temp.{Stage}";
            await drop.ExecuteNonQueryAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>Monthly full grading (1st of the month, 03:10 China time; a missed run is caught up once).</summary>
internal sealed class GradingMonthlyJob : IScheduledJob
{
    public const string Key = "food.grading-monthly";

    public const string Cron = "0 10 3 1 * ?";

    public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<GradingRecompute>().AllAsync(ct);
}
