using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Domain.Risk;

namespace Zhijian.Credit.Features.Risk;

/// <summary>Table names as the module's conventions map them (schema "credit" on PostgreSQL, prefix "credit_" on SQLite).</summary>
internal static class RiskSql
{
    public static string Table<T>(DbContext db)
    {
        var e = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name);
        return e.GetSchema() is { } schema ? $"\"{schema}\".\"{e.GetTableName()}\"" : $"\"{e.GetTableName()}\"";
    }
}

/// <summary>
/// The full recompute's write side: results go to a temporary staging table inside one transaction on the context's
/// connection, then two set-based statements merge them — a RiskHistory row for every class that is new or changed,
/// and an upsert of RiskAssessments that touches only rows whose result changed (a re-run writes nothing). Commits
/// once: a failure leaves the previous classes as they were.
/// </summary>
internal abstract class RiskStage : IAsyncDisposable
{
    protected const string Stage = "zj_risk_stage";

    protected RiskStage(CreditDbContext db)
    {
        Db = db;
        Connection = db.Database.GetDbConnection();
    }

    protected CreditDbContext Db { get; }

    protected DbConnection Connection { get; }

    protected DbTransaction? Transaction { get; set; }

    public static async Task<RiskStage> StartAsync(CreditDbContext db, CancellationToken ct)
    {
        RiskStage stage = Platform.Storage.ModuleModel.IsSqlite(db.Database) ? new SqliteRiskStage(db) : new PostgresRiskStage(db);
        await db.Database.OpenConnectionAsync(ct);
        await stage.CreateAsync(ct);
        return stage;
    }

    protected abstract Task CreateAsync(CancellationToken ct);

    public abstract Task AddAsync(string uscc, string name, string division, RiskResult result, string factors, CancellationToken ct);

    /// <summary>The provider's value of an instant (SQLite stores sortable 64-bit numbers, see ModuleModel).</summary>
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

    /// <summary>Merges the staged results; returns (entities classified for the first time, entities whose class changed).</summary>
    public async Task<(int Classified, int Changed)> MergeAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await EndStagingAsync(ct);
        var risk = RiskSql.Table<RiskAssessment>(Db);
        var history = RiskSql.Table<RiskHistory>(Db);
        var classified = await ExecuteAsync($"""
            INSERT INTO {history} ("Uscc", "DivisionCode", "Class", "PreviousClass", "Score", "ModelVersion", "On")
            SELECT s."Uscc", s."DivisionCode", s."Class", NULL, s."Score", s."ModelVersion", @today
            FROM {Stage} s WHERE NOT EXISTS (SELECT 1 FROM {risk} r WHERE r."Uscc" = s."Uscc")
            """, ct, ("today", today));
        var changed = await ExecuteAsync($"""
            INSERT INTO {history} ("Uscc", "DivisionCode", "Class", "PreviousClass", "Score", "ModelVersion", "On")
            SELECT s."Uscc", s."DivisionCode", s."Class", r."Class", s."Score", s."ModelVersion", @today
            FROM {Stage} s JOIN {risk} r ON r."Uscc" = s."Uscc" WHERE r."Class" <> s."Class"
            """, ct, ("today", today));
        await ExecuteAsync($"""
            INSERT INTO {risk} AS t ("Uscc", "EntityName", "DivisionCode", "Class", "Score", "ModelVersion", "Factors", "PreviousClass", "ClassChangedOn", "ComputedAt")
            SELECT s."Uscc", s."EntityName", s."DivisionCode", s."Class", s."Score", s."ModelVersion", s."Factors", NULL, @today, @now FROM {Stage} s WHERE true
            ON CONFLICT ("Uscc") DO UPDATE SET
              "PreviousClass" = CASE WHEN t."Class" <> excluded."Class" THEN t."Class" ELSE t."PreviousClass" END,
              "ClassChangedOn" = CASE WHEN t."Class" <> excluded."Class" THEN excluded."ClassChangedOn" ELSE t."ClassChangedOn" END,
              "EntityName" = excluded."EntityName", "DivisionCode" = excluded."DivisionCode", "Class" = excluded."Class",
              "Score" = excluded."Score", "ModelVersion" = excluded."ModelVersion", "Factors" = excluded."Factors", "ComputedAt" = excluded."ComputedAt"
            WHERE t."Class" <> excluded."Class" OR t."Score" <> excluded."Score" OR t."Factors" <> excluded."Factors"
              OR t."ModelVersion" <> excluded."ModelVersion" OR t."EntityName" <> excluded."EntityName" OR t."DivisionCode" <> excluded."DivisionCode"
            """, ct, ("today", today), ("now", Instant(now)));
        await Transaction!.CommitAsync(ct);
        await Transaction.DisposeAsync();
        Transaction = null;
        return (classified, changed);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await Transaction.DisposeAsync();
        await Db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }
}

