namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>Demo data of the Recalls area (see DemoQuality for the order).</summary>
internal static class DemoRecalls
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
