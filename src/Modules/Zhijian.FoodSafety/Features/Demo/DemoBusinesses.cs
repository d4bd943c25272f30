namespace Zhijian.FoodSafety.Features.Demo;

internal static class DemoBusinesses
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
