using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Platform.Storage;

namespace Zhijian.Inspections.Data;

/// <summary>The inspections module's tables: schema "inspections" (PostgreSQL) / prefix "inspections_" (SQLite).</summary>
internal class InspectionsDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "inspections";

    protected override string Schema => SchemaName;

    public DbSet<InspectionItem> Items => Set<InspectionItem>();

    public DbSet<TargetLibrary> Libraries => Set<TargetLibrary>();

    public DbSet<Inspector> Inspectors => Set<Inspector>();

    public DbSet<InspectorLeave> Leaves => Set<InspectorLeave>();

    public DbSet<InspectorConflict> Conflicts => Set<InspectorConflict>();

    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();

    public DbSet<InspectionTask> Tasks => Set<InspectionTask>();

    public DbSet<TaskDraw> Draws => Set<TaskDraw>();

    public DbSet<DrawCandidates> DrawCandidates => Set<DrawCandidates>();

    public DbSet<TaskTarget> Targets => Set<TaskTarget>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<AssignmentRound> Rounds => Set<AssignmentRound>();

    public DbSet<OfficerDraw> OfficerDraws => Set<OfficerDraw>();

    public DbSet<DrawWitness> Witnesses => Set<DrawWitness>();

    public DbSet<InspectionResult> Results => Set<InspectionResult>();

    public DbSet<ResultAttachment> Attachments => Set<ResultAttachment>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InspectionItem>(e =>
        {
            e.ToTable("Items");
            e.HasIndex(x => new { x.OrgUnitId, x.Code }).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SubItems).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>()).HasMaxLength(4000);
            e.Property(x => x.LegalBasis).HasMaxLength(2000);
            e.Property(x => x.Department).HasMaxLength(60);
            e.Property(x => x.TargetType).HasMaxLength(100);
            e.Property(x => x.Methods).HasConversion(JsonColumn.Converter<List<Contracts.InspectionMethod>>(), JsonColumn.Comparer<List<Contracts.InspectionMethod>>()).HasMaxLength(200);
            e.Property(x => x.Ratio).HasMaxLength(60);
            e.Property(x => x.Frequency).HasMaxLength(60);
            e.Property(x => x.RequiredTags).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<TargetLibrary>(e =>
        {
            e.ToTable("Libraries");
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(1000);
            Lists(e.Property(x => x.Types));
            Lists(e.Property(x => x.IndustryCodes));
            Lists(e.Property(x => x.DivisionCodes));
            Lists(e.Property(x => x.Tags));
            Lists(e.Property(x => x.LicenceTypes));
            Lists(e.Property(x => x.RiskClasses));
            e.Property(x => x.Exemptions).HasConversion(JsonColumn.Converter<List<Exemption>>(), JsonColumn.Comparer<List<Exemption>>()).HasMaxLength(4000);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<Inspector>(e =>
        {
            e.ToTable("Inspectors");
            e.HasIndex(x => x.CertificateNo).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.UserName);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.CertificateNo).HasMaxLength(40);
            e.Property(x => x.Department).HasMaxLength(60);
            e.Property(x => x.FieldTags).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(500);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<InspectorLeave>(e =>
        {
            e.ToTable("InspectorLeaves");
            e.HasIndex(x => x.InspectorId);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<InspectorConflict>(e =>
        {
            e.ToTable("InspectorConflicts");
            e.HasIndex(x => x.InspectorId);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.PersonName).HasMaxLength(50);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<InspectionPlan>(e =>
        {
            e.ToTable("Plans");
            e.HasIndex(x => new { x.OrgUnitId, x.Year });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.ItemIds).HasConversion(Longs(), LongsComparer()).HasMaxLength(2000);
            e.Property(x => x.LibraryIds).HasConversion(Longs(), LongsComparer()).HasMaxLength(2000);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<InspectionTask>(e =>
        {
            e.ToTable("Tasks");
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => new { x.OrgUnitId, x.StartOn });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Mode).HasConversion<int>();
            e.Property(x => x.Status).HasConversion<int>();
            foreach (var p in new[] { nameof(InspectionTask.RatioA), nameof(InspectionTask.RatioB), nameof(InspectionTask.RatioC), nameof(InspectionTask.RatioD), nameof(InspectionTask.RatioU) })
                e.Property(p).HasPrecision(6, 4);
            e.Property(x => x.Departments).HasConversion(JsonColumn.Converter<List<TaskDepartment>>(), JsonColumn.Comparer<List<TaskDepartment>>()).HasMaxLength(4000);
            e.Ignore(x => x.Joint);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<TaskDraw>(e =>
        {
            e.ToTable("Draws");
            e.HasIndex(x => new { x.TaskId, x.Seq }).IsUnique();
            e.Property(x => x.CandidateHash).HasMaxLength(64);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.SecretSealed).HasMaxLength(1000);
            e.Property(x => x.Secret).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<int>();
            e.Property(x => x.Strata).HasConversion(JsonColumn.Converter<List<StratumRecord>>(), JsonColumn.Comparer<List<StratumRecord>>()).HasMaxLength(2000);
            e.Property(x => x.ExemptionTags).HasConversion(JsonColumn.Converter<List<Exemption>>(), JsonColumn.Comparer<List<Exemption>>()).HasMaxLength(4000);
            e.Property(x => x.CommittedBy).HasMaxLength(256);
            e.Property(x => x.WitnessName).HasMaxLength(50);
            e.Property(x => x.WitnessValue).HasMaxLength(200);
            e.Property(x => x.DrawnBy).HasMaxLength(256);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Algorithm).HasMaxLength(20).HasDefaultValue(DrawAlgorithm.V1);
            e.Property(x => x.Kind).HasConversion<int>().HasDefaultValue(DrawKind.Main);
            e.Property(x => x.Library).HasConversion(new ValueConverter<FrozenLibrary?, string>(
                v => JsonSerializer.Serialize(v, ZhijianJson.Options), v => JsonSerializer.Deserialize<FrozenLibrary>(v, ZhijianJson.Options)), JsonColumn.Comparer<FrozenLibrary?>()).HasMaxLength(20000);
            e.Property(x => x.Replaces).HasConversion(JsonColumn.Converter<List<Replacement>>(), JsonColumn.Comparer<List<Replacement>>()).HasMaxLength(100000);
            e.Property(x => x.Witnesses).HasConversion(JsonColumn.Converter<List<WitnessEntry>>(), JsonColumn.Comparer<List<WitnessEntry>>()).HasMaxLength(4000);
            e.Property(x => x.PublicValueSource).HasMaxLength(200);
            e.Property(x => x.CancelledBy).HasMaxLength(256);
            e.Property(x => x.CancelReason).HasMaxLength(500);
        });
        modelBuilder.Entity<OfficerDraw>(e =>
        {
            e.ToTable("OfficerDraws");
            e.HasIndex(x => new { x.TaskId, x.Seq }).IsUnique();
            e.Property(x => x.Status).HasConversion<int>();
            e.Property(x => x.FrozenHash).HasMaxLength(64);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.SecretSealed).HasMaxLength(1000);
            e.Property(x => x.Secret).HasMaxLength(64);
            e.Property(x => x.PublicValueSource).HasMaxLength(200);
            e.Property(x => x.Witnesses).HasConversion(JsonColumn.Converter<List<WitnessEntry>>(), JsonColumn.Comparer<List<WitnessEntry>>()).HasMaxLength(4000);
            e.Property(x => x.CommittedBy).HasMaxLength(256);
            e.Property(x => x.DrawnBy).HasMaxLength(256);
            e.Property(x => x.CancelledBy).HasMaxLength(256);
            e.Property(x => x.CancelReason).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<DrawWitness>(e =>
        {
            e.ToTable("Witnesses");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.Unit).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(50);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<DrawCandidates>(e =>
        {
            e.ToTable("DrawCandidates");
            e.HasKey(x => x.DrawId);
            e.Property(x => x.DrawId).ValueGeneratedNever();
        });
        modelBuilder.Entity<TaskTarget>(e =>
        {
            e.ToTable("Targets");
            e.HasIndex(x => new { x.TaskId, x.Uscc }).IsUnique();
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.EntityName).HasMaxLength(200);
            e.Property(x => x.LegalRep).HasMaxLength(100);
            e.Property(x => x.Label).HasMaxLength(2);
            e.Property(x => x.Status).HasConversion<int>();
            e.Property(x => x.ReplacedReason).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<Assignment>(e =>
        {
            e.ToTable("Assignments");
            e.HasIndex(x => new { x.TaskId, x.TargetId });
            e.HasIndex(x => x.InspectorId);
            e.Property(x => x.InspectorName).HasMaxLength(50);
            e.Property(x => x.CertificateNo).HasMaxLength(40);
            e.Property(x => x.RecusalReason).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<AssignmentRound>(e =>
        {
            e.ToTable("AssignmentRounds");
            e.HasIndex(x => new { x.TaskId, x.TargetId, x.DepartmentIndex, x.Round }).IsUnique();
            e.Property(x => x.Label).HasMaxLength(60);
            Lists(e.Property(x => x.Eligible), 20000);
            Lists(e.Property(x => x.Picked), 1000);
            e.Property(x => x.Excluded).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<InspectionResult>(e =>
        {
            e.ToTable("Results");
            e.HasIndex(x => x.TargetId).IsUnique();
            e.HasIndex(x => new { x.TaskId, x.Uscc });
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.PublishBy);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.EntityName).HasMaxLength(200);
            e.Property(x => x.Category).HasConversion<int>();
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.EnteredBy).HasMaxLength(256);
            Lists(e.Property(x => x.ConfirmedBy), 1000);
            e.Property(x => x.CorrectionReason).HasMaxLength(1000);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<ResultAttachment>(e =>
        {
            e.ToTable("Attachments");
            e.HasIndex(x => x.ResultId);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
    }

    private static void Lists(PropertyBuilder<List<string>> p, int max = 1000) =>
        p.HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(max);

    private static ValueConverter<List<long>, string> Longs() => new(
        v => string.Join(',', v),
        v => v.Length == 0 ? new List<long>() : v.Split(',', StringSplitOptions.None).Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList());

    private static ValueComparer<List<long>> LongsComparer() => new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)),
        v => v.ToList());
}

internal sealed class SqliteInspectionsDbContext(DbContextOptions<SqliteInspectionsDbContext> options, PlatformServices? services = null)
    : InspectionsDbContext(options, services);

internal sealed class PostgresInspectionsDbContext(DbContextOptions<PostgresInspectionsDbContext> options, PlatformServices? services = null)
    : InspectionsDbContext(options, services);

internal sealed class SqliteInspectionsDesignFactory : IDesignTimeDbContextFactory<SqliteInspectionsDbContext>
{
    public SqliteInspectionsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteInspectionsDbContext>(DatabaseProvider.Sqlite, InspectionsDbContext.SchemaName));
}

internal sealed class PostgresInspectionsDesignFactory : IDesignTimeDbContextFactory<PostgresInspectionsDbContext>
{
    public PostgresInspectionsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresInspectionsDbContext>(DatabaseProvider.Postgres, InspectionsDbContext.SchemaName));
}
