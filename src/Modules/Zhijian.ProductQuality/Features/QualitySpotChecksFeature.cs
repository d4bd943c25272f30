using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.ProductQuality.Features;

/// <summary>监督抽查（重点产品目录、计划、抽取、抽样、检验结果、异议复检）: the area's services and endpoints.</summary>
internal static class QualitySpotChecksFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq)
    {
    }
}
