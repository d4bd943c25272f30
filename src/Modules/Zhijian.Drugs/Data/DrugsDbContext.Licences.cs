using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Data;

/// <summary>经营企业、药品经营许可证、医疗器械经营许可与备案、化妆品经营、执业药师与在岗、器械经营企业年度自查报告: sets and model configuration of the Licences area.</summary>
internal partial class DrugsDbContext
{
    public DbSet<DrugBusiness> Businesses => Set<DrugBusiness>();

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
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
