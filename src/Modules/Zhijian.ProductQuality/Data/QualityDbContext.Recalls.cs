using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Data;

/// <summary>缺陷产品召回：缺陷报告、调查、主动与责令召回（消费品、汽车）: sets and model configuration of the Recalls area.</summary>
internal partial class QualityDbContext
{
    public DbSet<DefectReport> DefectReports => Set<DefectReport>();

    public DbSet<Investigation> Investigations => Set<Investigation>();

    public DbSet<InvestigationStep> InvestigationSteps => Set<InvestigationStep>();

    public DbSet<Recall> Recalls => Set<Recall>();

    public DbSet<RecallProgress> RecallProgress => Set<RecallProgress>();

    public DbSet<RecallEvent> RecallEvents => Set<RecallEvent>();

    static partial void ConfigureRecalls(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefectReport>(e =>
        {
            e.ToTable("DefectReports");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.ReportedOn);
            e.HasIndex(x => new { x.Status, x.Kind });
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FirmDivisionCode).HasMaxLength(12);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(60);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Models).HasMaxLength(500);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.DueRule).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<Investigation>(e =>
        {
            e.ToTable("DefectInvestigations");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => new { x.Status, x.ObjectionDueOn });
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.ComplaintRef).HasMaxLength(40);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FirmDivisionCode).HasMaxLength(12);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(60);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Models).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Conclusion).HasMaxLength(2000);
            e.Property(x => x.ObjectionRule).HasMaxLength(500);
            e.Property(x => x.ObjectionText).HasMaxLength(2000);
            e.Property(x => x.ObjectionDecision).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<InvestigationStep>(e =>
        {
            e.ToTable("DefectInvestigationSteps");
            e.HasIndex(x => x.InvestigationId);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.By).HasMaxLength(100);
        });
        modelBuilder.Entity<Recall>(e =>
        {
            e.ToTable("Recalls");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => new { x.Status, x.Kind });
            e.HasIndex(x => x.NoticeOn);
            e.HasIndex(x => x.SummaryOn);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FirmDivisionCode).HasMaxLength(12);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(60);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Models).HasMaxLength(500);
            e.Property(x => x.Defect).HasMaxLength(2000);
            e.Property(x => x.Hazard).HasMaxLength(2000);
            e.Property(x => x.Contact).HasMaxLength(200);
            e.Property(x => x.OrderNo).HasMaxLength(60);
            e.Property(x => x.PlanRule).HasMaxLength(500);
            e.Property(x => x.Scope).HasMaxLength(1000);
            e.Property(x => x.NoticeRule).HasMaxLength(500);
            e.Property(x => x.NoticeText).HasMaxLength(4000);
            e.Property(x => x.OwnerNoticeRule).HasMaxLength(500);
            e.Property(x => x.SummaryRule).HasMaxLength(500);
            e.Property(x => x.SummaryText).HasMaxLength(2000);
            e.Property(x => x.RefusalNote).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RecallProgress>(e =>
        {
            e.ToTable("RecallProgress");
            e.HasIndex(x => x.RecallId);
            e.Property(x => x.Notes).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(100);
        });
        modelBuilder.Entity<RecallEvent>(e =>
        {
            e.ToTable("RecallEvents");
            e.HasIndex(x => new { x.Subject, x.SubjectId });
            e.Property(x => x.Subject).HasMaxLength(20);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(1000);
        });
    }
}
