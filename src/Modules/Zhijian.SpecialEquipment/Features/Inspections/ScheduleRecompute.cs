using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>What a bulk recompute did.</summary>
internal sealed record RecomputeReport(int Equipment, int Changed, int Overdue, long Milliseconds);

/// <summary>
/// 检验计划批量重算 (after a rule version change; nightly for the warning states): set-based. Equipment is read in id ranges
/// of <see cref="Batch"/> with the inspections of the same range (one query each, same connection), the engine runs in
/// memory, the results go to a temporary staging table (PostgreSQL binary COPY; SQLite prepared inserts) and one upsert
/// writes only the schedules that changed. One transaction: a failure leaves every schedule as it was.
/// </summary>
internal sealed class ScheduleRecompute(EquipmentDbContext db, ScheduleRules rules, TimeProvider clock)
{
    public const int Batch = 20_000;
    private const string Stage = "zj_sequip_schedule_stage";

    private sealed record Row(long Id, string DivisionCode, EquipmentCategory Category, string Variety, DateOnly? SupervisionMonth, DateOnly? FirstUseOn,
        DateOnly? MadeOn, int? SafetyGrade, string? GasKind, EquipmentStatus Status);

    private sealed record Past(long EquipmentId, DateOnly On, InspectionKind Kind, bool Passed, DateOnly? BodyNextDue, bool MajorRepair, MismatchState Mismatch,
        string Conclusion, string BodyName);

    public async Task<RecomputeReport> RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var today = clock.Today();
        var lookup = rules.Lookup();
        var warn = rules.WarnDays(today);
        var stamp = rules.Stamp();
        var now = clock.GetUtcNow();
        var sqlite = ModuleModel.IsSqlite(db.Database);
        var (total, overdue) = (0, 0);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var conn = db.Database.GetDbConnection();
            var dbtx = tx.GetDbTransaction();
            await Exec(conn, dbtx, sqlite ? $"DROP TABLE IF EXISTS temp.{Stage}" : $"DROP TABLE IF EXISTS {Stage}", ct);
            await Exec(conn, dbtx, sqlite
                ? $"""CREATE TEMP TABLE {Stage} ("EquipmentId" INTEGER PRIMARY KEY, "DivisionCode" TEXT NOT NULL, "Category" INTEGER NOT NULL, "InUse" INTEGER NOT NULL, "NextDue" TEXT NULL, "NextKind" TEXT NULL, "NextPeriodic" TEXT NULL, "Warning" INTEGER NOT NULL, "Note" TEXT NULL, "LastInspectedOn" TEXT NULL, "LastConclusion" TEXT NULL, "LastBody" TEXT NULL)"""
                : $"""CREATE TEMP TABLE {Stage} ("EquipmentId" bigint PRIMARY KEY, "DivisionCode" varchar(12) NOT NULL, "Category" integer NOT NULL, "InUse" boolean NOT NULL, "NextDue" date NULL, "NextKind" varchar(24) NULL, "NextPeriodic" date NULL, "Warning" integer NOT NULL, "Note" varchar(200) NULL, "LastInspectedOn" date NULL, "LastConclusion" varchar(20) NULL, "LastBody" varchar(200) NULL) ON COMMIT DROP""", ct);
            var last = 0L;
            while (true)
            {
                var from = last;
                var equipment = await db.Equipment.AsNoTracking().IgnoreQueryFilters().Where(e => e.Id > from).OrderBy(e => e.Id).Take(Batch)
                    .Select(e => new Row(e.Id, e.DivisionCode, e.Category, e.Variety, e.SupervisionMonth, e.FirstUseOn, e.MadeOn, e.SafetyGrade, e.GasKind, e.Status))
                    .ToListAsync(ct);
                if (equipment.Count == 0) break;
                var to = equipment[^1].Id;
                var history = (await db.Inspections.AsNoTracking().IgnoreQueryFilters().Where(i => i.EquipmentId > from && i.EquipmentId <= to)
                    .Select(i => new Past(i.EquipmentId, i.InspectedOn, i.Kind, i.Passed, i.BodyNextDue, i.MajorRepair, i.Mismatch, i.Conclusion, i.BodyName))
                    .ToListAsync(ct)).ToLookup(p => p.EquipmentId);
                var staged = new List<object?[]>(equipment.Count);
                foreach (var e in equipment)
                {
                    var past = history[e.Id].OrderBy(p => p.On).ToList();
                    var facts = new ScheduleFacts(e.Category, e.Variety, e.SupervisionMonth, e.FirstUseOn, e.MadeOn, e.SafetyGrade, e.GasKind, e.Status);
                    var c = ScheduleRules.Compute(facts, [.. past.Select(p => new InspectionFact(p.On, p.Kind, p.Passed, p.BodyNextDue, p.MajorRepair, p.Mismatch == MismatchState.AcceptedBody))],
                        lookup, today, warn);
                    var lastDone = past.LastOrDefault(p => p.Kind != InspectionKind.PressureTest);
                    if (c.Warning == DueWarning.Overdue) overdue++;
                    staged.Add([e.Id, e.DivisionCode, (int)e.Category, e.Status == EquipmentStatus.InUse, c.NextDue, c.NextKind, c.NextPeriodic, (int)c.Warning, c.Note,
                        lastDone?.On, lastDone?.Conclusion, lastDone?.BodyName]);
                }

                total += equipment.Count;
                if (sqlite) await StageSqliteAsync((SqliteConnection)conn, (SqliteTransaction)dbtx, staged, ct);
                else await StagePostgresAsync((NpgsqlConnection)conn, staged, ct);
                last = to;
                if (equipment.Count < Batch) break;
            }

