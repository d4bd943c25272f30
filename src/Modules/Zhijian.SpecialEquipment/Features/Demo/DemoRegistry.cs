namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>Demo data of the Registry area (see DemoEquipment for the order).</summary>
internal static class DemoRegistry
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
