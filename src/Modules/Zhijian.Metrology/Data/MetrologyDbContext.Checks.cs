using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Domain.Checks;

namespace Zhijian.Metrology.Data;

/// <summary>民生计量检查 with their items; 定量包装商品净含量检验.</summary>
internal partial class MetrologyDbContext
{
    public DbSet<LivelihoodCheck> Checks => Set<LivelihoodCheck>();

    public DbSet<CheckItem> CheckItems => Set<CheckItem>();

    public DbSet<PackageCheck> PackageChecks => Set<PackageCheck>();

    static partial void ConfigureChecks(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LivelihoodCheck>(e =>
        {
            e.ToTable("Checks");
            e.HasIndex(x => new { x.County, x.CheckedOn });
            e.HasIndex(x => new { x.Passed, x.RectifyBy });
            e.HasIndex(x => x.TargetUscc);
            e.Property(x => x.TargetUscc).HasMaxLength(18);
            e.Property(x => x.TargetName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Inspectors).HasMaxLength(200);
            e.Property(x => x.RecheckNote).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<CheckItem>(e =>
        {
            e.ToTable("CheckItems");
            e.HasIndex(x => x.CheckId);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SerialNo).HasMaxLength(60);
            e.Property(x => x.ErrorPercent).HasPrecision(8, 3);
            e.Property(x => x.Note).HasMaxLength(300);
        });
        modelBuilder.Entity<PackageCheck>(e =>
        {
            e.ToTable("PackageChecks");
            e.HasIndex(x => new { x.County, x.CheckedOn });
            e.Property(x => x.TargetUscc).HasMaxLength(18);
            e.Property(x => x.TargetName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(4);
            e.Property(x => x.Samples).HasMaxLength(4000);
            e.Property(x => x.Nominal).HasPrecision(12, 2);
            e.Property(x => x.T).HasPrecision(12, 2);
            e.Property(x => x.Mean).HasPrecision(12, 2);
            e.Property(x => x.StdDev).HasPrecision(12, 3);
            e.Property(x => x.Reasons).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
