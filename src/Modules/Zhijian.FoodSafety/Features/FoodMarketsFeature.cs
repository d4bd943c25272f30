using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.FoodSafety.Features;

/// <summary>快检（快检点、方法与项目、结果报送、4 小时异议、实验室确认）与熔断（规则、触发、解除、公示）: the area's services and endpoints.</summary>
internal static class FoodMarketsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
    }
}
