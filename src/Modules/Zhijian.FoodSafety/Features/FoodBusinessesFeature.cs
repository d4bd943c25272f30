using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.FoodSafety.Features;

/// <summary>食品生产经营者与许可、风险分级: the area's services and endpoints.</summary>
internal static class FoodBusinessesFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
    }
}
