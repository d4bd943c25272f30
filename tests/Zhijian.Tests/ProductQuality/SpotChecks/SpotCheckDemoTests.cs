using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;
using Zhijian.ProductQuality.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.SpotChecks;

/// <summary>The spot-check demo on the E2E-size demo registry: a city plan and county plans, hundreds of samples, ~8 % failing, objections; a second run adds nothing.</summary>
[Trait("Database", "any")]
public sealed class SpotCheckDemoTests
{
    [Fact]
    public async Task Demo_seeds_a_year_of_jinan_spot_checks_once()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var before = await app.AsSystemAsync(sp => sp.GetRequiredService<QualityDbContext>().Samples.IgnoreQueryFilters().CountAsync());
        await DemoSpotChecks.SeedAsync(app.Services, CancellationToken.None);
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<QualityDbContext>();
            var samples = await db.Samples.IgnoreQueryFilters().ToListAsync();
            Assert.Equal(before, samples.Count);
            Assert.InRange(samples.Count, 150, 600);
            Assert.Contains(await db.Plans.IgnoreQueryFilters().ToListAsync(), p => p.Level == PlanLevel.City && p.Status == PlanStatus.Drawn && p.Secret != null);
            Assert.True(await db.Plans.IgnoreQueryFilters().CountAsync(p => p.Level == PlanLevel.County) >= 1);
            Assert.Equal(20, samples.Select(s => s.CategoryId).Distinct().Count());
            var withResult = samples.Where(s => s.Conclusion != SampleConclusion.Pending).ToList();
            var failed = withResult.Count(s => s.Conclusion == SampleConclusion.Failed);
            Assert.InRange(failed * 100 / withResult.Count, 3, 15);
            Assert.Contains(samples, s => s.Objection == ObjectionStatus.Overturned && s.FeeBorneBy == "抽查部门");
            Assert.Contains(samples, s => s.Objection == ObjectionStatus.Refused);
            Assert.Contains(samples, s => s.Conclusion == SampleConclusion.Pending);
            Assert.All(samples.Where(s => s.Conclusion == SampleConclusion.Failed && s.NotifiedOn != null), s => Assert.True(s.FollowUpOpened));
        });
    }
}
