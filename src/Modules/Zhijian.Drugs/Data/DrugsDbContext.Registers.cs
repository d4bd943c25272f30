using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Domain.Registers;

namespace Zhijian.Drugs.Data;

/// <summary>含麻黄碱类复方制剂销售登记、处方药销售检查、药品不良反应/医疗器械不良事件/化妆品不良反应报告与信号: sets and model configuration of the Registers area.</summary>
internal partial class DrugsDbContext
{
    public DbSet<EphedrineSale> EphedrineSales => Set<EphedrineSale>();

    public DbSet<EphedrineWarning> EphedrineWarnings => Set<EphedrineWarning>();

    public DbSet<RxSaleCheck> RxSaleChecks => Set<RxSaleCheck>();

    public DbSet<AdverseReport> AdverseReports => Set<AdverseReport>();

    public DbSet<AdverseSignal> AdverseSignals => Set<AdverseSignal>();

    static partial void ConfigureRegisters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EphedrineSale>(e =>
        {
            e.ToTable("EphedrineSales");
            e.HasIndex(x => new { x.BuyerHash, x.SoldOn }); // per-sale window check and the full pass
            e.HasIndex(x => new { x.BusinessId, x.SaleNo }).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.SoldOn });
            e.HasIndex(x => x.SoldOn);
            e.HasOne(x => x.Warning).WithMany().HasForeignKey(x => x.WarningId);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.SaleNo).HasMaxLength(60);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.ApprovalNo).HasMaxLength(60);
            e.Property(x => x.ContentClass).HasMaxLength(60);
            e.Property(x => x.BuyerHash).HasMaxLength(32);
            e.Property(x => x.BuyerIdProtected).HasMaxLength(200);
            e.Property(x => x.BuyerIdMasked).HasMaxLength(30);
            e.Property(x => x.BuyerNameProtected).HasMaxLength(200);
            e.Property(x => x.BuyerNameMasked).HasMaxLength(30);
        });
        modelBuilder.Entity<EphedrineWarning>(e =>
        {
            e.ToTable("EphedrineWarnings");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.BuyerHash, x.Status });
            e.HasIndex(x => new { x.Status, x.DivisionCode });
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.BuyerHash).HasMaxLength(32);
            e.Property(x => x.BuyerIdMasked).HasMaxLength(30);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.PoliceNote).HasMaxLength(500);
            e.Property(x => x.HandledBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RxSaleCheck>(e =>
        {
            e.ToTable("RxSaleChecks");
            e.HasIndex(x => new { x.BusinessId, x.CheckedOn });
            e.HasIndex(x => new { x.DivisionCode, x.CheckedOn });
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DrugName).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<AdverseReport>(e =>
        {
            e.ToTable("AdverseReports");
            e.HasIndex(x => x.ReportNo).IsUnique();
            e.HasIndex(x => new { x.ProductKey, x.EventOn });
            e.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
            e.HasOne(x => x.Signal).WithMany().HasForeignKey(x => x.SignalId);
            e.Property(x => x.ReportNo).HasMaxLength(40);
            e.Property(x => x.ReporterName).HasMaxLength(200);
            e.Property(x => x.ReporterCode).HasMaxLength(40);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.ProductNo).HasMaxLength(60);
            e.Property(x => x.Batch).HasMaxLength(60);
            e.Property(x => x.Manufacturer).HasMaxLength(200);
            e.Property(x => x.ProductKey).HasMaxLength(300);
            e.Property(x => x.PatientSex).HasMaxLength(4);
            e.Property(x => x.Description).HasMaxLength(2000);
        });
        modelBuilder.Entity<AdverseSignal>(e =>
        {
            e.ToTable("AdverseSignals");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.ProductKey, x.ToOn });
            e.HasIndex(x => x.Reviewed);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.ProductKey).HasMaxLength(300);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.Manufacturer).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ReviewNote).HasMaxLength(1000);
        });
    }
}
