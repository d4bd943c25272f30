using Microsoft.EntityFrameworkCore;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Data;

/// <summary>定期检验: stored schedules, inspection bodies and results.</summary>
internal partial class EquipmentDbContext
{
    public DbSet<EquipmentSchedule> Schedules => Set<EquipmentSchedule>();

    public DbSet<InspectionBody> InspectionBodies => Set<InspectionBody>();

    public DbSet<EquipmentInspection> Inspections => Set<EquipmentInspection>();

    static partial void ConfigureInspections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EquipmentSchedule>(e =>
        {
            e.ToTable("Schedules");
            e.HasKey(x => x.EquipmentId);
            e.Property(x => x.EquipmentId).ValueGeneratedNever();
            e.HasOne(x => x.Equipment).WithOne().HasForeignKey<EquipmentSchedule>(x => x.EquipmentId).OnDelete(DeleteBehavior.Cascade);
            // The warning lists (超期未检, 即将到期): state, then 属地 and category filters, ordered by the due month.
            e.HasIndex(x => new { x.Warning, x.DivisionCode, x.Category, x.NextDue });
            e.HasIndex(x => x.NextDue);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.NextKind).HasMaxLength(24);
            e.Property(x => x.LastConclusion).HasMaxLength(20);
            e.Property(x => x.LastBody).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(200);
        });
        modelBuilder.Entity<InspectionBody>(e =>
        {
            e.ToTable("InspectionBodies");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.ApiClientId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.LicenceNo).HasMaxLength(60);
            e.Property(x => x.Categories).HasMaxLength(40);
            e.Property(x => x.ApiClientName).HasMaxLength(200);
        });
        modelBuilder.Entity<EquipmentInspection>(e =>
        {
            e.ToTable("Inspections");
            e.HasIndex(x => new { x.EquipmentId, x.InspectedOn });
            e.HasIndex(x => new { x.DivisionCode, x.InspectedOn });
            e.HasIndex(x => x.SatisfiedDue);
            e.HasIndex(x => x.Mismatch);
            e.HasIndex(x => x.Objection);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.BodyName).HasMaxLength(200);
            e.Property(x => x.Conclusion).HasMaxLength(20);
            e.Property(x => x.ReportNo).HasMaxLength(60);
            e.Property(x => x.Defects).HasMaxLength(8000);
            e.Property(x => x.MismatchResolvedBy).HasMaxLength(100);
            e.Property(x => x.ObjectionReason).HasMaxLength(2000);
            e.Property(x => x.ObjectionDecision).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
