namespace Zhijian.Drugs.Features.Demo;

/// <summary>
/// 药品·医疗器械·化妆品 in 济南, in order: the businesses with their licences, filings, pharmacists and self-inspection reports
/// (Licences), then grids, GSP inspections, risk grades and vaccine storage checks (Supervision), then a year of 含麻 sales and
/// adverse-reaction reports (Registers). Every part does nothing when it has already been seeded.
/// </summary>
internal static class DemoDrugs
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoLicences.SeedAsync(services, ct);
        await DemoSupervision.SeedAsync(services, ct);
        await DemoRegisters.SeedAsync(services, ct);
    }
}
