using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Domain.Supervision;

namespace Zhijian.Drugs.Data;

/// <summary>网格化监管、GSP 检查、风险分级、跟踪整改与疫苗储存冷链检查: sets and model configuration of the Supervision area.</summary>
internal partial class DrugsDbContext
{
    public DbSet<DrugGrid> Grids => Set<DrugGrid>();

    public DbSet<DrugGridAssignment> GridAssignments => Set<DrugGridAssignment>();

    public DbSet<DrugInspection> Inspections => Set<DrugInspection>();

    public DbSet<DrugInspectionItem> InspectionItems => Set<DrugInspectionItem>();

    public DbSet<DrugRiskGrade> RiskGrades => Set<DrugRiskGrade>();

    public DbSet<VaccinationPoint> VaccinationPoints => Set<VaccinationPoint>();

    public DbSet<VaccineCheck> VaccineChecks => Set<VaccineCheck>();

    static partial void ConfigureSupervision(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DrugGrid>(e =>
        {
            e.ToTable("Grids");
            e.HasIndex(x => new { x.DivisionCode, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Streets).HasMaxLength(500);
            e.Property(x => x.OfficerUser).HasMaxLength(100);
            e.Property(x => x.OfficerName).HasMaxLength(50);
            e.Property(x => x.GridWorker).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<DrugGridAssignment>(e =>
        {
            e.ToTable("GridAssignments");
            e.HasKey(x => x.BusinessId);
            e.Property(x => x.BusinessId).ValueGeneratedNever();
            e.HasIndex(x => x.GridId);
            e.Property(x => x.AssignedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<DrugInspection>(e =>
        {
            e.ToTable("Inspections");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.BusinessId, x.InspectedOn });
            e.HasIndex(x => new { x.DivisionCode, x.InspectedOn });
            e.HasIndex(x => new { x.Rectify, x.RectifyDueOn });
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Officer1).HasMaxLength(50);
            e.Property(x => x.Officer2).HasMaxLength(50);
            e.Property(x => x.Findings).HasMaxLength(1000);
            e.Property(x => x.RecheckNote).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DrugInspectionItem>(e =>
        {
            e.ToTable("InspectionItems");
            e.Property(x => x.ItemCode).HasMaxLength(10);
            e.Property(x => x.Note).HasMaxLength(300);
        });
        modelBuilder.Entity<DrugRiskGrade>(e =>
        {
            e.ToTable("RiskGrades");
            e.HasKey(x => x.BusinessId);
            e.Property(x => x.BusinessId).ValueGeneratedNever();
            e.HasIndex(x => new { x.DivisionCode, x.NextDueOn });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Reasons).HasMaxLength(500);
        });
        modelBuilder.Entity<VaccinationPoint>(e =>
        {
            e.ToTable("VaccinationPoints");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Kind).HasMaxLength(30);
        });
        modelBuilder.Entity<VaccineCheck>(e =>
        {
            e.ToTable("VaccineChecks");
            e.HasIndex(x => new { x.PointId, x.CheckedOn });
            e.HasIndex(x => new { x.DivisionCode, x.CheckedOn });
            e.Property(x => x.PointName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Officer1).HasMaxLength(50);
            e.Property(x => x.Officer2).HasMaxLength(50);
            e.Property(x => x.Findings).HasMaxLength(500);
            e.Property(x => x.RecheckNote).HasMaxLength(500);
            e.Property(x => x.MinTemperature).HasPrecision(5, 1);
            e.Property(x => x.MaxTemperature).HasPrecision(5, 1);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
