using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Features.Supervision;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features;

/// <summary>网格化监管、GSP 检查、风险分级、跟踪整改与疫苗储存检查: the area's services and endpoints.</summary>
internal static class DrugsSupervisionFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SupervisionQueries>();
        services.AddScoped<SupervisionBook>();
        services.AddScoped<RiskGrading>();
        services.AddTodoSource<SupervisionTodo>();
        services.AddMeasureSource<SupervisionMeasures>();
        services.AddAuditNames(SupervisionAuditNames.Actions, SupervisionAuditNames.RecordTypes);
        services.AddZhijianJob<RiskRecomputeJob>(RiskRecomputeJob.Key, "逾期未复查的限期整改移送案件线索，重新计算药械化经营企业风险等级和下次检查日期", "每天 03:20",
            JobSchedule.CronChina(RiskRecomputeJob.Cron));
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs) => SupervisionEndpoints.Map(drugs);
}
