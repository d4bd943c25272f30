using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Features.Registry;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>设备台账与使用登记（设备代码、品种、使用登记、变更、停用、报废、注销、导入、电梯公示卡）: the area's services and endpoints.</summary>
internal static class EquipmentRegistryFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<EquipmentQueries>();
        services.AddScoped<EquipmentRegistry>();
        services.AddScoped<EquipmentImport>();
        services.AddScoped<PublicElevators>();
        services.AddTodoSource<RegistryTodo>();
        services.AddMeasureSource<RegistryMeasures>();
        services.AddAuditNames(RegistryAuditNames.Actions, RegistryAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip) => RegistryEndpoints.Map(api, sequip);
}
