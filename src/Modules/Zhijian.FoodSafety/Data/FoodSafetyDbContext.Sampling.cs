using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain.Sampling;

namespace Zhijian.FoodSafety.Data;

/// <summary>抽检监测 (labs, sampling orders, results, 复检/异议, history) and 核查处置.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<Lab> Labs => Set<Lab>();

    public DbSet<SamplingOrder> SamplingOrders => Set<SamplingOrder>();

    public DbSet<SamplingResultItem> SamplingResultItems => Set<SamplingResultItem>();

    public DbSet<SamplingReview> SamplingReviews => Set<SamplingReview>();

    public DbSet<SamplingEvent> SamplingEvents => Set<SamplingEvent>();

    public DbSet<Disposal> Disposals => Set<Disposal>();

    public DbSet<DisposalTask> DisposalTasks => Set<DisposalTask>();

    public DbSet<DisposalStep> DisposalSteps => Set<DisposalStep>();

    static partial void ConfigureSampling(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lab>(e =>
        {
            e.ToTable("Labs");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.ApiClientId);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CmaNumber).HasMaxLength(40);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.ApiClientName).HasMaxLength(100);
        });
        modelBuilder.Entity<SamplingOrder>(e =>
        {
            e.ToTable("SamplingOrders");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ReportNo);
            e.HasIndex(x => new { x.Status, x.SampledOn });
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.PublishedOn);
            e.HasIndex(x => x.LabId);
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Samplers).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.BusinessAddress).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CategoryCode).HasMaxLength(4);
            e.Property(x => x.FoodName).HasMaxLength(100);
            e.Property(x => x.Brand).HasMaxLength(100);
            e.Property(x => x.Specification).HasMaxLength(100);
            e.Property(x => x.BatchNumber).HasMaxLength(60);
            e.Property(x => x.ProducerName).HasMaxLength(200);
            e.Property(x => x.ProducerAddress).HasMaxLength(300);
            e.Property(x => x.ProducerUscc).HasMaxLength(18);
            e.Property(x => x.ProducerDivision).HasMaxLength(12);
            e.Property(x => x.Quantity).HasMaxLength(40);
            e.Property(x => x.Reserve).HasMaxLength(40);
            e.Property(x => x.ReportNo).HasMaxLength(60);
            e.Property(x => x.PublishedBy).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<SamplingResultItem>(e =>
        {
            e.ToTable("SamplingResultItems");
            e.HasIndex(x => new { x.OrderId, x.Retest, x.Seq });
            e.Property(x => x.Item).HasMaxLength(100);
            e.Property(x => x.Standard).HasMaxLength(200);
            e.Property(x => x.StandardValue).HasMaxLength(60);
            e.Property(x => x.Measured).HasMaxLength(60);
            e.Property(x => x.Unit).HasMaxLength(20);
        });
        modelBuilder.Entity<SamplingReview>(e =>
        {
            e.ToTable("SamplingReviews");
            e.HasIndex(x => x.OrderId);
            e.HasIndex(x => x.Status);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.DecisionNo).HasMaxLength(60);
            e.Property(x => x.RefusalReason).HasMaxLength(500);
            e.Property(x => x.ExtensionReason).HasMaxLength(500);
            e.Property(x => x.Candidates).HasMaxLength(4000);
            e.Property(x => x.CandidateHash).HasMaxLength(64);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.Secret).HasMaxLength(64);
            e.Property(x => x.PublicValue).HasMaxLength(200);
            e.Property(x => x.Algorithm).HasMaxLength(40);
            e.Property(x => x.ReportNo).HasMaxLength(60);
            e.Property(x => x.Decision).HasMaxLength(1000);
        });
        modelBuilder.Entity<SamplingEvent>(e =>
        {
            e.ToTable("SamplingEvents");
            e.HasIndex(x => x.OrderId);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(500);
        });
        modelBuilder.Entity<Disposal>(e =>
        {
            e.ToTable("Disposals");
            e.HasIndex(x => x.OrderId).IsUnique();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.CompletedOn, x.DueOn });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.OrderNumber).HasMaxLength(30);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.FoodName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Summary).HasMaxLength(1000);
        });
        modelBuilder.Entity<DisposalTask>(e =>
        {
            e.ToTable("DisposalTasks");
            e.HasIndex(x => x.DisposalId);
            e.Property(x => x.Role).HasMaxLength(10);
            e.Property(x => x.Addressee).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(300);
        });
        modelBuilder.Entity<DisposalStep>(e =>
        {
            e.ToTable("DisposalSteps");
            e.HasIndex(x => x.DisposalId);
            e.Property(x => x.Label).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(500);
        });
    }
}
