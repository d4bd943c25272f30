namespace Zhijian.FoodSafety.Features.Demo;

internal static class DemoSampling
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
