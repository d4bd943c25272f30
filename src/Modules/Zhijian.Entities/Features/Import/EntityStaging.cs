using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;

namespace Zhijian.Entities.Features.Import;

/// <summary>
/// The bulk fast paths of ARCHITECTURE.md (Storage), inside the context's current transaction, with raw ADO on the
/// context's connection. The import streams every valid row into a temporary staging table while it validates the
/// file (PostgreSQL: one binary COPY; SQLite: one prepared insert reused for every row), so the file is read once;
/// then it asks which codes are already registered (one join), and merges with one INSERT … SELECT … ON CONFLICT
/// ("Uscc") DO UPDATE. Rolled back instead when any row has an error or it is a dry run. Existing rows keep Id and
/// CreatedAt; UpdatedAt moves only when a visible field changed (ciphertexts of personal data are rewritten: a new
/// encryption of the same value is not a change one can see). Each new entity gets one timeline entry "imported".
/// First load (the registry table is empty): the secondary indexes (and on SQLite the FTS insert trigger) are dropped
/// inside the transaction and rebuilt after the load — a bulk index build over sorted keys instead of a million
/// random index inserts, 2–3× faster. Nothing can be read from an empty table meanwhile, so the table lock costs
/// nobody; a re-import into a filled registry keeps its indexes and readers.
/// </summary>
internal abstract class EntityStaging : IAsyncDisposable
{
    /// <summary>Data columns (everything but Id, CreatedAt, UpdatedAt), in the order both paths write them.</summary>
    protected static readonly string[] Columns =
    [
        "Uscc", "RegNo", "Name", "Type", "LegalRep", "LegalRepIdCipher", "LegalRepIdMasked", "RegisteredCapital", "EstablishedOn",
        "TermFrom", "TermTo", "RegisteredAddress", "BusinessAddress", "DivisionCode", "IndustryCode", "BusinessScope",
        "RegistrationAuthority", "PhoneCipher", "PhoneMasked", "Status", "StatusDate", "Tags", "UsccCheckOverridden",
        "ApplicationReceivedAt", "ApplicationReceivedOn", "LicenceIssuedAt", "LicenceIssuedOn", "ApplicationChannel", "NameSelfDeclared",
    ];

    /// <summary>Registration facts a file may leave empty (older templates lack the columns): an empty cell keeps what is registered.</summary>
    private static readonly HashSet<string> KeptWhenEmpty =
        ["ApplicationReceivedAt", "ApplicationReceivedOn", "LicenceIssuedAt", "LicenceIssuedOn", "ApplicationChannel", "NameSelfDeclared"];

    protected const string Table = "zj_entity_import";

    protected static string ColumnList => string.Join(", ", Columns.Select(Q));

    /// <summary>Columns whose change counts as a change of the record (ciphers excluded, their masks included).</summary>
    private static IEnumerable<string> Visible => Columns.Where(c => c is not ("Uscc" or "LegalRepIdCipher" or "PhoneCipher"));

    protected static object?[] Values(MarketEntity e) =>
    [
        e.Uscc, e.RegNo, e.Name, (int)e.Type, e.LegalRep, e.LegalRepIdCipher, e.LegalRepIdMasked, e.RegisteredCapital, e.EstablishedOn,
        e.TermFrom, e.TermTo, e.RegisteredAddress, e.BusinessAddress, e.DivisionCode, e.IndustryCode, e.BusinessScope,
        e.RegistrationAuthority, e.PhoneCipher, e.PhoneMasked, (int)e.Status, e.StatusDate, string.Join(',', e.Tags), e.UsccCheckOverridden,
        e.ApplicationReceivedAt?.ToUniversalTime(), e.ApplicationReceivedOn, e.LicenceIssuedAt?.ToUniversalTime(), e.LicenceIssuedOn,
        (int?)e.ApplicationChannel, e.NameSelfDeclared,
    ];

