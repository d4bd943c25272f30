using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain.Recalls;

namespace Zhijian.FoodSafety.Data;

/// <summary>食品召回: recalls, their scope, plan, announcement, progress reports, summary and disposal.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<Recall> Recalls => Set<Recall>();

    public DbSet<RecallProduct> RecallProducts => Set<RecallProduct>();

    public DbSet<RecallBatch> RecallBatches => Set<RecallBatch>();

    public DbSet<RecallProgress> RecallProgress => Set<RecallProgress>();

    public DbSet<RecallDisposal> RecallDisposals => Set<RecallDisposal>();

    public DbSet<RecallScopeLine> RecallScopeLines => Set<RecallScopeLine>();

    public DbSet<RecallEvent> RecallEvents => Set<RecallEvent>();

    static partial void ConfigureRecalls(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Recall>(e =>
        {
            e.ToTable("Recalls");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueOn });
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.AnnouncedOn);
            e.HasIndex(x => x.CompletedOn);
            e.HasIndex(x => x.StartedOn);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.ProducerName).HasMaxLength(200);
            e.Property(x => x.ProducerAddress).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.LevelDefinition).HasMaxLength(500);
            e.Property(x => x.LevelRegime).HasMaxLength(10);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.Property(x => x.StartRule).HasMaxLength(500);
            e.Property(x => x.OrderNo).HasMaxLength(60);
            e.Property(x => x.PlanSummary).HasMaxLength(2000);
            e.Property(x => x.PlannedQuantity).HasPrecision(18, 3);
            e.Property(x => x.AnnouncementText).HasMaxLength(4000);
            e.Property(x => x.CompleteRule).HasMaxLength(500);
            e.Property(x => x.ExtensionReason).HasMaxLength(500);
            e.Property(x => x.ExtensionApprovedBy).HasMaxLength(100);
            e.Property(x => x.SummaryText).HasMaxLength(2000);
            e.Property(x => x.SummaryRecalled).HasPrecision(18, 3);
            e.Property(x => x.SummarySold).HasPrecision(18, 3);
            e.Property(x => x.EvaluationNote).HasMaxLength(1000);
            e.Property(x => x.EvaluatedBy).HasMaxLength(100);
            e.Property(x => x.ScopeBatchKey).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RecallProduct>(e =>
        {
            e.ToTable("RecallProducts");
            e.HasIndex(x => new { x.RecallId, x.Seq });
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Specification).HasMaxLength(100);
            e.Property(x => x.Gtin).HasMaxLength(14);
        });
        modelBuilder.Entity<RecallBatch>(e =>
        {
            e.ToTable("RecallBatches");
            e.HasIndex(x => x.RecallId);
            e.HasIndex(x => x.Lot);
            e.Property(x => x.Lot).HasMaxLength(60);
            e.Property(x => x.Produced).HasPrecision(18, 3);
            e.Property(x => x.Sold).HasPrecision(18, 3);
        });
        modelBuilder.Entity<RecallProgress>(e =>
        {
            e.ToTable("RecallProgress");
            e.HasIndex(x => x.RecallId);
            e.Property(x => x.Recalled).HasPrecision(18, 3);
            e.Property(x => x.Planned).HasPrecision(18, 3);
            e.Property(x => x.Sold).HasPrecision(18, 3);
            e.Property(x => x.Notes).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RecallDisposal>(e =>
        {
            e.ToTable("RecallDisposals");
            e.HasIndex(x => x.RecallId);
            e.Property(x => x.Quantity).HasPrecision(18, 3);
            e.Property(x => x.DoneQuantity).HasPrecision(18, 3);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Witnesses).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<RecallScopeLine>(e =>
        {
            e.ToTable("RecallScopeLines");
            e.HasIndex(x => x.RecallId);
            e.Property(x => x.PartyId).HasMaxLength(100);
            e.Property(x => x.PartyName).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.PartyKind).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.BatchKey).HasMaxLength(200);
            e.Property(x => x.ProductName).HasMaxLength(100);
            e.Property(x => x.QuantityReceived).HasPrecision(18, 3);
            e.Property(x => x.Recalled).HasPrecision(18, 3);
            e.Property(x => x.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<RecallEvent>(e =>
        {
            e.ToTable("RecallEvents");
            e.HasIndex(x => x.RecallId);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(1000);
        });
    }
}
