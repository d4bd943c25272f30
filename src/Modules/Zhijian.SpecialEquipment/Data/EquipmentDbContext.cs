using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.SpecialEquipment.Data;

/// <summary>
/// The special-equipment module's tables: schema "sequip" (PostgreSQL) / prefix "sequip_" (SQLite). One partial file per area
/// (<c>EquipmentDbContext.Registry.cs</c> equipment and 使用登记; <c>.Inspections.cs</c> schedules, inspection bodies and results;
/// <c>.Maintenance.cs</c> maintenance companies, contracts, records, self-checks and 96333 calls; <c>.Safety.cs</c> 隐患 and 事故),
/// each with its sets and its model configuration.
/// </summary>
internal partial class EquipmentDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "sequip";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureRegistry(modelBuilder);
        ConfigureInspections(modelBuilder);
        ConfigureMaintenance(modelBuilder);
        ConfigureSafety(modelBuilder);
    }

    static partial void ConfigureRegistry(ModelBuilder modelBuilder);

    static partial void ConfigureInspections(ModelBuilder modelBuilder);

    static partial void ConfigureMaintenance(ModelBuilder modelBuilder);

    static partial void ConfigureSafety(ModelBuilder modelBuilder);
}

internal sealed class SqliteEquipmentDbContext(DbContextOptions<SqliteEquipmentDbContext> options, PlatformServices? services = null)
    : EquipmentDbContext(options, services);

internal sealed class PostgresEquipmentDbContext(DbContextOptions<PostgresEquipmentDbContext> options, PlatformServices? services = null)
    : EquipmentDbContext(options, services);

internal sealed class SqliteEquipmentDesignFactory : IDesignTimeDbContextFactory<SqliteEquipmentDbContext>
{
    public SqliteEquipmentDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteEquipmentDbContext>(DatabaseProvider.Sqlite, EquipmentDbContext.SchemaName));
}

internal sealed class PostgresEquipmentDesignFactory : IDesignTimeDbContextFactory<PostgresEquipmentDbContext>
{
    public PostgresEquipmentDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresEquipmentDbContext>(DatabaseProvider.Postgres, EquipmentDbContext.SchemaName));
}
