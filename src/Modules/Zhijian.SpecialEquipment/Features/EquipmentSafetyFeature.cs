using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>隐患治理（分级、整改、复查、销号）与事故报告（分级、时限、续报）: the area's services and endpoints.</summary>
internal static class EquipmentSafetyFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip)
    {
    }
}
