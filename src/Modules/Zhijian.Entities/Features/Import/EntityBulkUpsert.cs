using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;

namespace Zhijian.Entities.Features.Import;

/// <summary>
/// The bulk fast paths of ARCHITECTURE.md (Storage): upsert market entities by USCC inside the context's current
/// transaction, with raw ADO on the context's connection. PostgreSQL: binary COPY into a temporary staging table,
/// then one INSERT … ON CONFLICT DO UPDATE; SQLite: one prepared, parameterised upsert reused for every row (the FTS5
/// triggers keep the name index in step). Existing rows keep Id and CreatedAt; UpdatedAt moves only when a visible
/// field changed (ciphertexts of personal data are rewritten: a new encryption of the same value is not a change one
/// can see, and a changed ID number may keep its mask). Each new entity gets one timeline entry "imported".
/// </summary>
internal static class EntityBulkUpsert
{
    /// <summary>Data columns (everything but Id, CreatedAt, UpdatedAt), in the order both paths write them.</summary>
    private static readonly string[] Columns =
    [
        "Uscc", "RegNo", "Name", "Type", "LegalRep", "LegalRepIdCipher", "LegalRepIdMasked", "RegisteredCapital", "EstablishedOn",
        "TermFrom", "TermTo", "RegisteredAddress", "BusinessAddress", "DivisionCode", "IndustryCode", "BusinessScope",
        "RegistrationAuthority", "PhoneCipher", "PhoneMasked", "Status", "StatusDate", "Tags", "UsccCheckOverridden",
    ];

    /// <summary>Columns whose change counts as a change of the record (ciphers excluded, their masks included).</summary>
    private static IEnumerable<string> Visible => Columns.Where(c => c is not ("Uscc" or "LegalRepIdCipher" or "PhoneCipher"));

    private static object?[] Values(MarketEntity e) =>
    [
        e.Uscc, e.RegNo, e.Name, (int)e.Type, e.LegalRep, e.LegalRepIdCipher, e.LegalRepIdMasked, e.RegisteredCapital, e.EstablishedOn,
        e.TermFrom, e.TermTo, e.RegisteredAddress, e.BusinessAddress, e.DivisionCode, e.IndustryCode, e.BusinessScope,
        e.RegistrationAuthority, e.PhoneCipher, e.PhoneMasked, (int)e.Status, e.StatusDate, string.Join(',', e.Tags), e.UsccCheckOverridden,
    ];

    private static string Q(string column) => $"\"{column}\"";

    private static string UpdateSet(string distinct) =>
        string.Join(", ", Columns.Where(c => c != "Uscc").Select(c => $"{Q(c)} = excluded.{Q(c)}"))
        + $", \"UpdatedAt\" = CASE WHEN {string.Join(" OR ", Visible.Select(c => $"t.{Q(c)} {distinct} excluded.{Q(c)}"))} THEN excluded.\"UpdatedAt\" ELSE t.\"UpdatedAt\" END";

    public static async Task<(long Inserted, long Updated)> SqliteAsync(EntitiesDbContext db, IEnumerable<MarketEntity> entities,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction!.GetDbTransaction();
        var instant = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)!;

