using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Data;

/// <summary>食品生产经营者, their licences and registrations, and their risk grades.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<FoodBusiness> Businesses => Set<FoodBusiness>();

    public DbSet<FoodLicence> Licences => Set<FoodLicence>();

    public DbSet<FoodLicenceVersion> LicenceVersions => Set<FoodLicenceVersion>();

    public DbSet<FoodGradeRecord> Grades => Set<FoodGradeRecord>();

    public DbSet<FoodRiskModelVersion> RiskModels => Set<FoodRiskModelVersion>();

    static partial void ConfigureBusinesses(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FoodBusiness>(e =>
        {
            e.ToTable("Businesses");
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => new { x.Type, x.Canteen });
            e.HasIndex(x => x.Grade);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Premises).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.TransparentKitchenMode).HasMaxLength(20);
            e.Property(x => x.Grade).HasMaxLength(1);
            e.Property(x => x.GradeScore).HasPrecision(6, 2);
            e.Property(x => x.GradeModelVersion).HasMaxLength(40);
        });

        modelBuilder.Entity<FoodLicence>(e =>
        {
            e.ToTable("Licences");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.BusinessId);
            e.HasIndex(x => new { x.Status, x.ValidUntil });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Items).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>()).HasMaxLength(2000);
            e.Property(x => x.Premises).HasMaxLength(300);
            e.Property(x => x.Authority).HasMaxLength(100);
            e.Property(x => x.EndReason).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.HasOne(x => x.Business).WithMany().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FoodLicenceVersion>(e =>
        {
            e.ToTable("LicenceVersions");
            e.HasIndex(x => new { x.LicenceId, x.Version }).IsUnique();
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Before).HasConversion(JsonColumn.Converter<FoodLicenceContent?>(), JsonColumn.Comparer<FoodLicenceContent?>()).HasMaxLength(4000);
            e.Property(x => x.After).HasConversion(JsonColumn.Converter<FoodLicenceContent>(), JsonColumn.Comparer<FoodLicenceContent>()).HasMaxLength(4000);
            e.HasOne(x => x.Licence).WithMany().HasForeignKey(x => x.LicenceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FoodGradeRecord>(e =>
        {
            e.ToTable("Grades");
            e.HasIndex(x => new { x.BusinessId, x.GradedAt });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Grade).HasMaxLength(1);
            e.Property(x => x.PreviousGrade).HasMaxLength(1);
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.Property(x => x.ModelVersion).HasMaxLength(40);
            e.Property(x => x.Factors).HasMaxLength(4000);
        });

        modelBuilder.Entity<FoodRiskModelVersion>(e =>
        {
            e.ToTable("RiskModels");
            e.HasIndex(x => x.Version).IsUnique();
            e.Property(x => x.Version).HasMaxLength(40);
            e.Property(x => x.Json).HasMaxLength(20000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
