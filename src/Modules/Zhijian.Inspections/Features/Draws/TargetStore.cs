using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Storage;

namespace Zhijian.Inspections.Features.Draws;

/// <summary>
/// Stores a draw's targets in bulk, in the context's open transaction and in the order given (so the generated ids
/// follow the positions): PostgreSQL one binary COPY, SQLite one prepared insert reused for every row. EF Core would
/// send one <c>INSERT … RETURNING</c> per target on SQLite and track tens of thousands of entities; the targets are
/// not tracked, callers read them back when they need them.
/// </summary>
internal static class TargetStore
{
    private static readonly string[] Columns =
        [nameof(TaskTarget.TaskId), nameof(TaskTarget.DrawId), nameof(TaskTarget.DrawSeq), nameof(TaskTarget.Position), nameof(TaskTarget.Uscc),
            nameof(TaskTarget.EntityName), nameof(TaskTarget.LegalRep), nameof(TaskTarget.Label), nameof(TaskTarget.Status), nameof(TaskTarget.DivisionCode), nameof(TaskTarget.Generation)];

    public static async Task InsertAsync(InspectionsDbContext db, IReadOnlyList<TaskTarget> targets, CancellationToken ct)
    {
        if (targets.Count == 0) return;
        var tx = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("targets are stored inside the draw's transaction");
        var type = db.Model.FindEntityType(typeof(TaskTarget))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = string.Join(", ", Columns.Select(c => Quote(type.FindProperty(c)!.GetColumnName(table)!)));
        var name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        if (ModuleModel.IsSqlite(db.Database)) await SqliteAsync(tx, name, columns, targets, ct);
        else await PostgresAsync((NpgsqlConnection)tx.Connection!, name, columns, targets, ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task PostgresAsync(NpgsqlConnection connection, string table, string columns, IReadOnlyList<TaskTarget> targets, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var t in targets)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(t.TaskId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(t.DrawId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(t.DrawSeq, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(t.Position, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(t.Uscc, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(t.EntityName, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(t.LegalRep, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(t.Label, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync((int)t.Status, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(t.DivisionCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(t.Generation, NpgsqlDbType.Integer, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task SqliteAsync(DbTransaction tx, string table, string columns, IReadOnlyList<TaskTarget> targets, CancellationToken ct)
    {
        await using var insert = tx.Connection!.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
        var p = Columns.Select((_, i) =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "$p" + i;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await insert.PrepareAsync(ct);
        foreach (var t in targets)
        {
            p[0].Value = t.TaskId;
            p[1].Value = t.DrawId;
            p[2].Value = t.DrawSeq;
            p[3].Value = t.Position;
            p[4].Value = t.Uscc;
            p[5].Value = t.EntityName;
            p[6].Value = t.LegalRep;
            p[7].Value = t.Label;
            p[8].Value = (int)t.Status;
            p[9].Value = t.DivisionCode;
            p[10].Value = t.Generation;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
