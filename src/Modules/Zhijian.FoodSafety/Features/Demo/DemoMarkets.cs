namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>Demo data of the area (see DemoFood for the order).</summary>
internal static class DemoMarkets
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
