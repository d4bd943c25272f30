using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Features.SpotChecks;

namespace Zhijian.ProductQuality.Features;

/// <summary>监督抽查（重点产品目录、计划、抽取、抽样、检验结果、异议复检）: the area's services and endpoints.</summary>
internal static class QualitySpotChecksFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Catalogue>();
        services.AddScoped<Plans>();
        services.AddScoped<Samples>();
        services.AddScoped<LabResults>();
        services.AddScoped<Objections>();
        services.AddScoped<PublicSpotChecks>();
        services.AddEvent<QualitySampleFailed>();
        services.AddEventHandler<QualitySampleFailed, SampleFailedCredit>();
        services.AddTodoSource<SpotCheckTodo>();
        services.AddMeasureSource<SpotCheckMeasures>();
        services.AddAuditNames(SpotCheckAuditNames.Actions, SpotCheckAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq)
    {
        SpotCheckEndpoints.Map(pq);
        SpotCheckEndpoints.MapPublic(api);
    }
}
