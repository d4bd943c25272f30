namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>Demo data of the SpotChecks area (see DemoQuality for the order).</summary>
internal static class DemoSpotChecks
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