            var table = Table<EquipmentSchedule>();
            object at = sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)! : now.ToUniversalTime();
            if (!sqlite) await Exec(conn, dbtx, $"ANALYZE {Stage}", ct);
            var merge = $"""
                INSERT INTO {table} AS t ("EquipmentId", "DivisionCode", "Category", "InUse", "NextDue", "NextKind", "NextPeriodic", "Warning", "Note",
                  "LastInspectedOn", "LastConclusion", "LastBody", "RulesStamp", "ComputedAt")
                SELECT s."EquipmentId", s."DivisionCode", s."Category", s."InUse", s."NextDue", s."NextKind", s."NextPeriodic", s."Warning", s."Note",
                  s."LastInspectedOn", s."LastConclusion", s."LastBody", @stamp, @at FROM {Stage} s WHERE true
                ON CONFLICT ("EquipmentId") DO UPDATE SET "DivisionCode" = excluded."DivisionCode", "Category" = excluded."Category", "InUse" = excluded."InUse",
                  "NextDue" = excluded."NextDue", "NextKind" = excluded."NextKind", "NextPeriodic" = excluded."NextPeriodic", "Warning" = excluded."Warning",
                  "Note" = excluded."Note", "LastInspectedOn" = excluded."LastInspectedOn", "LastConclusion" = excluded."LastConclusion", "LastBody" = excluded."LastBody",
                  "RulesStamp" = excluded."RulesStamp", "ComputedAt" = excluded."ComputedAt"
                WHERE t."NextDue" IS DISTINCT FROM excluded."NextDue" OR t."NextKind" IS DISTINCT FROM excluded."NextKind"
                  OR t."NextPeriodic" IS DISTINCT FROM excluded."NextPeriodic" OR t."Warning" <> excluded."Warning" OR t."InUse" <> excluded."InUse"
                  OR t."Note" IS DISTINCT FROM excluded."Note" OR t."RulesStamp" <> excluded."RulesStamp" OR t."DivisionCode" <> excluded."DivisionCode"
                  OR t."LastInspectedOn" IS DISTINCT FROM excluded."LastInspectedOn" OR t."LastConclusion" IS DISTINCT FROM excluded."LastConclusion"
                """;
            var changed = await Exec(conn, dbtx, sqlite ? merge.Replace("IS DISTINCT FROM", "IS NOT", StringComparison.Ordinal) : merge, ct, ("stamp", stamp), ("at", at));
            if (sqlite) await Exec(conn, dbtx, $"DROP TABLE IF EXISTS temp.{Stage}", ct);
            await tx.CommitAsync(ct);
            return new RecomputeReport(total, changed, overdue, watch.ElapsedMilliseconds);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private string Table<T>()
    {
        var e = db.Model.FindEntityType(typeof(T))!;
        return e.GetSchema() is { } schema ? $"\"{schema}\".\"{e.GetTableName()}\"" : $"\"{e.GetTableName()}\"";
    }

    private static async Task StagePostgresAsync(NpgsqlConnection conn, List<object?[]> rows, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync($"""COPY {Stage} ("EquipmentId", "DivisionCode", "Category", "InUse", "NextDue", "NextKind", "NextPeriodic", "Warning", "Note", "LastInspectedOn", "LastConclusion", "LastBody") FROM STDIN (FORMAT BINARY)""", ct);
        NpgsqlDbType[] types = [NpgsqlDbType.Bigint, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Boolean, NpgsqlDbType.Date, NpgsqlDbType.Varchar,
            NpgsqlDbType.Date, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar];
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) await copy.WriteNullAsync(ct);
                else await copy.WriteAsync(row[i], types[i], ct);
            }
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task StageSqliteAsync(SqliteConnection conn, SqliteTransaction tx, List<object?[]> rows, CancellationToken ct)
    {
        await using var insert = conn.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO {Stage} VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";
        for (var i = 0; i < 12; i++) insert.Parameters.Add(new SqliteParameter("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                insert.Parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<int> Exec(DbConnection conn, DbTransaction tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
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
}
