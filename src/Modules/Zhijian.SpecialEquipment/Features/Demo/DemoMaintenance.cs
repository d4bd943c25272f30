namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>Demo data of the Maintenance area (see DemoEquipment for the order).</summary>
internal static class DemoMaintenance
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
