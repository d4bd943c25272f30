using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Data;

/// <summary>抽查：重点产品目录、抽查计划、抽样、检验结果、异议与复检: sets and model configuration of the SpotChecks area.</summary>
internal partial class QualityDbContext
{
    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();

    public DbSet<QualityLab> Labs => Set<QualityLab>();

    public DbSet<SpotCheckPlan> Plans => Set<SpotCheckPlan>();

    public DbSet<PlanCategory> PlanCategories => Set<PlanCategory>();

    public DbSet<SpotCheckTarget> Targets => Set<SpotCheckTarget>();

    public DbSet<SpotCheckSample> Samples => Set<SpotCheckSample>();

    static partial void ConfigureSpotChecks(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProductCategory>(e =>
        {
            e.ToTable("ProductCategories");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(60);
            e.Property(x => x.IndustryPrefixes).HasMaxLength(100);
            e.Property(x => x.Standards).HasMaxLength(4000);
            e.HasData(CatalogueSeed.Categories);
        });
        modelBuilder.Entity<QualityLab>(e =>
        {
            e.ToTable("Labs");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.ApiClientId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Accreditation).HasMaxLength(60);
            e.Property(x => x.ApiClientName).HasMaxLength(200);
            e.HasData(CatalogueSeed.Labs);
        });
        modelBuilder.Entity<SpotCheckPlan>(e =>
        {
            e.ToTable("Plans");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Year, x.DivisionCode });
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Scope).HasMaxLength(400);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.Secret).HasMaxLength(64);
            e.Property(x => x.Algorithm).HasMaxLength(40);
            e.Property(x => x.PublicValue).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PlanCategory>(e =>
        {
            e.ToTable("PlanCategories");
            e.HasIndex(x => new { x.PlanId, x.CategoryId }).IsUnique();
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.CategoryName).HasMaxLength(60);
            e.Property(x => x.CandidateHash).HasMaxLength(64);
        });
        modelBuilder.Entity<SpotCheckTarget>(e =>
        {
            e.ToTable("Targets");
            e.HasIndex(x => new { x.PlanId, x.CategoryCode, x.DrawOrder });
            e.HasIndex(x => x.Uscc);
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Role).HasMaxLength(10);
        });
        modelBuilder.Entity<SpotCheckSample>(e =>
        {
            e.ToTable("Samples");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.CategoryCode });
            // The no-repeat rule: earlier samples of the same product, of the same producer and category.
            e.HasIndex(x => new { x.ProductKey, x.SampledOn });
            e.HasIndex(x => new { x.ProducerUscc, x.CategoryId, x.SampledOn });
            e.HasIndex(x => new { x.DivisionCode, x.SampledOn });
            e.HasIndex(x => new { x.Conclusion, x.NotifiedOn });
            e.HasIndex(x => x.Objection);
            e.HasIndex(x => x.LabId);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.CategoryName).HasMaxLength(60);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Officers).HasMaxLength(100);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.Brand).HasMaxLength(100);
            e.Property(x => x.Model).HasMaxLength(100);
            e.Property(x => x.Standard).HasMaxLength(200);
            e.Property(x => x.Batch).HasMaxLength(100);
            e.Property(x => x.Quantity).HasMaxLength(60);
            e.Property(x => x.BaseQuantity).HasMaxLength(60);
            e.Property(x => x.ProducerUscc).HasMaxLength(18);
            e.Property(x => x.ProducerName).HasMaxLength(200);
            e.Property(x => x.ProducerDivision).HasMaxLength(12);
            e.Property(x => x.SellerUscc).HasMaxLength(18);
            e.Property(x => x.SellerName).HasMaxLength(200);
            e.Property(x => x.SellerDivision).HasMaxLength(12);
            e.Property(x => x.LabName).HasMaxLength(200);
            e.Property(x => x.ProductKey).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.ReportNo).HasMaxLength(60);
            e.Property(x => x.Items).HasMaxLength(20000);
            e.Property(x => x.FailedItems).HasMaxLength(2000);
            e.Property(x => x.ObjectionReason).HasMaxLength(2000);
            e.Property(x => x.ObjectionDecision).HasMaxLength(2000);
            e.Property(x => x.RetestFee).HasPrecision(12, 2);
            e.Property(x => x.RetestCandidates).HasMaxLength(4000);
            e.Property(x => x.RetestCandidateHash).HasMaxLength(64);
            e.Property(x => x.RetestCommitment).HasMaxLength(64);
            e.Property(x => x.RetestSecret).HasMaxLength(64);
            e.Property(x => x.RetestPublicValue).HasMaxLength(200);
            e.Property(x => x.RetestLabName).HasMaxLength(200);
            e.Property(x => x.RetestReportNo).HasMaxLength(60);
            e.Property(x => x.RetestItems).HasMaxLength(20000);
            e.Property(x => x.FeeBorneBy).HasMaxLength(20);
            e.Ignore(x => x.FinalFailed);
        });
    }
}
