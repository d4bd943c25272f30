using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Storage;

namespace Zhijian.Dashboard.Data;

/// <summary>The supervision centre's tables: schema "dashboard" (PostgreSQL) / prefix "dashboard_" (SQLite).</summary>
internal class DashboardDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "dashboard";

    protected override string Schema => SchemaName;

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanIndicator> Indicators => Set<PlanIndicator>();

    public DbSet<PlanAttachment> Attachments => Set<PlanAttachment>();

    public DbSet<ManualValue> ManualValues => Set<ManualValue>();

    public DbSet<Snapshot> Snapshots => Set<Snapshot>();

    public DbSet<Population> Populations => Set<Population>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Plan>(e =>
        {
            e.ToTable("Plans");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Locality).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.OwnerDivision).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PlanIndicator>(e =>
        {
            e.ToTable("PlanIndicators");
            e.HasIndex(x => new { x.PlanId, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Category).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(40);
            e.Property(x => x.BaseYear).HasMaxLength(20);
            e.Property(x => x.BaseText).HasMaxLength(40);
            e.Property(x => x.TargetYear).HasMaxLength(30);
            e.Property(x => x.TargetText).HasMaxLength(40);
            e.Property(x => x.Formula).HasMaxLength(500);
            e.Property(x => x.Quote).HasMaxLength(2000);
            e.Property(x => x.Section).HasMaxLength(300);
            e.Property(x => x.DataNeeded).HasMaxLength(1000);
            e.Property(x => x.BaseValue).HasPrecision(18, 4);
            e.Property(x => x.TargetValue).HasPrecision(18, 4);
            e.Property(x => x.WarningMargin).HasPrecision(18, 4);
        });
        modelBuilder.Entity<PlanAttachment>(e =>
        {
            e.ToTable("PlanAttachments");
            e.HasIndex(x => new { x.PlanId, x.DivisionCode }).IsUnique();
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.AttachedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ManualValue>(e =>
        {
            e.ToTable("ManualValues");
            e.HasIndex(x => new { x.PlanIndicatorId, x.DivisionCode, x.Period });
            e.HasIndex(x => x.Status);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.EvidenceName).HasMaxLength(200);
            e.Property(x => x.EvidenceType).HasMaxLength(100);
            e.Property(x => x.EvidenceSha256).HasMaxLength(64);
            e.Property(x => x.EnteredBy).HasMaxLength(256);
            e.Property(x => x.EnteredByName).HasMaxLength(100);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecidedByName).HasMaxLength(100);
            e.Property(x => x.RejectReason).HasMaxLength(1000);
        });
        modelBuilder.Entity<Snapshot>(e =>
        {
            e.ToTable("Snapshots");
            e.HasIndex(x => new { x.PlanIndicatorId, x.DivisionCode, x.Period }).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Period });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Value).HasPrecision(24, 6);
            e.Property(x => x.Source).HasMaxLength(10);
            e.Property(x => x.Formula).HasMaxLength(500);
            e.Property(x => x.Inputs).HasConversion(JsonColumn.Converter<Dictionary<string, decimal>>(), JsonColumn.Comparer<Dictionary<string, decimal>>()).HasMaxLength(4000);
        });
        modelBuilder.Entity<Population>(e =>
        {
            e.ToTable("Populations");
            e.HasIndex(x => new { x.DivisionCode, x.Year }).IsUnique();
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Source).HasMaxLength(200);
        });
    }
}

internal sealed class SqliteDashboardDbContext(DbContextOptions<SqliteDashboardDbContext> options, PlatformServices? services = null)
    : DashboardDbContext(options, services);

internal sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options, PlatformServices? services = null)
    : DashboardDbContext(options, services);

internal sealed class SqliteDashboardDesignFactory : IDesignTimeDbContextFactory<SqliteDashboardDbContext>
{
    public SqliteDashboardDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteDashboardDbContext>(DatabaseProvider.Sqlite, DashboardDbContext.SchemaName));
}

internal sealed class PostgresDashboardDesignFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresDashboardDbContext>(DatabaseProvider.Postgres, DashboardDbContext.SchemaName));
}
