using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.FoodSafety.Features;

/// <summary>监督检查（Order 49）、明厨亮灶: the area's services and endpoints.</summary>
internal static class FoodSupervisionFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
    }
}
