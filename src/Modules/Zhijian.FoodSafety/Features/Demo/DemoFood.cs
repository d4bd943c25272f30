namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// A year of 济南 food work, in order: ~3,000 food businesses with licences and grades, then plans and inspections in
/// every result, then ~1,500 sampling batches with ~2 % failures in every follow-up state.
/// </summary>
internal static class DemoFood
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoBusinesses.SeedAsync(services, ct);
        await DemoSupervision.SeedAsync(services, ct);
        await DemoSampling.SeedAsync(services, ct);
    }
}
