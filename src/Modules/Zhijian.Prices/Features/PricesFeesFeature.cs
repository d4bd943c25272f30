using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Prices.Features;

/// <summary>涉企收费: the fee register, complaints and checks, refunds ordered and made, the fee indicators.</summary>
internal static class PricesFeesFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
    }
}
