using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Prices.Features;

/// <summary>明码标价和价格欺诈检查 (Order 56 checklist, evidence, clues with the penalty range) and the “was”-price helper.</summary>
internal static class PricesInspectionsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
    }
}
