using Microsoft.EntityFrameworkCore;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Data;

/// <summary>隐患 (with their timeline) and 事故 (with their report chain and timeline).</summary>
internal partial class EquipmentDbContext
{
    public DbSet<Hazard> Hazards => Set<Hazard>();

    public DbSet<HazardEvent> HazardEvents => Set<HazardEvent>();

    public DbSet<Accident> Accidents => Set<Accident>();

    public DbSet<AccidentReport> AccidentReports => Set<AccidentReport>();

    public DbSet<AccidentEvent> AccidentEvents => Set<AccidentEvent>();

    static partial void ConfigureSafety(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Hazard>(e =>
        {
            e.ToTable("Hazards");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Status, x.DeadlineOn });
            e.HasIndex(x => x.EquipmentId);
            e.HasIndex(x => x.EquipmentCode);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.FoundOn);
            e.HasIndex(x => x.ClosedOn);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UserUscc).HasMaxLength(18);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(20);
            e.Property(x => x.SourceReference).HasMaxLength(60);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.FoundBy).HasMaxLength(100);
            e.Property(x => x.DeadlineRule).HasMaxLength(300);
            e.Property(x => x.NoticeNo).HasMaxLength(40);
            e.Property(x => x.Measures).HasMaxLength(1000);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.ReviewOpinion).HasMaxLength(500);
        });
        modelBuilder.Entity<HazardEvent>(e =>
        {
            e.ToTable("HazardEvents");
            e.HasOne(x => x.Hazard).WithMany().HasForeignKey(x => x.HazardId);
            e.HasIndex(x => x.HazardId);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(1000);
        });
        modelBuilder.Entity<Accident>(e =>
        {
            e.ToTable("Accidents");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.SourceCallId).IsUnique();
            e.HasIndex(x => x.OccurredOn);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.EquipmentId);
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.EquipmentDescription).HasMaxLength(200);
            e.Property(x => x.UserUscc).HasMaxLength(18);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Place).HasMaxLength(300);
            e.Property(x => x.LossWan).HasPrecision(18, 2);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.ReporterUnit).HasMaxLength(200);
            e.Property(x => x.ClassReason).HasMaxLength(1000);
            e.Property(x => x.SourceCallNumber).HasMaxLength(40);
            e.Property(x => x.Conclusion).HasMaxLength(2000);
            e.Property(x => x.Responsibility).HasMaxLength(1000);
            e.Property(x => x.Rectification).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<AccidentReport>(e =>
        {
            e.ToTable("AccidentReports");
            e.HasOne(x => x.Accident).WithMany().HasForeignKey(x => x.AccidentId);
            e.HasIndex(x => new { x.AccidentId, x.Seq }).IsUnique();
            e.HasIndex(x => x.DueAt);
            e.Property(x => x.Route).HasMaxLength(100);
            e.Property(x => x.ReportedBy).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<AccidentEvent>(e =>
        {
            e.ToTable("AccidentEvents");
            e.HasOne(x => x.Accident).WithMany().HasForeignKey(x => x.AccidentId);
            e.HasIndex(x => x.AccidentId);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(1000);
        });
    }
}
