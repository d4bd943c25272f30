namespace Zhijian.FoodSafety.Features.Demo;

internal static class DemoSupervision
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
