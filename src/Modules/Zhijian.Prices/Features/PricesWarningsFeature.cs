using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Prices.Features;

/// <summary>价格预警: rules and their versions, evaluation (per observation and the nightly full pass), the warnings list and API.</summary>
internal static class PricesWarningsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
    }
}
