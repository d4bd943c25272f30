using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.Recalls;
using Zhijian.ProductQuality.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.Recalls;

/// <summary>The recalls demo over the demo registry: its shape (two consumer recalls and a car recall, reports, investigations), and a second run adds nothing.</summary>
[Trait("Database", "any")]
public sealed class RecallDemoTests
{
    [Fact]
    public async Task Demo_seeds_two_consumer_recalls_a_car_recall_and_reports_once()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        await DemoRecalls.SeedAsync(app.Services, CancellationToken.None);

        var (consumer, cars, voluntary, ordered, completed, progress, reports, late, noDefect, clues) = await RecallKit.Db(app, async db => (
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.Kind == ProductKind.Consumer),
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.Kind == ProductKind.Car),
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.Mode == RecallMode.Voluntary),
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.Mode == RecallMode.Ordered),
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.Status == RecallStatus.Completed && r.SummaryOn != null),
            await db.RecallProgress.CountAsync(),
            await db.DefectReports.IgnoreQueryFilters().CountAsync(),
            await db.DefectReports.IgnoreQueryFilters().CountAsync(r => r.Late),
            await db.Investigations.IgnoreQueryFilters().CountAsync(i => i.DefectFound == false),
            await db.Recalls.IgnoreQueryFilters().CountAsync(r => r.ClueRaisedAt != null)));
        Assert.Equal((2, 1), (consumer, cars));
        Assert.Equal((1, 2), (voluntary, ordered));
        Assert.Equal(1, completed);
        Assert.Equal(3, progress); // two on the stroller recall, one on the charger recall
        Assert.Equal(4, reports);
        Assert.True(late >= 1, $"{late} late reports");
        Assert.Equal(1, noDefect);
        Assert.Equal(0, clues); // every ordered step on time
        var suv = await RecallKit.Db(app, db => db.Recalls.IgnoreQueryFilters().SingleAsync(r => r.Kind == ProductKind.Car));
        Assert.NotNull(suv.OwnersNotifiedOn);
        Assert.Equal(RecallStatus.InProgress, suv.Status);

        var portal = await app.Anonymous().GetStringAsync("/gs/pq/recalls");
        Assert.Contains("婴儿推车", portal, StringComparison.Ordinal);
        Assert.Contains("充电器", portal, StringComparison.Ordinal);
        Assert.Contains("JN6470", portal, StringComparison.Ordinal);
    }
}
