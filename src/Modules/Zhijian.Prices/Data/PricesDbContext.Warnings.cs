using Microsoft.EntityFrameworkCore;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Data;

/// <summary>预警规则版本 and 价格预警.</summary>
internal partial class PricesDbContext
{
    public DbSet<ChangeRuleVersion> ChangeRules => Set<ChangeRuleVersion>();

    public DbSet<PriceWarning> Warnings => Set<PriceWarning>();

    static partial void ConfigureWarnings(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChangeRuleVersion>(e =>
        {
            e.ToTable("ChangeRules");
            e.HasIndex(x => new { x.GoodCode, x.EffectiveFrom });
            e.HasIndex(x => new { x.GroupId, x.Version });
            e.Property(x => x.GoodCode).HasMaxLength(40);
            e.Property(x => x.Percent).HasPrecision(8, 2);
            e.Property(x => x.Note).HasMaxLength(300);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PriceWarning>(e =>
        {
            e.ToTable("Warnings");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.RuleKey, x.GoodCode, x.DivisionCode, x.PeriodStart }).IsUnique();
            e.HasIndex(x => new { x.PeriodEnd, x.Level });
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.RuleKey).HasMaxLength(40);
            e.Property(x => x.RuleName).HasMaxLength(100);
            e.Property(x => x.RuleVersion).HasMaxLength(60);
            e.Property(x => x.GoodCode).HasMaxLength(40);
            e.Property(x => x.GoodName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Period).HasMaxLength(30);
            e.Property(x => x.Value).HasPrecision(12, 4);
            e.Property(x => x.ValueUnit).HasMaxLength(4);
            e.Property(x => x.Inputs).HasMaxLength(4000);
            e.Property(x => x.Message).HasMaxLength(500);
            e.Property(x => x.HandledNote).HasMaxLength(500);
            e.Property(x => x.HandledBy).HasMaxLength(100);
        });
    }
}
