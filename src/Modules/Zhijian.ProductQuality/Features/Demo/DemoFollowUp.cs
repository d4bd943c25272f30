namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>Demo data of the FollowUp area (see DemoQuality for the order).</summary>
internal static class DemoFollowUp
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
