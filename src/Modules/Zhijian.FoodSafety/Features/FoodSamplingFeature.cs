using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.FoodSafety.Features;

/// <summary>抽检监测（Order 15）与核查处置: the area's services and endpoints.</summary>
internal static class FoodSamplingFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
    }
}
