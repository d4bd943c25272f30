namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>Demo data of the Safety area (see DemoEquipment for the order).</summary>
internal static class DemoSafety
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
