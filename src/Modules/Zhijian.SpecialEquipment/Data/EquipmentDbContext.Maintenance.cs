using Microsoft.EntityFrameworkCore;
using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Data;

/// <summary>维保单位, 维保合同 (with the maintenance state), 维保记录, 自行检查, 96333 工单 and the rescue zones.</summary>
internal partial class EquipmentDbContext
{
    public DbSet<MaintenanceCompany> MaintenanceCompanies => Set<MaintenanceCompany>();

    public DbSet<MaintenanceContract> MaintenanceContracts => Set<MaintenanceContract>();

    public DbSet<MaintenanceRecord> MaintenanceRecords => Set<MaintenanceRecord>();

    public DbSet<SelfCheck> SelfChecks => Set<SelfCheck>();

    public DbSet<RescueCall> RescueCalls => Set<RescueCall>();

    public DbSet<RescueZone> RescueZones => Set<RescueZone>();

    static partial void ConfigureMaintenance(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MaintenanceCompany>(e =>
        {
            e.ToTable("MaintenanceCompanies");
            e.HasIndex(x => x.Uscc).IsUnique();
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.LicenceNo).HasMaxLength(60);
            e.Property(x => x.Categories).HasMaxLength(40);
            e.Property(x => x.Hotline).HasMaxLength(40);
            e.Property(x => x.Address).HasMaxLength(300);
        });
        modelBuilder.Entity<MaintenanceContract>(e =>
        {
            e.ToTable("MaintenanceContracts");
            e.HasOne(x => x.Equipment).WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.EquipmentId, x.EndedOn });
            e.HasIndex(x => new { x.EndedOn, x.DueOn });
            e.HasIndex(x => new { x.EndedOn, x.To });
            e.HasIndex(x => x.MaintainerUscc);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.MaintainerUscc).HasMaxLength(18);
            e.Property(x => x.MaintainerName).HasMaxLength(200);
            e.Property(x => x.OnDemandDocNo).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<MaintenanceRecord>(e =>
        {
            e.ToTable("MaintenanceRecords");
            e.HasIndex(x => new { x.EquipmentId, x.On });
            e.HasIndex(x => new { x.On, x.DivisionCode });
            e.HasIndex(x => x.MaintainerUscc);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.MaintainerUscc).HasMaxLength(18);
            e.Property(x => x.MaintainerName).HasMaxLength(200);
            e.Property(x => x.Staff).HasMaxLength(200);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<SelfCheck>(e =>
        {
            e.ToTable("SelfChecks");
            e.HasIndex(x => new { x.EquipmentId, x.On });
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CheckedBy).HasMaxLength(100);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RescueCall>(e =>
        {
            e.ToTable("RescueCalls");
            e.HasIndex(x => x.CallNumber).IsUnique();
            e.HasIndex(x => new { x.EquipmentId, x.ReceivedOn });
            e.HasIndex(x => new { x.ReceivedOn, x.DivisionCode });
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.MaintainerUscc);
            e.Property(x => x.CallNumber).HasMaxLength(40);
            e.Property(x => x.EquipmentCode).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.CallerPhone).HasMaxLength(40);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.MaintainerUscc).HasMaxLength(18);
            e.Property(x => x.MaintainerName).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(500);
            e.Property(x => x.CauseNote).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RescueZone>(e =>
        {
            e.ToTable("RescueZones");
            e.HasKey(x => x.DivisionCode);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
    }
}
