using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain.Supervision;

namespace Zhijian.FoodSafety.Data;

/// <summary>监督检查: checklists (versioned), yearly inspection plans, inspection records with answers; yearly sampling plans.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<FoodChecklist> Checklists => Set<FoodChecklist>();

    public DbSet<FoodChecklistItem> ChecklistItems => Set<FoodChecklistItem>();

    public DbSet<FoodInspection> Inspections => Set<FoodInspection>();

    public DbSet<FoodInspectionAnswer> InspectionAnswers => Set<FoodInspectionAnswer>();

    public DbSet<FoodInspectionPlan> InspectionPlans => Set<FoodInspectionPlan>();

    public DbSet<FoodInspectionPlanLine> InspectionPlanLines => Set<FoodInspectionPlanLine>();

    public DbSet<FoodSamplingPlan> SamplingPlans => Set<FoodSamplingPlan>();

    public DbSet<FoodSamplingPlanLine> SamplingPlanLines => Set<FoodSamplingPlanLine>();

    static partial void ConfigureSupervision(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FoodChecklist>(e =>
        {
            e.ToTable("Checklists");
            e.HasIndex(x => new { x.Kind, x.Version }).IsUnique();
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(64);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.ChecklistId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FoodChecklistItem>(e =>
        {
            e.ToTable("ChecklistItems");
            e.HasIndex(x => new { x.ChecklistId, x.Seq });
            e.Property(x => x.Code).HasMaxLength(10);
            e.Property(x => x.Section).HasMaxLength(50);
            e.Property(x => x.Text).HasMaxLength(300);
        });
        modelBuilder.Entity<FoodInspection>(e =>
        {
            e.ToTable("Inspections");
            e.Ignore(x => x.Number);
            e.HasIndex(x => new { x.BusinessId, x.InspectedOn });
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => new { x.DivisionCode, x.InspectedOn });
            e.HasIndex(x => new { x.PublishedOn, x.PublishBy });
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.Evidence).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(64);
            e.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FoodInspectionAnswer>(e =>
        {
            e.ToTable("InspectionAnswers");
            e.HasIndex(x => x.InspectionId);
            e.Property(x => x.Code).HasMaxLength(10);
            e.Property(x => x.Text).HasMaxLength(300);
            e.Property(x => x.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<FoodInspectionPlan>(e =>
        {
            e.ToTable("InspectionPlans");
            e.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.GeneratedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<FoodInspectionPlanLine>(e =>
        {
            e.ToTable("InspectionPlanLines");
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => new { x.Year, x.BusinessId });
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Grade).HasMaxLength(1);
        });
        modelBuilder.Entity<FoodSamplingPlan>(e =>
        {
            e.ToTable("SamplingPlans");
            e.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
            e.Property(x => x.OrgUnitName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.PopulationSource).HasMaxLength(200);
            e.Property(x => x.PerThousand).HasPrecision(6, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(64);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FoodSamplingPlanLine>(e =>
        {
            e.ToTable("SamplingPlanLines");
            e.HasIndex(x => x.PlanId);
            e.Property(x => x.CategoryCode).HasMaxLength(2);
        });
    }
}
