using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.FollowUp;

namespace Zhijian.ProductQuality.Data;

/// <summary>不合格后处理：停止生产销售、责令整改、复查、公告、再次复查、移送: sets and model configuration of the FollowUp area.</summary>
internal partial class QualityDbContext
{
    public DbSet<QualityFollowUp> FollowUps => Set<QualityFollowUp>();

    public DbSet<QualityFollowUpEvent> FollowUpEvents => Set<QualityFollowUpEvent>();

    static partial void ConfigureFollowUp(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QualityFollowUp>(e =>
        {
            e.ToTable("FollowUps");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.SampleId, x.Part }).IsUnique();
            e.HasIndex(x => new { x.Stage, x.DueOn });
            e.HasIndex(x => x.ProductKey);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.ProducerUscc);
            e.HasIndex(x => x.PlanId);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.SampleNumber).HasMaxLength(40);
            e.Property(x => x.PlanName).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(20);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.ProductCategoryCode).HasMaxLength(20);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.ProductKey).HasMaxLength(300);
            e.Property(x => x.Brand).HasMaxLength(100);
            e.Property(x => x.Model).HasMaxLength(100);
            e.Property(x => x.Standard).HasMaxLength(100);
            e.Property(x => x.ProducerUscc).HasMaxLength(18);
            e.Property(x => x.ProducerName).HasMaxLength(200);
            e.Property(x => x.ProducerDivision).HasMaxLength(12);
            e.Property(x => x.SellerUscc).HasMaxLength(18);
            e.Property(x => x.SellerName).HasMaxLength(200);
            e.Property(x => x.SellerDivision).HasMaxLength(12);
            e.Property(x => x.FailedItems).HasMaxLength(1000);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DueStep).HasMaxLength(20);
            e.Property(x => x.StopConfirmedHow).HasMaxLength(200);
            e.Property(x => x.OrderNo).HasMaxLength(60);
            e.Property(x => x.CorrectionReport).HasMaxLength(1000);
            e.Property(x => x.RecheckReportNo).HasMaxLength(60);
            e.Property(x => x.RecheckConclusion).HasMaxLength(500);
            e.Property(x => x.Announcement).HasMaxLength(300);
            e.Property(x => x.SecondReportNo).HasMaxLength(60);
            e.Property(x => x.SecondConclusion).HasMaxLength(500);
            e.Property(x => x.WithdrawReason).HasMaxLength(500);
            e.Property(x => x.ProducerBureauName).HasMaxLength(100);
            e.Property(x => x.ProducerLetterNo).HasMaxLength(60);
            e.Property(x => x.ReferredBy).HasMaxLength(100);
        });
        modelBuilder.Entity<QualityFollowUpEvent>(e =>
        {
            e.ToTable("FollowUpEvents");
            e.HasOne(x => x.FollowUp).WithMany().HasForeignKey(x => x.FollowUpId);
            e.HasIndex(x => x.FollowUpId);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(1000);
        });
    }
}
