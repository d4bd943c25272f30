using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Domain.Risk;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Features.Risk;

/// <summary>What a full recompute did.</summary>
internal sealed record RecomputeSummary(string ModelVersion, int Entities, int Records, int Classified, int Changed, double Seconds);

/// <summary>
/// 风险分类计算. <see cref="AllAsync"/>: the full recompute — streams the registry (<see cref="IEntityDirectory.StreamAsync"/>,
/// USCC order) and merge-joins it with this module's records read in one ordered scan (no per-entity query), scores every
/// entity in memory and stages the results (PostgreSQL binary COPY / SQLite prepared inserts), then merges them with
/// set-based SQL: a history row per class change, an upsert of the current class. Idempotent: a second run changes
/// nothing. <see cref="OneAsync"/>: the incremental recompute of one entity when a record or listing arrives.
/// </summary>
internal sealed class RiskRecompute(CreditDbContext db, IEntityDirectory directory, RiskModelStore models, TimeProvider clock,
    ILogger<RiskRecompute> log)
{
    private static readonly JsonSerializerOptions FactorJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string FactorsJson(RiskResult r) =>
        JsonSerializer.Serialize(r.Factors.Select(f => new FactorDto(f.Name, f.Points)), FactorJson);

    public static IReadOnlyList<FactorDto> ReadFactors(string json) =>
        JsonSerializer.Deserialize<List<FactorDto>>(json, FactorJson) ?? [];

    public async Task<RecomputeSummary> AllAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var model = await models.ActiveAsync(ct);
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var listed = await db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Listed)
            .Select(l => new { l.Uscc, l.List }).ToListAsync(ct);
        var abnormal = listed.Where(l => l.List != CreditList.Serious).Select(l => l.Uscc).ToHashSet(StringComparer.Ordinal);
        var serious = listed.Where(l => l.List == CreditList.Serious).Select(l => l.Uscc).ToHashSet(StringComparer.Ordinal);

        int entities = 0, records = 0;
        await using var stage = await RiskStage.StartAsync(db, ct);
        await using (var reader = await RecordScan.OpenAsync(db, today.AddYears(-model.MaxYears), ct))
        {
            var buffer = new List<RiskRecord>();
            await foreach (var e in directory.StreamAsync(ct))
            {
                buffer.Clear();
                await reader.CollectAsync(e.Uscc, buffer, ct);
                records += buffer.Count;
                var facts = RiskFacts.Of(e, buffer, abnormal.Contains(e.Uscc), serious.Contains(e.Uscc), today);
                var result = RiskScorer.Evaluate(facts, model);
                await stage.AddAsync(e.Uscc, e.Name, e.DivisionCode, result, FactorsJson(result), ct);
                entities++;
            }
        }

        var (classified, changed) = await stage.MergeAsync(today, now, ct);
        watch.Stop();
        log.LogInformation("风险分类全量计算：模型 {Version}，主体 {Entities}，记录 {Records}，新分类 {Classified}，类别变化 {Changed}，用时 {Seconds:F1} 秒",
            model.Version, entities, records, classified, changed, watch.Elapsed.TotalSeconds);
        return new RecomputeSummary(model.Version, entities, records, classified, changed, Math.Round(watch.Elapsed.TotalSeconds, 2));
    }

    /// <summary>
    /// Recomputes one entity; publishes <see cref="RiskClassChanged"/> when its class changed. Null when the registry does not know it.
    /// Two recomputes of an entity without a class may race to insert its first row (a listing's event handler and a direct call):
    /// the loser's unique-key violation is retried once on a clean context, where it finds the winner's row and updates it.
    /// </summary>
    public async Task<RiskResult?> OneAsync(string uscc, CancellationToken ct)
    {
        try
        {
            return await OnceAsync(uscc, ct);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<RiskAssessment>().Any(e => e.State == EntityState.Added))
        {
            db.ChangeTracker.Clear();
            return await OnceAsync(uscc, ct);
        }
    }

    private async Task<RiskResult?> OnceAsync(string uscc, CancellationToken ct)
    {
        var e = await directory.FindAsync(uscc, ct);
        if (e is null) return null;
        var model = await models.ActiveAsync(ct);
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var from = today.AddYears(-model.MaxYears);
        var records = await db.Records.AsNoTracking().IgnoreQueryFilters()
            .Where(r => r.Uscc == e.Uscc && r.WithdrawnOn == null && r.DecidedOn > from && (r.Review == RecordReview.None || r.Review == RecordReview.Approved))
            .Select(r => new RiskRecord(r.Kind, r.Field, r.DecidedOn, r.Amount, r.Severe, r.IsPublic))
            .ToListAsync(ct);
        var lists = await db.Listings.AsNoTracking().IgnoreQueryFilters()
            .Where(l => l.Uscc == e.Uscc && l.Status == ListingStatus.Listed).Select(l => l.List).ToListAsync(ct);
        var result = RiskScorer.Evaluate(
            RiskFacts.Of(e, records, lists.Any(l => l != CreditList.Serious), lists.Contains(CreditList.Serious), today), model);

        var current = await db.Risks.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Uscc == e.Uscc, ct);
        var from0 = current?.Class;
        if (current is null)
        {
            current = new RiskAssessment { Uscc = e.Uscc, ClassChangedOn = today };
            db.Risks.Add(current);
        }
        else if (current.Class != result.Class)
        {
            current.PreviousClass = current.Class;
            current.ClassChangedOn = today;
        }

        current.EntityName = e.Name;
        current.DivisionCode = e.DivisionCode;
        current.Class = result.Class;
        current.Score = result.Score;
        current.ModelVersion = result.ModelVersion;
        current.Factors = FactorsJson(result);
        current.ComputedAt = now;
        if (from0 != result.Class)
        {
            db.RiskHistory.Add(new RiskHistory
            {
                Uscc = e.Uscc,
                DivisionCode = e.DivisionCode,
                Class = result.Class,
                PreviousClass = from0,
                Score = result.Score,
                ModelVersion = result.ModelVersion,
                On = today,
            });
            db.Publish(new RiskClassChanged(e.Uscc, from0, result.Class, result.ModelVersion));
        }

        await db.SaveChangesAsync(ct);
        return result;
    }
}

