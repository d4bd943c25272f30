using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.FoodSafety.Features.Demo;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Supervision;

/// <summary>The 监督检查 demo over the businesses another demo seeds (added here in bulk, as the E2E registry of 1,500 entities would give).</summary>
[Trait("Database", "any")] // the demo's content, the same on every engine
public sealed class DemoSupervisionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_demo_inspects_about_one_in_a_business_in_every_result_and_plans_the_year()
    {
        await using var app = await ZhijianApp.StartAsync();
        await app.AsSystemAsync(async sp => await DemoSupervision.SeedAsync(sp, CancellationToken.None)); // no businesses: nothing
        Assert.Equal(0, await SupervisionKit.CountInspectionsAsync(app));
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<FoodSafetyDbContext>();
            var now = app.Clock.GetUtcNow();
            string[] counties = ["370102", "370103", "370112"];
            var types = Enum.GetValues<FoodBusinessType>();
            db.Businesses.AddRange(Enumerable.Range(0, 600).Select(i => new FoodBusiness
            {
                Uscc = SampleEntities.NewUscc(counties[i % 3]),
                Name = $"演示食品经营者{i:D4}",
                Type = types[i % types.Length],
                Canteen = i % 7 == 3 ? (i % 2 == 0 ? CanteenKind.School : CanteenKind.Nursery) : CanteenKind.None,
                DivisionCode = counties[i % 3],
                Grade = i % 5 == 0 ? null : ((string[])["A", "B", "C", "D"])[i % 4],
                CreatedAt = now.AddYears(-3),
                UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
        });

        var watch = Stopwatch.StartNew();
        await app.AsSystemAsync(async sp => await DemoSupervision.SeedAsync(sp, CancellationToken.None));
        output.WriteLine($"DemoSupervision over 600 businesses: {watch.ElapsedMilliseconds} ms");

        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<FoodSafetyDbContext>();
            var results = await db.Inspections.Where(i => i.ReinspectionOfId == null).GroupBy(i => i.Result).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            output.WriteLine(string.Join(", ", results.Select(r => $"{r.Key} {r.Value}")));
            Assert.InRange(results.Values.Sum(), 600, 840); // ~1.2 a business
            Assert.All(Enum.GetValues<InspectionResult>(), r => Assert.True(results.GetValueOrDefault(r) > 0, $"no {r}"));
            Assert.True(await db.Inspections.AnyAsync(i => i.PublishedOn == null));
            Assert.True(await db.Inspections.AnyAsync(i => i.RectifyBy != null && i.ReinspectedById == null));
            Assert.True(await db.Inspections.AnyAsync(i => i.ReinspectedById != null));
            Assert.Equal(3, await db.InspectionPlans.CountAsync(p => p.Year == 2026));
            Assert.Equal(2, await db.SamplingPlans.CountAsync());
            var canteens = await db.Businesses.Where(b => b.Canteen == CanteenKind.School || b.Canteen == CanteenKind.Nursery).ToListAsync();
            Assert.InRange(canteens.Count(c => c.TransparentKitchen) * 100 / canteens.Count, 70, 97);
        });
    }
}
