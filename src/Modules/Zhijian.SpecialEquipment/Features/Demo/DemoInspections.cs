namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>Demo data of the Inspections area (see DemoEquipment for the order).</summary>
internal static class DemoInspections
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
