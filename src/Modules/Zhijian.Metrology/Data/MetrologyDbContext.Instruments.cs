using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Domain.Instruments;

namespace Zhijian.Metrology.Data;

/// <summary>强检器具台账, 检定机构, 检定结果.</summary>
internal partial class MetrologyDbContext
{
    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<VerificationBody> VerificationBodies => Set<VerificationBody>();

    public DbSet<Verification> Verifications => Set<Verification>();

    static partial void ConfigureInstruments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Instrument>(e =>
        {
            e.ToTable("Instruments");
            e.HasIndex(x => new { x.OwnerUscc, x.SerialNo });
            e.HasIndex(x => x.SerialNo);
            // The overdue / due-soon lists: county and kind by equality, status, then the due range in order.
            e.HasIndex(x => new { x.County, x.KindCode, x.Status, x.DueOn });
            e.HasIndex(x => new { x.Status, x.DueOn });
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.KindCode).HasMaxLength(40);
            e.Property(x => x.Model).HasMaxLength(100);
            e.Property(x => x.SerialNo).HasMaxLength(60);
            e.Property(x => x.Maker).HasMaxLength(200);
            e.Property(x => x.OwnerUscc).HasMaxLength(18);
            e.Property(x => x.OwnerName).HasMaxLength(200);
            e.Property(x => x.OwnerNameProtected).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.LastCertificateNo).HasMaxLength(60);
            e.Property(x => x.ClueSentFor).HasMaxLength(60);
        });
        modelBuilder.Entity<VerificationBody>(e =>
        {
            e.ToTable("VerificationBodies");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.ApiClientId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.AuthorisationNo).HasMaxLength(60);
            e.Property(x => x.Kinds).HasMaxLength(1000);
            e.Property(x => x.ApiClientName).HasMaxLength(200);
        });
        modelBuilder.Entity<Verification>(e =>
        {
            e.ToTable("Verifications");
            e.HasIndex(x => x.CertificateNo).IsUnique();
            e.HasIndex(x => new { x.InstrumentId, x.VerifiedOn });
            e.HasIndex(x => new { x.County, x.DueBefore });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.BodyName).HasMaxLength(200);
            e.Property(x => x.CertificateNo).HasMaxLength(60);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
