using Microsoft.Extensions.Configuration;
using Zhijian.Platform.Storage;

namespace Zhijian.Tests.Platform.Storage;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class StorageOptionsTests
{
    private static StorageOptions From(params (string Key, string Value)[] settings) =>
        StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(), "/srv/zhijian");

    [Fact]
    public void With_nothing_configured_it_is_a_sqlite_file_under_the_content_root()
    {
        var o = From();

        Assert.Equal(DatabaseProvider.Sqlite, o.Provider);
        Assert.Equal("Data Source=/srv/zhijian/data/zhijian.db", o.ConnectionString);
        Assert.True(o.MigrateOnStartup);
    }

    [Fact]
    public void ZHIJIAN_DB_wins_over_the_connection_string_and_a_postgres_url_is_understood()
    {
        var o = From(("ConnectionStrings:Zhijian", "Data Source=x.db"), ("ZHIJIAN_DB", "postgres://zj:s%40cret@db.example:5433/zhijian"));

        Assert.Equal(DatabaseProvider.Postgres, o.Provider);
        Assert.Equal("Host=db.example;Port=5433;Database=zhijian;Username=zj;Password=s@cret;Options=\"-c jit=off\"", o.ConnectionString);
    }

    [Fact]
    public void Migration_at_start_up_can_be_switched_off_for_production()
    {
        var o = From(("ZHIJIAN_DB", "Host=10.0.0.5;Database=zhijian;Username=zj"), ("Zhijian:Database:MigrateOnStartup", "false"), ("Zhijian:Database:SeedDemoData", "false"));

        Assert.Equal(DatabaseProvider.Postgres, o.Provider);
        Assert.False(o.MigrateOnStartup);
        Assert.False(o.SeedDemoData);
    }

    [Theory]
    [InlineData("Host=db;Database=zj", "-c jit=off")]                                  // JIT off for the application's sessions
    [InlineData("Host=db;Database=zj;Options=-c statement_timeout=60000", "-c statement_timeout=60000 -c jit=off")]
    [InlineData("Host=db;Database=zj;Options=-c jit=on", "-c jit=on")]                 // an operator's own choice stands
    public void PostgreSQL_sessions_run_without_jit_unless_the_operator_says_otherwise(string configured, string options)
    {
        var o = From(("ZHIJIAN_DB", configured));

        Assert.Equal(options, new Npgsql.NpgsqlConnectionStringBuilder(o.ConnectionString).Options);
    }
}
