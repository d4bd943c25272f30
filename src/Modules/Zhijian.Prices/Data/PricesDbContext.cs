using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.Prices.Data;

/// <summary>
/// The prices module's tables: schema "prices" (PostgreSQL) / prefix "prices_" (SQLite). One partial file per area
/// (<c>.Monitoring.cs</c> 监测商品、监测点、价格、日均价; <c>.Warnings.cs</c> 预警规则版本、预警; <c>.Inspections.cs</c> 明码标价和价格欺诈检查;
/// <c>.Fees.cs</c> 涉企收费目录、核查与清退).
/// </summary>
internal partial class PricesDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "prices";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureMonitoring(modelBuilder);
        ConfigureWarnings(modelBuilder);
        ConfigureInspections(modelBuilder);
        ConfigureFees(modelBuilder);
    }

    static partial void ConfigureMonitoring(ModelBuilder modelBuilder);

    static partial void ConfigureWarnings(ModelBuilder modelBuilder);

    static partial void ConfigureInspections(ModelBuilder modelBuilder);

    static partial void ConfigureFees(ModelBuilder modelBuilder);
}

internal sealed class SqlitePricesDbContext(DbContextOptions<SqlitePricesDbContext> options, PlatformServices? services = null)
    : PricesDbContext(options, services);

internal sealed class PostgresPricesDbContext(DbContextOptions<PostgresPricesDbContext> options, PlatformServices? services = null)
    : PricesDbContext(options, services);

internal sealed class SqlitePricesDesignFactory : IDesignTimeDbContextFactory<SqlitePricesDbContext>
{
    public SqlitePricesDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqlitePricesDbContext>(DatabaseProvider.Sqlite, PricesDbContext.SchemaName));
}

internal sealed class PostgresPricesDesignFactory : IDesignTimeDbContextFactory<PostgresPricesDbContext>
{
    public PostgresPricesDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresPricesDbContext>(DatabaseProvider.Postgres, PricesDbContext.SchemaName));
}
