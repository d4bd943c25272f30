using Microsoft.EntityFrameworkCore;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Data;

/// <summary>The equipment registry and 使用登记.</summary>
internal partial class EquipmentDbContext
{
    public DbSet<Equipment> Equipment => Set<Equipment>();

    public DbSet<EquipmentChange> EquipmentChanges => Set<EquipmentChange>();

    static partial void ConfigureRegistry(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Equipment>(e =>
        {
            e.ToTable("Equipment");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.RegistrationNo).IsUnique();
            e.HasIndex(x => x.UserUscc);
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => new { x.Category, x.Status });
            e.HasIndex(x => x.MaintainerUscc);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Variety).HasMaxLength(4);
            e.Property(x => x.RegistrationNo).HasMaxLength(40);
            e.Property(x => x.UserUscc).HasMaxLength(18);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Place).HasMaxLength(40);
            e.Property(x => x.InternalNo).HasMaxLength(60);
            e.Property(x => x.MakerName).HasMaxLength(200);
            e.Property(x => x.MakerLicenceNo).HasMaxLength(60);
            e.Property(x => x.Model).HasMaxLength(100);
            e.Property(x => x.FactoryNo).HasMaxLength(60);
            e.Property(x => x.InstallerName).HasMaxLength(200);
            e.Property(x => x.MaintainerUscc).HasMaxLength(18);
            e.Property(x => x.MaintainerName).HasMaxLength(200);
            e.Property(x => x.Parameters).HasMaxLength(4000);
            e.Property(x => x.GasKind).HasMaxLength(20);
            e.Property(x => x.Insurer).HasMaxLength(200);
            e.Property(x => x.StopReason).HasMaxLength(500);
            e.HasIndex(x => new { x.Status, x.RegistrationDueOn });
        });
        modelBuilder.Entity<EquipmentChange>(e =>
        {
            e.ToTable("EquipmentChanges");
            e.HasIndex(x => new { x.EquipmentId, x.At });
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(2000);
        });
    }
}
