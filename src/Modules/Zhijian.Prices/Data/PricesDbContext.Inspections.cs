using Microsoft.EntityFrameworkCore;
using Zhijian.Prices.Domain.Inspections;

namespace Zhijian.Prices.Data;

/// <summary>明码标价和价格欺诈检查 with their checklist results.</summary>
internal partial class PricesDbContext
{
    public DbSet<PriceInspection> Inspections => Set<PriceInspection>();

    public DbSet<PriceInspectionItem> InspectionItems => Set<PriceInspectionItem>();

    static partial void ConfigureInspections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PriceInspection>(e =>
        {
            e.ToTable("Inspections");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.County, x.CheckedOn });
            e.HasIndex(x => x.TargetUscc);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.TargetUscc).HasMaxLength(18);
            e.Property(x => x.TargetName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Url).HasMaxLength(500);
            e.Property(x => x.Inspectors).HasMaxLength(200);
            e.Property(x => x.IllegalGains).HasPrecision(14, 2);
            e.Property(x => x.PenaltyRange).HasMaxLength(500);
            e.Property(x => x.Evidence).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PriceInspectionItem>(e =>
        {
            e.ToTable("InspectionItems");
            e.HasIndex(x => x.InspectionId);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Code).HasMaxLength(8);
            e.Property(x => x.Note).HasMaxLength(500);
        });
    }
}
