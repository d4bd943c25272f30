using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Drugs.Features;

/// <summary>含麻黄碱类复方制剂销售、处方药销售检查、不良反应报告与信号: the area's services and endpoints.</summary>
internal static class DrugsRegistersFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs)
    {
    }
}
