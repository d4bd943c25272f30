using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Safety;
using Zhijian.SpecialEquipment.Features.Accidents;
using Zhijian.SpecialEquipment.Features.Hazards;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>隐患治理（分级、整改、复查、销号）与事故报告（分级、时限、续报）: the area's services and endpoints.</summary>
internal static class EquipmentSafetyFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<HazardQueries>();
        services.AddScoped<HazardLoop>();
        services.AddScoped<IHazardIntake, HazardIntake>();
        services.AddScoped<AccidentQueries>();
        services.AddScoped<AccidentBook>();
        services.AddEventHandler<LongEntrapment, LongEntrapmentHandler>();
        services.AddTodoSource<SafetyTodo>();
        services.AddMeasureSource<SafetyMeasures>();
        services.AddAuditNames(SafetyAuditNames.Actions, SafetyAuditNames.RecordTypes);
        services.AddZhijianJob<HazardsSweepJob>(HazardsSweepJob.Key, "隐患逾期未整改、重大隐患移送案件线索", "每小时", JobSchedule.Hourly);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="sequip"/> is /api/v1/equipment (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip) => SafetyEndpoints.Map(sequip);
}
