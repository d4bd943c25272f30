using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Data;

/// <summary>工业产品生产许可证、证后检查与 CCC 认证: sets and model configuration of the Licences area.</summary>
internal partial class QualityDbContext
{
    public DbSet<ProductLicence> Licences => Set<ProductLicence>();

    public DbSet<LicenceApplication> LicenceApplications => Set<LicenceApplication>();

    public DbSet<LicenceCheck> LicenceChecks => Set<LicenceCheck>();

    public DbSet<CccCertificate> CccCertificates => Set<CccCertificate>();

    public DbSet<CccMarkCheck> CccMarkChecks => Set<CccMarkCheck>();

    static partial void ConfigureLicences(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProductLicence>(e =>
        {
            e.ToTable("Licences");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.HolderUscc);
            e.HasIndex(x => new { x.Status, x.ValidTo });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.HolderUscc).HasMaxLength(18);
            e.Property(x => x.HolderName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Varieties).HasMaxLength(200);
            e.Property(x => x.ProductNames).HasMaxLength(500);
            e.Property(x => x.StatusReason).HasMaxLength(500);
            e.Property(x => x.Authority).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<LicenceApplication>(e =>
        {
            e.ToTable("LicenceApplications");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DecidedOn, x.DecisionDue });
            e.HasIndex(x => x.ApplicantUscc);
            e.HasIndex(x => x.LicenceNumber);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.ApplicantUscc).HasMaxLength(18);
            e.Property(x => x.ApplicantName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Varieties).HasMaxLength(200);
            e.Property(x => x.ProductNames).HasMaxLength(500);
            e.Property(x => x.LicenceNumber).HasMaxLength(40);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<LicenceCheck>(e =>
        {
            e.ToTable("LicenceChecks");
            e.HasIndex(x => new { x.LicenceId, x.On });
            e.HasIndex(x => new { x.On, x.DivisionCode });
            e.HasIndex(x => x.HolderUscc);
            e.Property(x => x.LicenceNumber).HasMaxLength(40);
            e.Property(x => x.HolderUscc).HasMaxLength(18);
            e.Property(x => x.HolderName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Variety).HasMaxLength(10);
            e.Property(x => x.Officers).HasMaxLength(200);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<CccCertificate>(e =>
        {
            e.ToTable("CccCertificates");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.HolderUscc);
            e.HasIndex(x => new { x.Status, x.ValidTo });
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.HolderUscc).HasMaxLength(18);
            e.Property(x => x.HolderName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Category).HasMaxLength(4);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Model).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(200);
        });
        modelBuilder.Entity<CccMarkCheck>(e =>
        {
            e.ToTable("CccMarkChecks");
            e.HasIndex(x => new { x.On, x.DivisionCode });
            e.HasIndex(x => x.SellerUscc);
            e.HasIndex(x => x.CertificateNumber);
            e.Property(x => x.SellerUscc).HasMaxLength(18);
            e.Property(x => x.SellerName).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.BrandModel).HasMaxLength(200);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.Officers).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
