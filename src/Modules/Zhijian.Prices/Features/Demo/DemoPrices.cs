namespace Zhijian.Prices.Features.Demo;

/// <summary>Demo data of 价格监管 (济南).</summary>
internal static class DemoPrices
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
