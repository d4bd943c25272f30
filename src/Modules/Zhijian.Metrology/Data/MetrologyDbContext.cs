using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.Metrology.Data;

/// <summary>
/// The metrology module's tables: schema "metro" (PostgreSQL) / prefix "metro_" (SQLite). One partial file per area
/// (<c>MetrologyDbContext.Instruments.cs</c> 强检器具台账, 检定机构, 检定结果; <c>.Checks.cs</c> 民生计量检查, 定量包装商品净含量检验),
/// each with its sets and its model configuration.
/// </summary>
internal partial class MetrologyDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "metro";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureInstruments(modelBuilder);
        ConfigureChecks(modelBuilder);
    }

    static partial void ConfigureInstruments(ModelBuilder modelBuilder);

    static partial void ConfigureChecks(ModelBuilder modelBuilder);
}

internal sealed class SqliteMetrologyDbContext(DbContextOptions<SqliteMetrologyDbContext> options, PlatformServices? services = null)
    : MetrologyDbContext(options, services);

internal sealed class PostgresMetrologyDbContext(DbContextOptions<PostgresMetrologyDbContext> options, PlatformServices? services = null)
    : MetrologyDbContext(options, services);

internal sealed class SqliteMetrologyDesignFactory : IDesignTimeDbContextFactory<SqliteMetrologyDbContext>
{
    public SqliteMetrologyDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteMetrologyDbContext>(DatabaseProvider.Sqlite, MetrologyDbContext.SchemaName));
}

internal sealed class PostgresMetrologyDesignFactory : IDesignTimeDbContextFactory<PostgresMetrologyDbContext>
{
    public PostgresMetrologyDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresMetrologyDbContext>(DatabaseProvider.Postgres, MetrologyDbContext.SchemaName));
}
