namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>
/// Special equipment in 济南, in order: ~8,000 pieces (mostly elevators) with their registrations on the registry's demo
/// entities, then their inspection history and schedules, then maintenance companies, contracts and records with three
/// months of 96333 calls, last hazards in every state and one accident. Every part does nothing when the registry is empty.
/// </summary>
internal static class DemoEquipment
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoRegistry.SeedAsync(services, ct);
        await DemoInspections.SeedAsync(services, ct);
        await DemoMaintenance.SeedAsync(services, ct);
        await DemoSafety.SeedAsync(services, ct);
    }
}