    protected static string Q(string column) => $"\"{column}\"";

    protected static string UpdateSet(string distinct) =>
        string.Join(", ", Columns.Where(c => c != "Uscc").Select(c => $"{Q(c)} = {New(c)}"))
        + $", \"UpdatedAt\" = CASE WHEN {string.Join(" OR ", Visible.Select(c => $"t.{Q(c)} {distinct} {New(c)}"))} THEN excluded.\"UpdatedAt\" ELSE t.\"UpdatedAt\" END";

    private static string New(string c) => KeptWhenEmpty.Contains(c) ? $"COALESCE(excluded.{Q(c)}, t.{Q(c)})" : $"excluded.{Q(c)}";

    public static async Task<EntityStaging> StartAsync(EntitiesDbContext db, CancellationToken ct)
    {
        EntityStaging stage = Platform.Storage.ModuleModel.IsSqlite(db.Database) ? new SqliteStaging(db) : new PostgresStaging(db);
        await stage.CreateAsync(ct);
        return stage;
    }

    protected abstract Task CreateAsync(CancellationToken ct);

    /// <summary>Stages one valid row with its line in the file.</summary>
    public abstract Task AddAsync(MarketEntity e, long line, CancellationToken ct);

    /// <summary>Stages only the code of a row that has errors (or comes after one), for the duplicate check.</summary>
    public abstract Task AddKeyAsync(string uscc, long line, CancellationToken ct);

    /// <summary>Ends staging; then every line whose code an earlier line of the file already has, with that first line.</summary>
    public abstract IAsyncEnumerable<(long Line, string Uscc, long First)> DuplicatesAsync(CancellationToken ct);

    /// <summary>After <see cref="DuplicatesAsync"/>: every staged code that is already registered, with its line and registered 属地.</summary>
    public abstract IAsyncEnumerable<(long Line, string Uscc, string Division)> ExistingAsync(CancellationToken ct);

    /// <summary>Upserts the staged rows into the registry and writes the new entities' timeline entries.</summary>
    public abstract Task MergeAsync(string actor, DateTimeOffset now, CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    private sealed class PostgresStaging(EntitiesDbContext db) : EntityStaging
    {
        private static readonly NpgsqlDbType[] Types =
        [
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Text,
            NpgsqlDbType.Varchar, NpgsqlDbType.Numeric, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Varchar,
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Text,
            NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Boolean,
            NpgsqlDbType.TimestampTz, NpgsqlDbType.Date, NpgsqlDbType.TimestampTz, NpgsqlDbType.Date, NpgsqlDbType.Integer, NpgsqlDbType.Boolean,
        ];

        private readonly NpgsqlConnection _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        private readonly NpgsqlTransaction _tx = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        private NpgsqlBinaryImporter? _copy;

        protected override async Task CreateAsync(CancellationToken ct)
        {
            await using (var create = new NpgsqlCommand($"""
                CREATE TEMP TABLE {Table} (
                  "Uscc" varchar(18), "RegNo" varchar(20), "Name" varchar(200), "Type" integer,
                  "LegalRep" varchar(100), "LegalRepIdCipher" text, "LegalRepIdMasked" varchar(32), "RegisteredCapital" numeric(18,4),
                  "EstablishedOn" date, "TermFrom" date, "TermTo" date, "RegisteredAddress" varchar(300),
                  "BusinessAddress" varchar(300), "DivisionCode" varchar(12), "IndustryCode" varchar(8), "BusinessScope" text,
                  "RegistrationAuthority" varchar(100), "PhoneCipher" text, "PhoneMasked" varchar(32), "Status" integer,
                  "StatusDate" date, "Tags" varchar(1000), "UsccCheckOverridden" boolean,
                  "ApplicationReceivedAt" timestamptz, "ApplicationReceivedOn" date, "LicenceIssuedAt" timestamptz, "LicenceIssuedOn" date,
                  "ApplicationChannel" integer, "NameSelfDeclared" boolean, "Line" bigint NOT NULL
                ) ON COMMIT DROP
                """, _connection, _tx))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            _copy = await _connection.BeginBinaryImportAsync($"COPY {Table} ({ColumnList}, \"Line\") FROM STDIN (FORMAT BINARY)", ct);
        }

        public override async Task AddAsync(MarketEntity e, long line, CancellationToken ct)
        {
            await _copy!.StartRowAsync(ct);
            var values = Values(e);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null) await _copy.WriteNullAsync(ct);
                else await _copy.WriteAsync(values[i], Types[i], ct);
            }

            await _copy.WriteAsync(line, NpgsqlDbType.Bigint, ct);
        }

