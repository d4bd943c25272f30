using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Domain.Recalls;
using Zhijian.ProductQuality.Features.Recalls;

namespace Zhijian.ProductQuality.Features;

/// <summary>缺陷产品召回（缺陷报告、缺陷调查、主动与责令召回，消费品与汽车）: the area's services and endpoints.</summary>
internal static class QualityRecallsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<RecallDeadlines>();
        services.AddScoped<RecallSupport>();
        services.AddScoped<DefectReports>();
        services.AddScoped<Investigations>();
        services.AddScoped<RecallQueries>();
        services.AddScoped<Recalls.Recalls>();
        services.AddScoped<RecallSweep>();
        services.AddScoped<PublicRecalls>();
        services.AddTodoSource<RecallTodo>();
        services.AddMeasureSource<RecallMeasureSource>();
        services.AddPortalHomeSection<QualityRecallsHomeSection>();
        services.AddAuditNames(RecallAuditNames.Actions, RecallAuditNames.RecordTypes);
        services.AddZhijianJob<RecallSweepJob>(RecallSweepJob.Key, "责令召回逾期未完成的步骤移送案件线索", "每天 02:50", JobSchedule.CronChina(RecallSweepJob.Cron));
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq) => RecallEndpoints.Map(api, pq);
}
