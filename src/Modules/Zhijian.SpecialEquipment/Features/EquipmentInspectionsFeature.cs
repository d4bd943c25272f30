using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Features.Inspections;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>定期检验（检验计划规则引擎、检验机构、检验结果、异议、到期预警与超期清单）: the area's services and endpoints.</summary>
internal static class EquipmentInspectionsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ScheduleRules>();
        services.AddScoped<ScheduleStore>();
        services.AddScoped<IEquipmentSchedules>(sp => sp.GetRequiredService<ScheduleStore>());
        services.AddScoped<ScheduleRecompute>();
        services.AddScoped<InspectionBodies>();
        services.AddScoped<InspectionResults>();
        services.AddScoped<InspectionQueries>();
        services.AddTodoSource<InspectionTodo>();
        services.AddMeasureSource<InspectionMeasures>();
        services.AddAuditNames(InspectionAuditNames.Actions, InspectionAuditNames.RecordTypes);
        services.AddZhijianJob<ScheduleSweepJob>(ScheduleSweepJob.Key, "特种设备检验计划重算、到期预警与超期未检状态", "每天 02:40", JobSchedule.CronChina(ScheduleSweepJob.Cron));
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip) => InspectionEndpoints.Map(sequip);
}
