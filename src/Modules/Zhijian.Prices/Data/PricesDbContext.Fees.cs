using Microsoft.EntityFrameworkCore;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Data;

/// <summary>涉企收费目录清单 and 核查 (complaints, checks) with refunds ordered and made (each refund a row of FeeRefunds).</summary>
internal partial class PricesDbContext
{
    public DbSet<FeeItem> FeeItems => Set<FeeItem>();

    public DbSet<FeeCase> FeeCases => Set<FeeCase>();

    public DbSet<FeeRefund> FeeRefunds => Set<FeeRefund>();

    static partial void ConfigureFees(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeeItem>(e =>
        {
            e.ToTable("FeeItems");
            e.HasIndex(x => x.County);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ChargerName).HasMaxLength(200);
            e.Property(x => x.LegalBasis).HasMaxLength(500);
            e.Property(x => x.Standard).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FeeCase>(e =>
        {
            e.ToTable("FeeCases");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.County, x.OpenedOn });
            e.HasIndex(x => x.FeeItemId);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.ChargerName).HasMaxLength(200);
            e.Property(x => x.ComplaintNumber).HasMaxLength(40);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.Inspectors).HasMaxLength(200);
            e.Property(x => x.Finding).HasMaxLength(2000);
            e.Property(x => x.ViolationKind).HasMaxLength(40);
            e.Property(x => x.RefundOrdered).HasPrecision(14, 2);
            e.Property(x => x.RefundMade).HasPrecision(14, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FeeRefund>(e =>
        {
            e.ToTable("FeeRefunds");
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.County, x.RefundedOn });
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Note).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
