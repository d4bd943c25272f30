using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>定期检验（检验计划规则引擎、检验机构、检验结果、异议、到期预警与超期清单）: the area's services and endpoints.</summary>
internal static class EquipmentInspectionsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip)
    {
    }
}
