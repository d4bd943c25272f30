using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Platform.Storage;

namespace Zhijian.ProductQuality.Data;

/// <summary>
/// The product-quality module's tables: schema "pq" (PostgreSQL) / prefix "pq_" (SQLite). One partial file per area
/// (<c>QualityDbContext.SpotChecks.cs</c> 重点产品目录, 抽查计划, 抽样, 检验结果, 异议复检; <c>.FollowUp.cs</c> 不合格后处理;
/// <c>.Recalls.cs</c> 缺陷报告与召回（消费品、汽车）; <c>.Licences.cs</c> 工业产品生产许可证, 证后检查, CCC), each with its sets and its
/// model configuration.
/// </summary>
internal partial class QualityDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "pq";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ConfigureSpotChecks(modelBuilder);
        ConfigureFollowUp(modelBuilder);
        ConfigureRecalls(modelBuilder);
        ConfigureLicences(modelBuilder);
    }

    static partial void ConfigureSpotChecks(ModelBuilder modelBuilder);

    static partial void ConfigureFollowUp(ModelBuilder modelBuilder);

    static partial void ConfigureRecalls(ModelBuilder modelBuilder);

    static partial void ConfigureLicences(ModelBuilder modelBuilder);
}

internal sealed class SqliteQualityDbContext(DbContextOptions<SqliteQualityDbContext> options, PlatformServices? services = null)
    : QualityDbContext(options, services);

internal sealed class PostgresQualityDbContext(DbContextOptions<PostgresQualityDbContext> options, PlatformServices? services = null)
    : QualityDbContext(options, services);

internal sealed class SqliteQualityDesignFactory : IDesignTimeDbContextFactory<SqliteQualityDbContext>
{
    public SqliteQualityDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteQualityDbContext>(DatabaseProvider.Sqlite, QualityDbContext.SchemaName));
}

internal sealed class PostgresQualityDesignFactory : IDesignTimeDbContextFactory<PostgresQualityDbContext>
{
    public PostgresQualityDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresQualityDbContext>(DatabaseProvider.Postgres, QualityDbContext.SchemaName));
}
