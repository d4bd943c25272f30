namespace Zhijian.Drugs.Features.Demo;

/// <summary>Demo data of the Registers area (see DemoDrugs for the order).</summary>
internal static class DemoRegisters
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
