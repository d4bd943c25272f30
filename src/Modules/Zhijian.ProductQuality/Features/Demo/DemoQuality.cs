namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>
/// Product quality in 济南, in order: production licences and CCC certificates of local manufacturers (the registry's demo
/// entities in manufacturing), then a year of spot checks over 20 product categories with their results (failures open
/// follow-ups), then the follow-ups advanced into every state, then two consumer recalls and one car recall. Every part
/// does nothing when the registry is empty.
/// </summary>
internal static class DemoQuality
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoLicences.SeedAsync(services, ct);
        await DemoSpotChecks.SeedAsync(services, ct);
        await DemoFollowUp.SeedAsync(services, ct);
        await DemoRecalls.SeedAsync(services, ct);
    }
}
