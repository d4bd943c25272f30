using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Data;

/// <summary>经营企业、药品经营许可证、医疗器械经营许可与备案、化妆品经营、执业药师与在岗、器械经营企业年度自查报告: sets and model configuration of the Licences area.</summary>
internal partial class DrugsDbContext
{
    public DbSet<DrugBusiness> Businesses => Set<DrugBusiness>();

    public DbSet<DrugLicence> Licences => Set<DrugLicence>();

    public DbSet<Pharmacist> Pharmacists => Set<Pharmacist>();

    public DbSet<PharmacistCheck> PharmacistChecks => Set<PharmacistCheck>();

    public DbSet<SelfInspectionReport> SelfReports => Set<SelfInspectionReport>();

    static partial void ConfigureLicences(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DrugBusiness>(e =>
        {
            e.ToTable("Businesses");
            e.HasIndex(x => x.Uscc);
            e.HasIndex(x => new { x.Kind, x.DivisionCode });
            e.HasIndex(x => x.ChainHeadquartersId);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.LegalRepresentative).HasMaxLength(50);
            e.Property(x => x.QualityManager).HasMaxLength(50);
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.Categories).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<DrugLicence>(e =>
        {
            e.ToTable("Licences");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.BusinessId);
            e.HasIndex(x => new { x.Status, x.ValidTo });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.BusinessName).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Scope).HasMaxLength(300);
            e.Property(x => x.QualityManager).HasMaxLength(50);
            e.Property(x => x.StatusReason).HasMaxLength(500);
            e.Property(x => x.Authority).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<Pharmacist>(e =>
        {
            e.ToTable("Pharmacists");
            e.HasIndex(x => x.BusinessId);
            e.HasIndex(x => x.CertificateNo);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.CertificateNo).HasMaxLength(40);
            e.Property(x => x.PracticeScope).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PharmacistCheck>(e =>
        {
            e.ToTable("PharmacistChecks");
            e.HasIndex(x => new { x.BusinessId, x.On });
            e.HasIndex(x => new { x.On, x.DivisionCode });
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<SelfInspectionReport>(e =>
        {
            e.ToTable("SelfReports");
            e.HasIndex(x => new { x.BusinessId, x.Year }).IsUnique();
            e.HasIndex(x => new { x.Year, x.DivisionCode });
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
