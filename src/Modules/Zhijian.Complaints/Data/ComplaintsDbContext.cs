using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Complaints.Data;

/// <summary>The complaints module's tables: schema "complaints" (PostgreSQL) / prefix "complaints_" (SQLite).</summary>
internal class ComplaintsDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "complaints";

    protected override string Schema => SchemaName;

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<FilingStep> Steps => Set<FilingStep>();

    public DbSet<FilingAttachment> Attachments => Set<FilingAttachment>();

    public DbSet<FilingTransfer> Transfers => Set<FilingTransfer>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<OdrEnterprise> OdrEnterprises => Set<OdrEnterprise>();

    public DbSet<SpikeWarning> Warnings => Set<SpikeWarning>();

    public DbSet<ConsumerWarning> ConsumerWarnings => Set<ConsumerWarning>();

    public DbSet<Features.Statistics.FilingCount> FilingCounts => Set<Features.Statistics.FilingCount>();

    /// <summary>
    /// Saves, and in the same transaction adds what the saved filings change to the statistics rollup
    /// (<see cref="Features.Statistics.FilingCounts"/>): after the filings' own writes, so every save locks a filing before
    /// the rollup's cells.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var deltas = Features.Statistics.FilingCounts.CollectDeltas(ChangeTracker);
        if (deltas.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Features.Statistics.FilingCounts.ApplyAsync(this, deltas, cancellationToken);
            return written;
        }

        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
        var n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await Features.Statistics.FilingCounts.ApplyAsync(this, deltas, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return n;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Filing>(e =>
        {
            e.ToTable("Filings");
            e.HasIndex(x => new { x.SourceSystem, x.SourceTicketId, x.Part }).IsUnique();
            e.HasIndex(x => new { x.IdempotencyKey, x.Part }).IsUnique();
            e.HasIndex(x => x.SubmissionId);
            e.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
            e.HasIndex(x => new { x.Uscc, x.ReceivedOn });
            // Measured at 1,000,000 filings (bench/README.md): the open-items (SLA) index is partial and, on PostgreSQL, covering;
            // the due lists read (DueOn, Id); the received and closed dates are read with what they count.
            var pg = !ModuleModel.IsSqlite(Database);
            var open = e.HasIndex(x => new { x.OrgUnitId, x.OrgUnitName }, "IX_Filings_Open").HasFilter("\"Status\" < 10");
            // ReceivedOn: the supervision centre's 超期未办结 count (open, due before the day, received by it) reads the open filings
            // alone (1,000,000 filings, 100,000 open: 480 ms warm / 2.3 s cold → 110 ms).
            if (pg) open.IncludeProperties(x => new { x.Status, x.DueOn, x.FirstRespondedAt, x.FirstResponseDue, x.DivisionCode, x.HandlerUserName, x.HandlerName, x.ReceivedOn });
            var due = e.HasIndex(x => new { x.DueOn, x.Id }, "IX_Filings_Due").HasFilter("\"DueOn\" IS NOT NULL");
            if (pg) due.IncludeProperties(x => new { x.Status, x.DivisionCode });
            // The SLA overview's not-responded count: the open filings still without a first response (a few per cent of the open).
            var unresponded = e.HasIndex(x => x.FirstResponseDue, "IX_Filings_Unresponded").HasFilter("\"FirstRespondedAt\" IS NULL AND \"Status\" < 10");
            if (pg) unresponded.IncludeProperties(x => new { x.Status, x.DivisionCode, x.OrgUnitId, x.OrgUnitName, x.HandlerUserName, x.HandlerName });
            // The received-date index covers the supervision centre's received counts and the hot spots' partial months (the
            // whole months come from FilingCounts): an index-only range read. SQLite has no INCLUDE, so there the hot-spot columns
            // trail the date as key columns (its planner then reads the index alone, not ~30,000 rows one by one).
            if (pg)
            {
                e.HasIndex(x => x.ReceivedOn, "IX_Filings_Received")
                    .IncludeProperties(x => new { x.DivisionCode, x.Kind, x.FirstRespondedAt, x.FirstResponseDue, x.CategoryCode, x.ProblemCode, x.IndustryCode, x.Uscc });
            }
            else
            {
                e.HasIndex(x => new { x.ReceivedOn, x.DivisionCode, x.Kind, x.CategoryCode, x.ProblemCode, x.IndustryCode, x.Uscc }, "IX_Filings_Received");
            }

            var closed = e.HasIndex(x => x.ClosedOn, "IX_Filings_Closed").HasFilter("\"ClosedOn\" IS NOT NULL");
            if (pg) closed.IncludeProperties(x => new { x.OrgUnitId, x.OrgUnitName, x.DivisionCode, x.Status, x.Kind, x.OnTime, x.Satisfaction });
            e.HasIndex(x => new { x.HandlerUserName, x.Status });
            e.HasIndex(x => x.ProvisionalDue);
            e.HasIndex(x => x.PhoneKey);
            e.HasIndex(x => x.PersonKey);
            e.Property(x => x.SourceSystem).HasMaxLength(40);
            e.Property(x => x.SourceTicketId).HasMaxLength(64);
            e.Property(x => x.IdempotencyKey).HasMaxLength(400);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.PersonName).HasMaxLength(400);
            e.Property(x => x.PersonPhone).HasMaxLength(400);
            e.Property(x => x.PersonIdNumber).HasMaxLength(400);
            e.Property(x => x.PersonAddress).HasMaxLength(1000);
            e.Property(x => x.PhoneKey).HasMaxLength(64);
            e.Property(x => x.PersonKey).HasMaxLength(64);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.TargetName).HasMaxLength(200);
            e.Property(x => x.ShopName).HasMaxLength(200);
            e.Property(x => x.TargetAddress).HasMaxLength(300);
            e.Property(x => x.BusinessChannel).HasConversion<int>();
            e.Property(x => x.PlatformName).HasMaxLength(200);
            foreach (var p in new[] { nameof(Filing.OperatingDivision), nameof(Filing.DomicileDivision), nameof(Filing.PublishedAddressDivision),
                         nameof(Filing.PlatformDivision), nameof(Filing.ConductDivision), nameof(Filing.AdPublisherDivision),
                         nameof(Filing.ReceivedByDivision), nameof(Filing.DivisionCode) })
                e.Property(p).HasMaxLength(12);
            e.Property(x => x.IndustryCode).HasMaxLength(5);
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.ProblemCode).HasMaxLength(20);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Recovered).HasPrecision(14, 2);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Facts).HasMaxLength(8000);
            e.Property(x => x.Demand).HasMaxLength(2000);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.RoutingBasis).HasMaxLength(500);
            e.Property(x => x.HandlerUserName).HasMaxLength(256);
            e.Property(x => x.HandlerName).HasMaxLength(50);
            e.Property(x => x.Pauses).HasConversion(JsonColumn.Converter<List<DeadlinePause>>(), JsonColumn.Comparer<List<DeadlinePause>>()).HasMaxLength(4000);
            e.Property(x => x.RefusalGround).HasConversion<int?>();
            e.Property(x => x.TerminationGround).HasConversion<int?>();
            e.Property(x => x.Outcome).HasMaxLength(4000);
            e.Property(x => x.Flags).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(500);
            e.Property(x => x.SatisfactionComment).HasMaxLength(1000);
            e.Property(x => x.QueryCodeHash).HasMaxLength(64);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsClosed);
        });
        modelBuilder.Entity<FilingStep>(e =>
        {
            e.ToTable("Steps");
            e.HasIndex(x => x.FilingId);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<FilingAttachment>(e =>
        {
            e.ToTable("Attachments");
            e.HasIndex(x => x.FilingId);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<FilingTransfer>(e =>
        {
            e.ToTable("Transfers");
            e.HasIndex(x => x.FilingId);
            e.HasIndex(x => x.FromOrgUnitId);
            e.Property(x => x.FromOrgUnitName).HasMaxLength(100);
            e.Property(x => x.FromDivision).HasMaxLength(12);
            e.Property(x => x.ToOrgUnitName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.ByName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<Category>(e =>
        {
            e.ToTable("Categories");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(60);
            e.HasData(DefaultCategories.All);
        });
        modelBuilder.Entity<OdrEnterprise>(e =>
        {
            e.ToTable("OdrEnterprises");
            e.HasIndex(x => x.Uscc).IsUnique();
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Contact).HasMaxLength(100);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.KeyHash).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<SpikeWarning>(e =>
        {
            e.ToTable("SpikeWarnings");
            e.HasIndex(x => new { x.Dimension, x.Key, x.WeekStart, x.DivisionCode }).IsUnique();
            e.Property(x => x.Dimension).HasMaxLength(20);
            e.Property(x => x.Key).HasMaxLength(40);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Baseline).HasPrecision(10, 2);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<Features.Statistics.FilingCount>(e =>
        {
            e.ToTable("FilingCounts");
            e.HasKey(x => new { x.Dimension, x.Period, x.DivisionCode, x.Kind, x.OrgUnitId, x.OrgUnitName, x.Key, x.Batch });
            e.HasIndex(x => x.Batch, "IX_FilingCounts_Appended").HasFilter("\"Batch\" <> 0"); // the rows the next compaction folds
            // The business ranking: the businesses with the most filings ever, in that order (the all-time cells), and its
            // candidates' exact counts (a key's cells of a period), each read from an index alone.
            if (!ModuleModel.IsSqlite(Database))
            {
                e.HasIndex(x => new { x.Dimension, x.Batch, x.N }, "IX_FilingCounts_Top").IncludeProperties(x => x.Key);
                e.HasIndex(x => new { x.Dimension, x.Key, x.Period }, "IX_FilingCounts_Key").IncludeProperties(x => new { x.DivisionCode, x.Kind, x.N });
            }
            else
            {
                e.HasIndex(x => new { x.Dimension, x.Batch, x.N, x.Key }, "IX_FilingCounts_Top");
                e.HasIndex(x => new { x.Dimension, x.Key, x.Period, x.DivisionCode, x.Kind, x.N }, "IX_FilingCounts_Key");
            }
            e.Property(x => x.Dimension).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<int>();
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Key).HasMaxLength(320); // an open cell's handler: user name (256), U+001F, display name (50)
        });
        modelBuilder.Entity<ConsumerWarning>(e =>
        {
            e.ToTable("ConsumerWarnings");
            e.HasIndex(x => new { x.Status, x.PublishedAt });
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(8000);
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.Basis).HasMaxLength(500);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DraftedBy).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
    }
}

internal sealed class SqliteComplaintsDbContext(DbContextOptions<SqliteComplaintsDbContext> options, PlatformServices? services = null)
    : ComplaintsDbContext(options, services);

internal sealed class PostgresComplaintsDbContext(DbContextOptions<PostgresComplaintsDbContext> options, PlatformServices? services = null)
    : ComplaintsDbContext(options, services);

internal sealed class SqliteComplaintsDesignFactory : IDesignTimeDbContextFactory<SqliteComplaintsDbContext>
{
    public SqliteComplaintsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteComplaintsDbContext>(DatabaseProvider.Sqlite, ComplaintsDbContext.SchemaName));
}

internal sealed class PostgresComplaintsDesignFactory : IDesignTimeDbContextFactory<PostgresComplaintsDbContext>
{
    public PostgresComplaintsDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresComplaintsDbContext>(DatabaseProvider.Postgres, ComplaintsDbContext.SchemaName));
}
