using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.ProductQuality.Features;

/// <summary>工业产品生产许可证与 CCC: the area's services and endpoints.</summary>
internal static class QualityLicencesFeature
{
    public static void Add(IServiceCollection services)
    {
        // Placeholder until the Licences area lands: replace with the real implementation.
        services.AddScoped<Domain.Licences.IProductLicences, PendingProductLicences>();
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq)
    {
    }
}

/// <summary>Placeholder (skeleton): no licences. The Licences area replaces it.</summary>
internal sealed class PendingProductLicences : Domain.Licences.IProductLicences
{
    public Task<IReadOnlyList<Domain.Licences.ProductLicenceRef>> ValidForAsync(string uscc, DateOnly on, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Domain.Licences.ProductLicenceRef>>([]);
}