internal sealed class PostgresRiskStage(CreditDbContext db) : RiskStage(db)
{
    private NpgsqlBinaryImporter? _copy;

    protected override async Task CreateAsync(CancellationToken ct)
    {
        Transaction = await Connection.BeginTransactionAsync(ct);
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Stage} ("Uscc" varchar(18) PRIMARY KEY, "EntityName" varchar(200) NOT NULL, "DivisionCode" varchar(12) NOT NULL,
              "Class" integer NOT NULL, "Score" numeric(9,2) NOT NULL, "ModelVersion" varchar(40) NOT NULL, "Factors" varchar(4000) NOT NULL) ON COMMIT DROP
            """, ct);
        _copy = await ((NpgsqlConnection)Connection).BeginBinaryImportAsync(
            $"COPY {Stage} (\"Uscc\", \"EntityName\", \"DivisionCode\", \"Class\", \"Score\", \"ModelVersion\", \"Factors\") FROM STDIN (FORMAT BINARY)", ct);
    }

    public override async Task AddAsync(string uscc, string name, string division, RiskResult result, string factors, CancellationToken ct)
    {
        await _copy!.StartRowAsync(ct);
        await _copy.WriteAsync(uscc, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(name, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(division, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync((int)result.Class, NpgsqlDbType.Integer, ct);
        await _copy.WriteAsync(result.Score, NpgsqlDbType.Numeric, ct);
        await _copy.WriteAsync(result.ModelVersion, NpgsqlDbType.Varchar, ct);
        await _copy.WriteAsync(factors, NpgsqlDbType.Varchar, ct);
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

internal sealed class SqliteRiskStage(CreditDbContext db) : RiskStage(db)
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();
    private SqliteCommand? _insert;

    protected override async Task CreateAsync(CancellationToken ct)
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS temp.{Stage}", ct);
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Stage} ("Uscc" TEXT PRIMARY KEY, "EntityName" TEXT NOT NULL, "DivisionCode" TEXT NOT NULL,
              "Class" INTEGER NOT NULL, "Score" TEXT NOT NULL, "ModelVersion" TEXT NOT NULL, "Factors" TEXT NOT NULL)
            """, ct);
        // Deferred: the staging writes touch only the temp database, so other writers are not held up until the merge.
        Transaction = ((SqliteConnection)Connection).BeginTransaction(deferred: true);
        _insert = ((SqliteConnection)Connection).CreateCommand();
        _insert.Transaction = (SqliteTransaction)Transaction;
        _insert.CommandText = $"INSERT INTO {Stage} VALUES (@u, @n, @d, @c, @s, @v, @f)";
        foreach (var p in new[] { "@u", "@n", "@d", "@c", "@s", "@v", "@f" }) _insert.Parameters.Add(new SqliteParameter(p, null));
        _insert.Prepare();
        await Task.CompletedTask;
    }

    public override async Task AddAsync(string uscc, string name, string division, RiskResult result, string factors, CancellationToken ct)
    {
        var p = _insert!.Parameters;
        p[0].Value = uscc;
        p[1].Value = name;
        p[2].Value = division;
        p[3].Value = (int)result.Class;
        p[4].Value = result.Score; // bound as TEXT "0.0###", as EF stores decimals on SQLite
        p[5].Value = result.ModelVersion;
        p[6].Value = factors;
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
