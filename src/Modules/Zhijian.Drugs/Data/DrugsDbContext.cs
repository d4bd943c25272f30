using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Data;

/// <summary>
/// The drugs module's tables (药品·医疗器械·化妆品): schema "drugs" (PostgreSQL) / prefix "drugs_" (SQLite). One partial file
/// per area (<c>DrugsDbContext.Licences.cs</c> 经营企业, 药品经营许可证, 医疗器械经营许可与备案, 化妆品经营, 执业药师, 自查报告;
/// <c>.Supervision.cs</c> 网格化监管, GSP 检查, 风险分级, 疫苗储存; <c>.Registers.cs</c> 含麻黄碱类复方制剂销售, 处方药销售检查,
/// 不良反应报告与信号), each with its sets and its model configuration.
/// </summary>
internal partial class DrugsDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "drugs";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureLicences(modelBuilder);
        ConfigureSupervision(modelBuilder);
        ConfigureRegisters(modelBuilder);
    }

    static partial void ConfigureLicences(ModelBuilder modelBuilder);

    static partial void ConfigureSupervision(ModelBuilder modelBuilder);

    static partial void ConfigureRegisters(ModelBuilder modelBuilder);
}

internal sealed class SqliteDrugsDbContext(DbContextOptions<SqliteDrugsDbContext> options, PlatformServices? services = null)
    : DrugsDbContext(options, services);

internal sealed class PostgresDrugsDbContext(DbContextOptions<PostgresDrugsDbContext> options, PlatformServices? services = null)
    : DrugsDbContext(options, services);

internal sealed class SqliteDrugsDesignFactory : IDesignTimeDbContextFactory<SqliteDrugsDbContext>
{
    public SqliteDrugsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteDrugsDbContext>(DatabaseProvider.Sqlite, DrugsDbContext.SchemaName));
}

internal sealed class PostgresDrugsDesignFactory : IDesignTimeDbContextFactory<PostgresDrugsDbContext>
{
    public PostgresDrugsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresDrugsDbContext>(DatabaseProvider.Postgres, DrugsDbContext.SchemaName));
}
