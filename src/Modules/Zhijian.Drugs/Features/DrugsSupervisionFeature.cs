using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Drugs.Features;

/// <summary>网格化监管、GSP 检查、风险分级、跟踪整改与疫苗储存检查: the area's services and endpoints.</summary>
internal static class DrugsSupervisionFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs)
    {
    }
}
