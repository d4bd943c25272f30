using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Drugs.Features;

/// <summary>经营企业、药品经营许可证、医疗器械经营许可与备案、化妆品经营、执业药师与自查报告: the area's services and endpoints.</summary>
internal static class DrugsLicencesFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Domain.Licences.IDrugBusinesses, Licences.DrugBusinesses>();
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs)
    {
    }
}
