using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Prices.Features;

/// <summary>价格监测: goods, points, price intake (page, API, import), averages and trends.</summary>
internal static class PricesMonitoringFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
    }
}
