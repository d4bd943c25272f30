using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Data;

/// <summary>
/// The food-safety module's tables: schema "food" (PostgreSQL) / prefix "food_" (SQLite). One partial file per area
/// (<c>FoodSafetyDbContext.Businesses.cs</c> businesses, licences and grades; <c>.Supervision.cs</c> 监督检查;
/// <c>.Sampling.cs</c> 抽检监测 and 核查处置; <c>.Markets.cs</c> 快检 and 熔断; <c>.Trace.cs</c> 追溯 events (EPCIS 2.0);
/// <c>.Recalls.cs</c> 食品召回), each with its sets and its model configuration.
/// </summary>
internal partial class FoodSafetyDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "food";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureBusinesses(modelBuilder);
        ConfigureSupervision(modelBuilder);
        ConfigureSampling(modelBuilder);
        ConfigureMarkets(modelBuilder);
        ConfigureTrace(modelBuilder);
        ConfigureRecalls(modelBuilder);
    }

    static partial void ConfigureBusinesses(ModelBuilder modelBuilder);

    static partial void ConfigureSupervision(ModelBuilder modelBuilder);

    static partial void ConfigureSampling(ModelBuilder modelBuilder);

    static partial void ConfigureMarkets(ModelBuilder modelBuilder);

    static partial void ConfigureTrace(ModelBuilder modelBuilder);

    static partial void ConfigureRecalls(ModelBuilder modelBuilder);
}

internal sealed class SqliteFoodSafetyDbContext(DbContextOptions<SqliteFoodSafetyDbContext> options, PlatformServices? services = null)
    : FoodSafetyDbContext(options, services);

internal sealed class PostgresFoodSafetyDbContext(DbContextOptions<PostgresFoodSafetyDbContext> options, PlatformServices? services = null)
    : FoodSafetyDbContext(options, services);

internal sealed class SqliteFoodSafetyDesignFactory : IDesignTimeDbContextFactory<SqliteFoodSafetyDbContext>
{
    public SqliteFoodSafetyDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteFoodSafetyDbContext>(DatabaseProvider.Sqlite, FoodSafetyDbContext.SchemaName));
}

internal sealed class PostgresFoodSafetyDesignFactory : IDesignTimeDbContextFactory<PostgresFoodSafetyDbContext>
{
    public PostgresFoodSafetyDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresFoodSafetyDbContext>(DatabaseProvider.Postgres, FoodSafetyDbContext.SchemaName));
}