        public override async Task AddKeyAsync(string uscc, long line, CancellationToken ct)
        {
            await _copy!.StartRowAsync(ct);
            await _copy.WriteAsync(uscc, NpgsqlDbType.Varchar, ct);
            for (var i = 1; i < Columns.Length; i++) await _copy.WriteNullAsync(ct);
            await _copy.WriteAsync(line, NpgsqlDbType.Bigint, ct);
        }

        public override async IAsyncEnumerable<(long Line, string Uscc, long First)> DuplicatesAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            if (_copy is not null)
            {
                await _copy.CompleteAsync(ct);
                await _copy.DisposeAsync();
                _copy = null;
            }

            await using var command = new NpgsqlCommand($"""
                ANALYZE {Table};
                SELECT "Line", "Uscc", "First" FROM (
                  SELECT "Line", "Uscc", min("Line") OVER (PARTITION BY "Uscc") AS "First" FROM {Table}
                  WHERE "Uscc" IN (SELECT "Uscc" FROM {Table} GROUP BY "Uscc" HAVING count(*) > 1)) d
                WHERE "Line" > "First" ORDER BY "Line"
                """, _connection, _tx) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) yield return (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
        }

        public override async IAsyncEnumerable<(long Line, string Uscc, string Division)> ExistingAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT s."Line", s."Uscc", t."DivisionCode" FROM {Table} s JOIN entities.market_entities t ON t."Uscc" = s."Uscc"
                """, _connection, _tx) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) yield return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }

        public override async Task MergeAsync(string actor, DateTimeOffset now, CancellationToken ct)
        {
            var rebuild = new List<string>();
            if (await ScalarAsync("SELECT NOT EXISTS (SELECT 1 FROM entities.market_entities)", ct) is true)
            {
                await using var read = new NpgsqlCommand("""
                    SELECT format('DROP INDEX entities.%I', i.indexname), i.indexdef FROM pg_indexes i
                    JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
                    WHERE i.schemaname = 'entities' AND i.tablename IN ('market_entities', 'entity_events') AND NOT x.indisprimary
                      AND NOT (i.tablename = 'market_entities' AND x.indisunique)
                    """, _connection, _tx);
                var drops = new List<string>();
                await using (var r = await read.ExecuteReaderAsync(ct))
                {
                    while (await r.ReadAsync(ct))
                    {
                        drops.Add(r.GetString(0));
                        rebuild.Add(r.GetString(1));
                    }
                }

                foreach (var drop in drops) await ExecuteAsync(drop, ct);
            }

            await using var merge = new NpgsqlCommand($"""
                WITH up AS (
                  INSERT INTO entities.market_entities AS t ({ColumnList}, "CreatedAt", "UpdatedAt")
                  SELECT {ColumnList}, @now, @now FROM {Table}
                  ON CONFLICT ("Uscc") DO UPDATE SET {UpdateSet("IS DISTINCT FROM")}
                  RETURNING "Id", "Name", "EstablishedOn", "DivisionCode", (xmax = 0) AS inserted
                )
                INSERT INTO entities.entity_events ("EntityId", "Kind", "OccurredOn", "RecordedAt", "Summary", "Actor", "DivisionCode")
                SELECT "Id", 'imported', "EstablishedOn", @now, '批量导入：' || "Name", @actor, "DivisionCode" FROM up WHERE inserted
                """, _connection, _tx);
            merge.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() });
            merge.Parameters.Add(new NpgsqlParameter("actor", NpgsqlDbType.Varchar) { Value = actor });
            merge.CommandTimeout = 0; // a file of millions of rows may take minutes; the request's token still cancels it
            await merge.ExecuteNonQueryAsync(ct);
            if (rebuild.Count > 0) await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
            foreach (var create in rebuild) await ExecuteAsync(create, ct);
            if (rebuild.Count > 0) await ExecuteAsync("ANALYZE entities.market_entities", ct); // the search's plan choice reads the gram statistics (NameGrams)
        }

        private async Task ExecuteAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, _connection, _tx) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
        }

        private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, _connection, _tx);
            return await command.ExecuteScalarAsync(ct);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_copy is not null) await _copy.DisposeAsync(); // not completed: the COPY is cancelled
        }
    }

    private sealed class SqliteStaging(EntitiesDbContext db) : EntityStaging
    {
        private static readonly DateTimeOffsetToBinaryConverter Binary = new();
        private readonly DbConnection _connection = db.Database.GetDbConnection();
        private readonly DbTransaction _tx = db.Database.CurrentTransaction!.GetDbTransaction();
        private DbCommand? _insert;
        private DbParameter[] _parameters = [];

        private DbCommand Command(string sql)
        {
            var c = _connection.CreateCommand();
            c.Transaction = _tx;
            c.CommandText = sql;
            c.CommandTimeout = 0;
            return c;
        }

        protected override async Task CreateAsync(CancellationToken ct)
        {
            await using (var create = Command($"DROP TABLE IF EXISTS temp.{Table}; CREATE TEMP TABLE {Table} AS SELECT {ColumnList}, 0 AS \"Line\", '' AS \"Grams\" FROM entities_market_entities WHERE 0"))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            _insert = Command($"INSERT INTO temp.{Table} ({ColumnList}, \"Line\", \"Grams\") VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))}, $line, $grams)");
            _parameters = [.. Columns.Select((_, i) => Add(_insert, "$p" + i)), Add(_insert, "$line"), Add(_insert, "$grams")];
            await _insert.PrepareAsync(ct);
        }

        public override async Task AddAsync(MarketEntity e, long line, CancellationToken ct)
        {
            var values = Values(e);
            for (var i = 0; i < values.Length; i++)
                _parameters[i].Value = values[i] is DateTimeOffset at ? Binary.ConvertToProvider(at)! : values[i] ?? DBNull.Value; // as EF stores instants on SQLite
            _parameters[^2].Value = line;
            _parameters[^1].Value = Search.NameGrams.Of(e.Name);
            await _insert!.ExecuteNonQueryAsync(ct);
        }

        public override async Task AddKeyAsync(string uscc, long line, CancellationToken ct)
        {
            _parameters[0].Value = uscc;
            for (var i = 1; i < Columns.Length; i++) _parameters[i].Value = DBNull.Value;
            _parameters[^2].Value = line;
            _parameters[^1].Value = DBNull.Value;
            await _insert!.ExecuteNonQueryAsync(ct);
        }

        public override async IAsyncEnumerable<(long Line, string Uscc, long First)> DuplicatesAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await using (var index = Command($"CREATE INDEX temp.ix_{Table}_uscc ON {Table} (\"Uscc\", \"Line\")"))
            {
                await index.ExecuteNonQueryAsync(ct);
            }

            await using var command = Command($"""
                SELECT d."Line", d."Uscc", (SELECT min(f."Line") FROM temp.{Table} f WHERE f."Uscc" = d."Uscc") AS "First"
                FROM temp.{Table} d
                WHERE d."Uscc" IN (SELECT "Uscc" FROM temp.{Table} GROUP BY "Uscc" HAVING count(*) > 1)
                  AND d."Line" > (SELECT min(f."Line") FROM temp.{Table} f WHERE f."Uscc" = d."Uscc")
                ORDER BY d."Line"
                """);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) yield return (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
        }

        public override async IAsyncEnumerable<(long Line, string Uscc, string Division)> ExistingAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await using var command = Command($"""
                SELECT s."Line", s."Uscc", t."DivisionCode" FROM temp.{Table} s JOIN entities_market_entities t ON t."Uscc" = s."Uscc"
                """);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) yield return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }

        public override async Task MergeAsync(string actor, DateTimeOffset now, CancellationToken ct)
        {
            var instant = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)!;
            long maxId;
            await using (var max = Command("SELECT COALESCE(MAX(\"Id\"), 0) FROM entities_market_entities"))
            {
                maxId = Convert.ToInt64(await max.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }

            var rebuild = new List<string>();
            if (maxId == 0)
            {
                await using var read = Command("""
                    SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN ('entities_market_entities', 'entities_entity_events')
                      AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN ('entities_name_fts_ai', $grams)))
                    """);
                Add(read, "$grams").Value = Search.NameGrams.SqliteInsertTrigger;
                var drops = new List<string>();
                await using (var r = await read.ExecuteReaderAsync(ct))
                {
                    while (await r.ReadAsync(ct))
                    {
                        drops.Add($"DROP {r.GetString(0).ToUpperInvariant()} \"{r.GetString(1)}\"");
                        rebuild.Add(r.GetString(2));
                    }
                }

                foreach (var drop in drops) await ExecuteAsync(drop, ct);
                if (rebuild.Count > 0) rebuild.Add("INSERT INTO entities_name_fts(entities_name_fts) VALUES ('rebuild')");
                if (drops.Contains($"DROP TRIGGER \"{Search.NameGrams.SqliteInsertTrigger}\"")) rebuild.Add(Search.NameGrams.SqliteFillFromStaging(Table));
            }

            // "WHERE true": SQLite's parser needs it between INSERT … SELECT and ON CONFLICT.
            await using (var merge = Command($"""
                INSERT INTO entities_market_entities AS t ({ColumnList}, "CreatedAt", "UpdatedAt")
                SELECT {ColumnList}, $now, $now FROM temp.{Table} WHERE true
                ON CONFLICT ("Uscc") DO UPDATE SET {UpdateSet("IS NOT")}
                """))
            {
                Add(merge, "$now").Value = instant;
                await merge.ExecuteNonQueryAsync(ct);
            }

            await using (var timeline = Command("""
                INSERT INTO entities_entity_events ("EntityId", "Kind", "OccurredOn", "RecordedAt", "Summary", "Actor", "DivisionCode")
                SELECT "Id", 'imported', "EstablishedOn", $now, '批量导入：' || "Name", $actor, "DivisionCode" FROM entities_market_entities WHERE "Id" > $max
                """))
            {
                Add(timeline, "$now").Value = instant;
                Add(timeline, "$actor").Value = actor;
                Add(timeline, "$max").Value = maxId;
                await timeline.ExecuteNonQueryAsync(ct);
            }

            foreach (var create in rebuild) await ExecuteAsync(create, ct);
        }

        private async Task ExecuteAsync(string sql, CancellationToken ct)
        {
            await using var command = Command(sql);
            await command.ExecuteNonQueryAsync(ct);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_insert is not null) await _insert.DisposeAsync();
            try
            {
                await using var drop = Command($"DROP TABLE IF EXISTS temp.{Table}");
                await drop.ExecuteNonQueryAsync();
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // the transaction has ended (a rollback took the table with it) or the connection is closed;
                // the next import drops a leftover table before creating its own
            }
        }

        private static DbParameter Add(DbCommand command, string name)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
            return p;
        }
    }
}