/// <summary>A factor as the API shows it.</summary>
internal sealed record FactorDto(string Name, decimal Points);

/// <summary>
/// The module's credit records in USCC order, on a connection of its own (the context's connection is busy staging),
/// consumed by a merge-join with the registry stream.
/// </summary>
internal sealed class RecordScan : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private bool _has;

    private RecordScan(DbConnection connection, DbCommand command, DbDataReader reader)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
    }

    public static async Task<RecordScan> OpenAsync(CreditDbContext db, DateOnly after, CancellationToken ct)
    {
        var sqlite = Platform.Storage.ModuleModel.IsSqlite(db.Database);
        var cs = db.Database.GetConnectionString();
        DbConnection connection = sqlite ? new Microsoft.Data.Sqlite.SqliteConnection(cs) : new Npgsql.NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "Uscc", "Kind", "Field", "DecidedOn", "Amount", "Severe", "IsPublic" FROM {RiskSql.Table<CreditRecord>(db)}
            WHERE "WithdrawnOn" IS NULL AND "DecidedOn" > @after AND "Review" IN (0, 2) ORDER BY "Uscc"
            """;
        var p = command.CreateParameter();
        p.ParameterName = "after";
        p.Value = after;
        command.Parameters.Add(p);
        var reader = await command.ExecuteReaderAsync(ct);
        var scan = new RecordScan(connection, command, reader);
        scan._has = await reader.ReadAsync(ct);
        return scan;
    }

    /// <summary>Adds the records of <paramref name="uscc"/> (skipping codes before it: records of entities out of the stream).</summary>
    public async Task CollectAsync(string uscc, List<RiskRecord> into, CancellationToken ct)
    {
        while (_has)
        {
            var c = string.CompareOrdinal(_reader.GetString(0), uscc);
            if (c > 0) return;
            if (c == 0)
            {
                into.Add(new RiskRecord((CreditRecordKind)_reader.GetInt32(1), (CreditField)_reader.GetInt32(2),
                    _reader.GetFieldValue<DateOnly>(3), _reader.IsDBNull(4) ? null : _reader.GetDecimal(4), _reader.GetBoolean(5), _reader.GetBoolean(6)));
            }

            _has = await _reader.ReadAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _command.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
