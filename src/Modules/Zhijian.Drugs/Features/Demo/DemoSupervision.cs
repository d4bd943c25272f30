namespace Zhijian.Drugs.Features.Demo;

/// <summary>Demo data of the Supervision area (see DemoDrugs for the order).</summary>
internal static class DemoSupervision
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
