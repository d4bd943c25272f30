using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain.Trace;

namespace Zhijian.FoodSafety.Data;

/// <summary>追溯: parties, batches and EPCIS 2.0 events with the indexes/closure of the forward and backward trace.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<TraceParty> TraceParties => Set<TraceParty>();

    public DbSet<TraceBatch> TraceBatches => Set<TraceBatch>();

    public DbSet<TraceHolding> TraceHoldings => Set<TraceHolding>();

    public DbSet<TraceLink> TraceLinks => Set<TraceLink>();

    public DbSet<TraceEvent> TraceEvents => Set<TraceEvent>();

    static partial void ConfigureTrace(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TraceParty>(e =>
        {
            e.ToTable("TraceParties");
            e.HasIndex(x => x.PartyId).IsUnique();
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.ParentId);
            e.HasIndex(x => new { x.Kind, x.DivisionCode });
            e.Property(x => x.PartyId).HasMaxLength(100);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.OperatorName).HasMaxLength(50);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
        });
        modelBuilder.Entity<TraceBatch>(e =>
        {
            e.ToTable("TraceBatches");
            e.HasIndex(x => x.BatchKey).IsUnique();
            e.HasIndex(x => new { x.FirstSeenAt, x.DivisionCode });
            e.Property(x => x.BatchKey).HasMaxLength(60);
            e.Property(x => x.Gtin).HasMaxLength(14);
            e.Property(x => x.Lot).HasMaxLength(20);
            e.Property(x => x.TraceCode).HasMaxLength(40);
            e.Property(x => x.ProductName).HasMaxLength(100);
            e.Property(x => x.CategoryCode).HasMaxLength(4);
            e.Property(x => x.Origin).HasMaxLength(12);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<TraceHolding>(e =>
        {
            e.ToTable("TraceHoldings");
            e.HasIndex(x => new { x.BatchId, x.PartyId }).IsUnique();
            e.HasIndex(x => x.PartyId);
            e.HasOne(x => x.Batch).WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.QuantityReceived).HasPrecision(18, 3);
            e.Property(x => x.Unit).HasMaxLength(10);
        });
        modelBuilder.Entity<TraceLink>(e =>
        {
            // The closure: one narrow row per hop, indexed on both ends with the time so a level of the trace is one index range.
            e.ToTable("TraceLinks");
            e.HasIndex(x => new { x.FromHoldingId, x.At });
            e.HasIndex(x => new { x.ToHoldingId, x.At });
            e.HasIndex(x => x.EventRowId);
            e.HasOne(x => x.FromHolding).WithMany().HasForeignKey(x => x.FromHoldingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.ToHolding).WithMany().HasForeignKey(x => x.ToHoldingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventRowId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Quantity).HasPrecision(18, 3);
        });
        modelBuilder.Entity<TraceEvent>(e =>
        {
            e.ToTable("TraceEvents");
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasIndex(x => new { x.LocationPartyId, x.EventTime });
            e.HasIndex(x => new { x.Step, x.EventTime });
            e.HasIndex(x => new { x.DocumentsMissing, x.EventTime });
            e.Property(x => x.EventId).HasMaxLength(200);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(10);
            e.Property(x => x.TimeZoneOffset).HasMaxLength(6);
            e.Property(x => x.ReadPoint).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.What).HasMaxLength(2000);
            e.Property(x => x.CustomsDeclarationNo).HasMaxLength(60);
            e.Property(x => x.QuarantineCertNo).HasMaxLength(60);
            e.Property(x => x.DisinfectionCertNo).HasMaxLength(60);
            e.Property(x => x.NucleicAcidProofNo).HasMaxLength(60);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
    }
}
