using Microsoft.EntityFrameworkCore;
using Zhijian.Prices.Domain.Monitoring;

namespace Zhijian.Prices.Data;

/// <summary>监测商品目录 (seeded from <see cref="GoodsCatalogue.Defaults"/>), 监测点, 价格 and the daily averages per division.</summary>
internal partial class PricesDbContext
{
    public DbSet<MonitoredGood> Goods => Set<MonitoredGood>();

    public DbSet<MonitoringPoint> Points => Set<MonitoringPoint>();

    public DbSet<PriceObservation> Observations => Set<PriceObservation>();

    public DbSet<PriceAverage> Averages => Set<PriceAverage>();

    static partial void ConfigureMonitoring(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MonitoredGood>(e =>
        {
            e.ToTable("Goods");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(20);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Grade).HasMaxLength(40);
            e.Property(x => x.PointKinds).HasMaxLength(20);
            e.HasData(GoodsCatalogue.Defaults.Select((g, i) => new MonitoredGood
            {
                Code = g.Code,
                Name = g.Name,
                Category = g.Category,
                Unit = g.Unit,
                Grade = g.Grade,
                PointKinds = string.Join(",", g.Points.Select(p => (int)p)),
                Daily = g.Daily,
                Active = true,
                SortOrder = (i + 1) * 10,
            }));
        });
        modelBuilder.Entity<MonitoringPoint>(e =>
        {
            e.ToTable("Points");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.County);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Uscc).HasMaxLength(18);
        });
        modelBuilder.Entity<PriceObservation>(e =>
        {
            e.ToTable("Observations");
            e.HasIndex(x => new { x.PointId, x.GoodCode, x.On }).IsUnique();
            e.HasIndex(x => new { x.GoodCode, x.On });
            e.Property(x => x.GoodCode).HasMaxLength(40);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.County).HasMaxLength(6);
            e.Property(x => x.Source).HasMaxLength(10);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PriceAverage>(e =>
        {
            e.ToTable("Averages");
            e.HasKey(x => new { x.GoodCode, x.DivisionCode, x.On });
            e.Property(x => x.GoodCode).HasMaxLength(40);
            e.Property(x => x.DivisionCode).HasMaxLength(6);
            e.HasIndex(x => new { x.GoodCode, x.DivisionCode, x.Week });
        });
    }
}
