using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>维护保养（维保单位、合同、维保记录、按需维保、自行检查）与 96333 应急救援: the area's services and endpoints.</summary>
internal static class EquipmentMaintenanceFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip)
    {
    }
}
