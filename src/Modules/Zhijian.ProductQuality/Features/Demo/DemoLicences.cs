namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>Demo data of the Licences area (see DemoQuality for the order).</summary>
internal static class DemoLicences
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
