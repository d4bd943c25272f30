using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain.Markets;

namespace Zhijian.FoodSafety.Data;

/// <summary>快检 (test points, methods, items, results, objections, lab confirmation) and 熔断 (rules, failures, suspensions, lifts).</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<TestPoint> TestPoints => Set<TestPoint>();

    public DbSet<RapidItem> RapidItems => Set<RapidItem>();

    public DbSet<RapidTest> RapidTests => Set<RapidTest>();

    public DbSet<FuseRule> FuseRules => Set<FuseRule>();

    public DbSet<FoodFailure> FoodFailures => Set<FoodFailure>();

    public DbSet<Suspension> Suspensions => Set<Suspension>();

    public DbSet<FuseNotice> FuseNotices => Set<FuseNotice>();

    static partial void ConfigureMarkets(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestPoint>(e =>
        {
            e.ToTable("TestPoints");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.OperatorUscc).HasMaxLength(18);
            e.Property(x => x.OperatorName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
        });
        modelBuilder.Entity<RapidItem>(e =>
        {
            e.ToTable("RapidItems");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Method).HasMaxLength(60);
            e.Property(x => x.Groups).HasMaxLength(100);
            e.Property(x => x.Standard).HasMaxLength(200);
        });
        modelBuilder.Entity<RapidTest>(e =>
        {
            e.ToTable("RapidTests");
            e.HasIndex(x => new { x.TestPointId, x.ClientId }).IsUnique();
            e.HasIndex(x => new { x.TestPointId, x.TestedAt });
            e.HasIndex(x => x.TestedAt);
            e.HasIndex(x => new { x.Status, x.ObjectionBy });
            e.HasIndex(x => x.SamplingOrderId);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.ClientId).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Stall).HasMaxLength(40);
            e.Property(x => x.StallOperator).HasMaxLength(100);
            e.Property(x => x.ProductName).HasMaxLength(60);
            e.Property(x => x.ProductGroup).HasMaxLength(10);
            e.Property(x => x.SupplierName).HasMaxLength(200);
            e.Property(x => x.SupplierUscc).HasMaxLength(18);
            e.Property(x => x.Origin).HasMaxLength(60);
            e.Property(x => x.BatchRef).HasMaxLength(120);
            e.Property(x => x.TraceBatchKey).HasMaxLength(200);
            e.Property(x => x.ItemName).HasMaxLength(100);
            e.Property(x => x.Method).HasMaxLength(60);
            e.Property(x => x.Value).HasMaxLength(40);
            e.Property(x => x.Tester).HasMaxLength(60);
            e.Property(x => x.StopNotice).HasMaxLength(500);
            e.Property(x => x.ObjectionReason).HasMaxLength(500);
            e.Property(x => x.SamplingOrderNumber).HasMaxLength(30);
            e.Property(x => x.PostedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FuseRule>(e =>
        {
            e.ToTable("FuseRules");
            e.HasIndex(x => new { x.ProductGroup, x.Version }).IsUnique();
            e.Property(x => x.ProductGroup).HasMaxLength(10);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FoodFailure>(e =>
        {
            e.ToTable("FoodFailures");
            e.HasIndex(x => new { x.Source, x.SourceId }).IsUnique();
            e.HasIndex(x => new { x.SupplierKey, x.At });
            e.HasIndex(x => new { x.Origin, x.At });
            e.HasIndex(x => new { x.ProductName, x.At });
            e.Property(x => x.Source).HasMaxLength(10);
            e.Property(x => x.BatchKey).HasMaxLength(200);
            e.Property(x => x.SupplierKey).HasMaxLength(200);
            e.Property(x => x.SupplierName).HasMaxLength(200);
            e.Property(x => x.Origin).HasMaxLength(60);
            e.Property(x => x.ProductName).HasMaxLength(100);
            e.Property(x => x.ProductGroup).HasMaxLength(10);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
        });
        modelBuilder.Entity<Suspension>(e =>
        {
            e.ToTable("Suspensions");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.SubjectKey, x.ProductGroup });
            e.HasIndex(x => x.StartedAt);
            e.HasIndex(x => x.DivisionCode);
            e.Ignore(x => x.ClosedAt);
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.ProductGroup).HasMaxLength(10);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.Property(x => x.SubjectKey).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.BureauName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.FailureIds).HasMaxLength(400);
            e.Property(x => x.LiftReason).HasMaxLength(500);
            e.Property(x => x.LiftedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FuseNotice>(e =>
        {
            e.ToTable("FuseNotices");
            e.HasIndex(x => x.SuspensionId);
            e.HasIndex(x => x.TestPointId);
            e.Property(x => x.Text).HasMaxLength(500);
        });
    }
}
