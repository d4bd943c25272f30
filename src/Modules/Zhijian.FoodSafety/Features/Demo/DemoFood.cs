using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// A year of 济南 food work, in order: ~3,000 food businesses with licences and a first grading (static factors only:
/// nothing has happened yet), then plans and inspections in every result, then ~1,500 sampling batches with ~2 % failures
/// in every follow-up state, then the 追溯 network (a cold store, two wholesale markets, stalls, batches), a year of 快检 at 12 markets with two 熔断, one recall at each level, and last the monthly re-grading, which now sees those results (grade history shows both).
/// </summary>
internal static class DemoFood
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoBusinesses.SeedAsync(services, ct);
        await DemoSupervision.SeedAsync(services, ct);
        await DemoSampling.SeedAsync(services, ct);
        await DemoTrace.SeedAsync(services, ct);
        await DemoMarkets.SeedAsync(services, ct);
        await DemoRecalls.SeedAsync(services, ct);

        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        if (!await sp.GetRequiredService<FoodSafetyDbContext>().Businesses.AnyAsync(ct)) return;
        await sp.GetRequiredService<Grading.GradingRecompute>().AllAsync(ct);
    }
}
