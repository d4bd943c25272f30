using Npgsql;

namespace Zhijian.Tests.Infrastructure;

/// <summary>Which database the suite runs against: tools/test.sh runs it once per provider.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database per app: a temp SQLite file, or a new PostgreSQL database on the server that
/// tools/test.sh started (ZHIJIAN_TEST_PG holds its admin connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseKind kind, string connectionString, string name)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Name = name;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    /// <summary>This database's audit anchor file (outside the database, as in production), deleted with it.</summary>
    public string AnchorFile => Path.Combine(Path.GetTempPath(), "zhijian-tests", Name + ".audit-anchors.log");

    public static DatabaseKind CurrentKind =>
        string.Equals(Environment.GetEnvironmentVariable("ZHIJIAN_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseKind.Postgres : DatabaseKind.Sqlite;

    private static string PostgresAdmin => Environment.GetEnvironmentVariable("ZHIJIAN_TEST_PG")
        ?? throw new InvalidOperationException("ZHIJIAN_TEST_DB=postgres needs ZHIJIAN_TEST_PG (run tools/test.sh).");

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "zj_" + Guid.NewGuid().ToString("N")[..16];
        if (CurrentKind == DatabaseKind.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "zhijian-tests");
            Directory.CreateDirectory(dir);
            return new TestDatabase(DatabaseKind.Sqlite, $"Data Source={Path.Combine(dir, name + ".db")}", name);
        }

        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var cmd = admin.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'";
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(DatabaseKind.Postgres, cs, name);
    }

    private static readonly SemaphoreSlim CopyGate = new(1, 1);

    /// <summary>
    /// A new database holding a copy of <paramref name="template"/> (a file copy on SQLite, CREATE DATABASE … TEMPLATE on
    /// PostgreSQL): migrating and seeding once per process instead of once per test.
    /// </summary>
    public static async Task<TestDatabase> CopyOfAsync(TestDatabase template)
    {
        var name = "zj_" + Guid.NewGuid().ToString("N")[..16];
        await CopyGate.WaitAsync();
        try
        {
            if (template.Kind == DatabaseKind.Sqlite)
            {
                var dir = Path.Combine(Path.GetTempPath(), "zhijian-tests");
                var source = template.SqliteFile;
                var target = Path.Combine(dir, name + ".db");
                File.Copy(source, target);
                if (File.Exists(source + "-wal")) File.Copy(source + "-wal", target + "-wal");
                return new TestDatabase(DatabaseKind.Sqlite, $"Data Source={target}", name);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var admin = new NpgsqlConnection(PostgresAdmin);
                    await admin.OpenAsync();
                    await using var cmd = admin.CreateCommand();
                    // FILE_COPY copies the template's files after a checkpoint (cheap with fsync off): 0.4 s against 1.1 s for the
                    // default WAL_LOG, which writes each of the template's ~1,700 relations' pages through the WAL.
                    cmd.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE \"{template.Name}\" STRATEGY FILE_COPY";
                    await cmd.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 40)
                {
                    await Task.Delay(250); // a connection of the seeding app is still closing
                }
            }

            return new TestDatabase(DatabaseKind.Postgres, new NpgsqlConnectionStringBuilder(template.ConnectionString) { Database = name }.ConnectionString, name);
        }
        finally
        {
            CopyGate.Release();
        }
    }

    /// <summary>The SQLite database file (SQLite only).</summary>
    public string SqliteFile => Kind == DatabaseKind.Sqlite
        ? ConnectionString["Data Source=".Length..]
        : throw new InvalidOperationException("not a SQLite database");

    /// <summary>Closes pooled connections to this database (a template must have none while it is copied).</summary>
    public Task ReleaseConnectionsAsync()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(c);
        }
        else
        {
            // The app's pool is keyed by its own connection string: the test's plus the session options the app adds.
            foreach (var cs in new[] { ConnectionString, Zhijian.Platform.Storage.StorageOptions.WithoutJit(ConnectionString) })
            {
                using var c = new NpgsqlConnection(cs);
                NpgsqlConnection.ClearPool(c);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs raw SQL against the database, outside the app (to tamper with rows, as an attacker would).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            await using var c = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return await cmd.ExecuteNonQueryAsync();
        }

        await using var pg = new NpgsqlConnection(ConnectionString);
        await pg.OpenAsync();
        await using var pgCmd = pg.CreateCommand();
        pgCmd.CommandText = sql;
        return await pgCmd.ExecuteNonQueryAsync();
    }

    /// <summary>The physical name of a platform table on this provider.</summary>
    public string PlatformTable(string table) => Kind == DatabaseKind.Sqlite ? $"\"platform_{table}\"" : $"platform.\"{table}\"";

    /// <summary>Deletes the database's audit anchor file and, on SQLite, its files (its pools must be closed).</summary>
    public void DeleteFiles()
    {
        try { File.Delete(AnchorFile); } catch (IOException) { }
        if (Kind != DatabaseKind.Sqlite) return;
        var path = SqliteFile;
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            try { File.Delete(f); } catch (IOException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Kind == DatabaseKind.Sqlite) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DeleteFiles();
        if (Kind == DatabaseKind.Sqlite) return;

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresAdmin);
        await admin.OpenAsync();
        await using var cmd = admin.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        await cmd.ExecuteNonQueryAsync();
    }
}
