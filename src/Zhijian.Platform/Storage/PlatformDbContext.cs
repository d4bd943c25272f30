using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;

namespace Zhijian.Platform.Storage;

/// <summary>
/// The platform's own tables: identity (staff, roles, org units, API clients), audit chain, outbox,
/// rule settings, holiday schedules entered by administrators, Data Protection keys (shared by app nodes).
/// </summary>
public class PlatformDbContext : IdentityDbContext<StaffUser, IdentityRole, string>,
    IJurisdictionScoped, IZhijianContext, IModuleSchema, IDataProtectionKeyContext
{
    private readonly PlatformServices? _services;

    protected PlatformDbContext(DbContextOptions options, PlatformServices? services) : base(options) => _services = services;

    public static string SchemaName => ModuleModel.PlatformSchema;

    public Jurisdiction Scope => _services?.Actor.Current.Jurisdiction ?? Jurisdiction.Everything;

    PlatformServices? IZhijianContext.Services => _services;

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxHandled> OutboxHandled => Set<OutboxHandled>();

    public DbSet<RuleSetting> RuleSettings => Set<RuleSetting>();

    public DbSet<StoredHolidaySchedule> HolidaySchedules => Set<StoredHolidaySchedule>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Privacy.PersonalDataKey> PersonalDataKeys => Set<Privacy.PersonalDataKey>();

    /// <summary>定时任务运行记录 (<see cref="Jobs.JobRun"/>).</summary>
    public DbSet<Jobs.JobRun> JobRuns => Set<Jobs.JobRun>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(Database, configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(64);
            e.Property(u => u.CertificateNo).HasMaxLength(32);
            e.Property(u => u.FieldTags).HasConversion(ListConverter.Instance, ListConverter.Comparer);
            e.HasIndex(u => u.OrgUnitId);
            e.HasIndex(u => u.CertificateNo).IsUnique().HasFilter(null);
        });
        builder.Entity<Privacy.PersonalDataKey>(e => e.Property(k => k.ProtectedKey).HasMaxLength(1000));
        builder.Entity<OrgUnit>(e =>
        {
            e.HasIndex(o => o.Code).IsUnique();
            e.HasIndex(o => o.DivisionCode);
            e.Property(o => o.Code).HasMaxLength(32);
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.DivisionCode).HasMaxLength(12);
            e.Property(o => o.CoveredDivisions).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(2000);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ApiClient>(e =>
        {
            e.HasIndex(c => c.KeyId).IsUnique();
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.KeyId).HasMaxLength(32);
            e.Property(c => c.KeyHash).HasMaxLength(64);
            e.Property(c => c.Scopes).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(1000);
        });
        builder.Entity<OutboxHandled>(e =>
        {
            e.HasKey(h => new { h.MessageId, h.Handler });
            e.Property(h => h.Handler).HasMaxLength(300);
        });
        builder.Entity<RuleSetting>(e =>
        {
            e.HasIndex(r => new { r.Key, r.EffectiveFrom, r.Version }).IsUnique();
            e.Property(r => r.Key).HasMaxLength(100);
            e.Property(r => r.Value).HasMaxLength(200);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.Property(r => r.ChangedBy).HasMaxLength(256);
        });
        builder.Entity<StoredHolidaySchedule>(e =>
        {
            e.HasKey(s => s.Year);
            e.Property(s => s.Year).ValueGeneratedNever();
            e.Property(s => s.EnteredBy).HasMaxLength(256);
        });
        builder.Entity<Jobs.JobRun>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.JobKey).HasMaxLength(100);
            e.Property(r => r.FireInstanceId).HasMaxLength(200);
            e.Property(r => r.Trigger).HasMaxLength(300);
            e.Property(r => r.Node).HasMaxLength(200);
            e.Property(r => r.Message).HasMaxLength(2000);
            e.HasIndex(r => new { r.JobKey, r.StartedAt });
        });
        builder.Entity<Web.IdempotencyRecord>(e =>
        {
            e.HasKey(r => r.Key);
            e.Property(r => r.Key).HasMaxLength(400);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.Property(r => r.ContentType).HasMaxLength(200);
            e.HasIndex(r => r.CreatedAt);
        });
        ModuleModel.Apply(builder, Database, SchemaName, this, ownsPlatformTables: true);
    }

    /// <summary>Synchronous saves are for framework stores (Data Protection keys); audited changes must use the async path.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => AuditChain.HasPending(this)
        ? throw new NotSupportedException("带审计记录的保存必须使用 SaveChangesAsync（审计链需要事务内加锁）。")
        : base.SaveChanges(acceptAllChangesOnSuccess);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveChain.SaveAsync(this, _services, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
}

/// <summary>SQLite flavour: its own migrations (Storage/Migrations/Sqlite).</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options, PlatformServices? services = null)
    : PlatformDbContext(options, services);

/// <summary>PostgreSQL flavour: its own migrations (Storage/Migrations/Postgres).</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options, PlatformServices? services = null)
    : PlatformDbContext(options, services);