        await using var maxCommand = connection.CreateCommand();
        maxCommand.Transaction = tx;
        maxCommand.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) FROM entities_market_entities";
        var maxId = Convert.ToInt64(await maxCommand.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = $"""
            INSERT INTO entities_market_entities AS t ({string.Join(", ", Columns.Select(Q))}, "CreatedAt", "UpdatedAt")
            VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))}, $now, $now)
            ON CONFLICT ("Uscc") DO UPDATE SET {UpdateSet("IS NOT")}
            RETURNING "Id"
            """;
        var parameters = Columns.Select((_, i) => Add(upsert, "$p" + i)).ToArray();
        Add(upsert, "$now").Value = instant;

        await using var timeline = connection.CreateCommand();
        timeline.Transaction = tx;
        timeline.CommandText = """
            INSERT INTO entities_entity_events ("EntityId", "Kind", "OccurredOn", "RecordedAt", "Summary", "Actor", "DivisionCode")
            VALUES ($id, 'imported', $on, $now, $summary, $actor, $division)
            """;
        var eventId = Add(timeline, "$id");
        var eventOn = Add(timeline, "$on");
        var eventSummary = Add(timeline, "$summary");
        var eventDivision = Add(timeline, "$division");
        Add(timeline, "$now").Value = instant;
        Add(timeline, "$actor").Value = actor;

        await upsert.PrepareAsync(ct);
        await timeline.PrepareAsync(ct);
        long inserted = 0, updated = 0;
        foreach (var e in entities)
        {
            var values = Values(e);
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            var id = Convert.ToInt64(await upsert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (id <= maxId)
            {
                updated++;
                continue;
            }

            inserted++;
            eventId.Value = id;
            eventOn.Value = e.EstablishedOn;
            eventSummary.Value = Summary(e);
            eventDivision.Value = e.DivisionCode;
            await timeline.ExecuteNonQueryAsync(ct);
        }

        return (inserted, updated);
    }

    public static async Task<(long Inserted, long Updated)> PostgresAsync(EntitiesDbContext db, IEnumerable<MarketEntity> entities,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var tx = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE zj_entity_import (
              "Uscc" varchar(18) NOT NULL, "RegNo" varchar(20), "Name" varchar(200) NOT NULL, "Type" integer NOT NULL,
              "LegalRep" varchar(100) NOT NULL, "LegalRepIdCipher" text, "LegalRepIdMasked" varchar(32), "RegisteredCapital" numeric(18,4),
              "EstablishedOn" date NOT NULL, "TermFrom" date, "TermTo" date, "RegisteredAddress" varchar(300) NOT NULL,
              "BusinessAddress" varchar(300), "DivisionCode" varchar(12) NOT NULL, "IndustryCode" varchar(8) NOT NULL, "BusinessScope" text,
              "RegistrationAuthority" varchar(100) NOT NULL, "PhoneCipher" text, "PhoneMasked" varchar(32), "Status" integer NOT NULL,
              "StatusDate" date, "Tags" varchar(1000) NOT NULL, "UsccCheckOverridden" boolean NOT NULL
            ) ON COMMIT DROP
            """, connection, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        NpgsqlDbType[] types =
        [
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Text,
            NpgsqlDbType.Varchar, NpgsqlDbType.Numeric, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Varchar,
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Text,
            NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Boolean,
        ];
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY zj_entity_import ({string.Join(", ", Columns.Select(Q))}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entities)
            {
                await copy.StartRowAsync(ct);
                var values = Values(e);
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is null) await copy.WriteNullAsync(ct);
                    else await copy.WriteAsync(values[i], types[i], ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        var columns = string.Join(", ", Columns.Select(Q));
        await using var merge = new NpgsqlCommand($"""
            WITH up AS (
              INSERT INTO entities.market_entities AS t ({columns}, "CreatedAt", "UpdatedAt")
              SELECT {columns}, @now, @now FROM zj_entity_import
              ON CONFLICT ("Uscc") DO UPDATE SET {UpdateSet("IS DISTINCT FROM")}
              RETURNING "Id", "Name", "EstablishedOn", "DivisionCode", (xmax = 0) AS inserted
            ), timeline AS (
              INSERT INTO entities.entity_events ("EntityId", "Kind", "OccurredOn", "RecordedAt", "Summary", "Actor", "DivisionCode")
              SELECT "Id", 'imported', "EstablishedOn", @now, '批量导入：' || "Name", @actor, "DivisionCode" FROM up WHERE inserted
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
            """, connection, tx);
        merge.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() });
        merge.Parameters.Add(new NpgsqlParameter("actor", NpgsqlDbType.Varchar) { Value = actor });
        merge.CommandTimeout = 0; // a file of millions of rows may take minutes; the request's token still cancels it
        await using var reader = await merge.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static string Summary(MarketEntity e) => "批量导入：" + e.Name;

    private static DbParameter Add(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
