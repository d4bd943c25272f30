using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Features.Maintenance;
using Zhijian.SpecialEquipment.Features.Rescue;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>维护保养（维保单位、合同、维保记录、按需维保、自行检查）与 96333 应急救援: the area's services and endpoints.</summary>
internal static class EquipmentMaintenanceFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MaintenanceRules>();
        services.AddScoped<Maintainers>();
        services.AddScoped<IMaintainers>(sp => sp.GetRequiredService<Maintainers>());
        services.AddScoped<MaintenanceRecords>();
        services.AddScoped<RescueSla>();
        services.AddScoped<RescueCalls>();
        services.AddScoped<RescueQueries>();
        services.AddEvent<LongEntrapment>();
        services.AddTodoSource<MaintenanceTodo>();
        services.AddMeasureSource<MaintenanceMeasures>();
        services.AddAuditNames(MaintenanceAuditNames.Actions, MaintenanceAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip) => MaintenanceEndpoints.Map(sequip);
}
