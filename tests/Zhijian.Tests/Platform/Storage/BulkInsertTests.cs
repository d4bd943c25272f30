using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Storage;

/// <summary>
/// 批量写入 on both databases, with the price module's rows (identity key, dates, a time with an offset, sized text; a composite key):
/// what a bulk insert writes reads back as what a save writes, and a row over a column's length refuses the whole batch.
/// </summary>
public sealed class BulkInsertTests
{
    private static PriceObservation Observation(long point, string good, DateOnly on, long fen, string source = "导入") => new()
    {
        PointId = point,
        GoodCode = good,
        On = on,
        PriceFen = fen,
        DivisionCode = "370102",
        County = "370102",
        Source = source,
        CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 30, 15, TimeSpan.FromHours(8)),
        CreatedBy = "批量测试",
    };

    [Fact]
    public async Task Bulk_rows_read_back_as_saved_rows_and_an_over_long_value_writes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var on = new DateOnly(2019, 3, 6); // before the demo's two years: no row of the demo on that day
        var (saved, bulk, rejected) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<PricesDbContext>();
            var point = await db.Points.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

            db.Observations.Add(Observation(point, "egg", on, 531));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var rows = Enumerable.Range(0, 1_200).Select(i => Observation(point, i % 2 == 0 ? "cabbage" : "tomato", on.AddDays(1 + (i / 2)), 100 + i)).ToList();
            Assert.Equal(1_200, await db.BulkInsertAsync(rows, CancellationToken.None));
            Assert.Equal(2, await db.BulkInsertAsync([new PriceAverage { GoodCode = "egg", DivisionCode = "370102", On = on, Week = on.AddDays(-2), SumFen = 531, Count = 1, MinFen = 531, MaxFen = 531 },
                new PriceAverage { GoodCode = "egg", DivisionCode = "370100", On = on, Week = on.AddDays(-2), SumFen = 531, Count = 1, MinFen = 531, MaxFen = 531 }], CancellationToken.None));

            var tooLong = new[] { Observation(point, "potato", on, 200), Observation(point, "potato", on.AddDays(1), 201, source: "批量导入（测试）超长文本") };
            var error = await Assert.ThrowsAsync<ValueTooLongException>(() => db.BulkInsertAsync(tooLong, CancellationToken.None));
            Assert.Equal("source", error.Field);

            var all = await db.Observations.IgnoreQueryFilters().AsNoTracking().Where(o => o.On >= on && o.On < on.AddYears(2)).OrderBy(o => o.On).ThenBy(o => o.GoodCode).ToListAsync();
            var averages = await db.Averages.AsNoTracking().Where(a => a.On == on).OrderBy(a => a.DivisionCode).ToListAsync();
            Assert.Equal([("370100", 531L, 1), ("370102", 531L, 1)], averages.Select(a => (a.DivisionCode, a.SumFen, a.Count)).ToList());
            Assert.All(averages, a => Assert.Equal(new DateOnly(2019, 3, 4), a.Week));
            return (all.Single(o => o.GoodCode == "egg"), all.Where(o => o.GoodCode != "egg").ToList(), all.Count(o => o.GoodCode == "potato"));
        });

        Assert.Equal(0, rejected); // the batch with an over-long value is refused whole
        Assert.Equal(1_200, bulk.Count);
        Assert.Equal(1_200, bulk.Select(o => o.Id).Distinct().Count()); // identity keys from the database
        Assert.All(bulk, o => Assert.True(o.Id > saved.Id));
        var first = bulk[0];
        Assert.Equal((saved.PointId, saved.DivisionCode, saved.County, saved.Source, saved.CreatedBy, saved.CreatedAt),
            (first.PointId, first.DivisionCode, first.County, first.Source, first.CreatedBy, first.CreatedAt));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 30, 15, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(("cabbage", on.AddDays(1), 100L), (first.GoodCode, first.On, first.PriceFen));
        var last = bulk[^1];
        Assert.Equal(("tomato", on.AddDays(600), 1_299L), (last.GoodCode, last.On, last.PriceFen));
    }
}
