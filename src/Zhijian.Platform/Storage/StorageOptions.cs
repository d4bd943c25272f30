using Microsoft.Extensions.Configuration;

namespace Zhijian.Platform.Storage;

/// <summary>Which relational database holds the system of record.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: file <c>data/zhijian.db</c>, enough for a county bureau.</summary>
    Sqlite,

    /// <summary>Production target, PostgreSQL 15+.</summary>
    Postgres,
}

/// <summary>Storage settings, read from <c>ZHIJIAN_DB</c> or <c>ConnectionStrings:Zhijian</c>.</summary>
public sealed class StorageOptions
{
    public const string DefaultSqlite = "Data Source=data/zhijian.db";

    public DatabaseProvider Provider { get; init; }

    public required string ConnectionString { get; init; }

    /// <summary>Apply pending migrations at start-up (switch off in production and migrate in the release step).</summary>
    public bool MigrateOnStartup { get; init; } = true;

    /// <summary>Seed the demo org tree (济南市) and one demo user per role.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>
    /// Generate the modules' demo data in the background once the host listens (<c>Zhijian:Demo:SeedInBackground</c>, default
    /// on): the login answers within seconds and the console shows the progress. Off: before the host answers (tests).
    /// </summary>
    public bool SeedDemoInBackground { get; init; } = true;

    public static StorageOptions From(IConfiguration config, string contentRoot)
    {
        var raw = config["ZHIJIAN_DB"];
        if (string.IsNullOrWhiteSpace(raw)) raw = config.GetConnectionString("Zhijian");
        if (string.IsNullOrWhiteSpace(raw)) raw = DefaultSqlite;
        var provider = LooksLikePostgres(raw) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres && raw.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            && raw.Contains("://", StringComparison.Ordinal))
        {
            raw = FromUrl(new Uri(raw));
        }

        if (provider == DatabaseProvider.Postgres) raw = WithoutJit(raw);

        if (provider == DatabaseProvider.Sqlite)
        {
            // A relative SQLite file lives under the host's content root, wherever the process was started.
            var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(raw);
            if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:")
            {
                csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
                raw = csb.ConnectionString;
            }
        }

        return new StorageOptions
        {
            Provider = provider,
            ConnectionString = raw,
            MigrateOnStartup = config.GetValue("Zhijian:Database:MigrateOnStartup", true),
            SeedDemoData = config.GetValue("Zhijian:Database:SeedDemoData", true),
            SeedDemoInBackground = config.GetValue("Zhijian:Demo:SeedInBackground", true),
        };
    }

    /// <summary>
    /// PostgreSQL's JIT compiles any statement whose estimated cost passes jit_above_cost (100,000: every aggregate over a
    /// big table): ~100 ms of compilation on each of the supervision centre's and the complaint statistics' sub-second
    /// queries, to speed up only statements that run for many seconds, which this application does not issue (measured:
    /// the SLA overview 361 → 281 ms with jit off). Off for the application's sessions unless the connection string's
    /// Options already set jit.
    /// </summary>
    public static string WithoutJit(string raw)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(raw);
        if (csb.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) == true) return raw;
        csb.Options = string.IsNullOrWhiteSpace(csb.Options) ? "-c jit=off" : csb.Options + " -c jit=off";
        return csb.ConnectionString;
    }

    private static bool LooksLikePostgres(string raw) =>
        raw.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
        || raw.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || raw.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    private static string FromUrl(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var db = uri.AbsolutePath.Trim('/');
        var parts = new List<string> { $"Host={uri.Host}", $"Port={(uri.Port > 0 ? uri.Port : 5432)}" };
        if (db.Length > 0) parts.Add($"Database={Uri.UnescapeDataString(db)}");
        if (userInfo[0].Length > 0) parts.Add($"Username={Uri.UnescapeDataString(userInfo[0])}");
        if (userInfo.Length > 1) parts.Add($"Password={Uri.UnescapeDataString(userInfo[1])}");
        return string.Join(';', parts);
    }
}
