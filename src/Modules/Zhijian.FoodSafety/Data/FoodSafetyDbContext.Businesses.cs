using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Domain;

namespace Zhijian.FoodSafety.Data;

/// <summary>食品生产经营者, their licences and registrations, and their risk grades.</summary>
internal partial class FoodSafetyDbContext
{
    public DbSet<FoodBusiness> Businesses => Set<FoodBusiness>();

    static partial void ConfigureBusinesses(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FoodBusiness>(e =>
        {
            e.ToTable("Businesses");
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => new { x.Type, x.Canteen });
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Premises).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.TransparentKitchenMode).HasMaxLength(20);
            e.Property(x => x.Grade).HasMaxLength(1);
            e.Property(x => x.GradeScore).HasPrecision(6, 2);
        });
    }
}
