using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Features.FollowUp;

namespace Zhijian.ProductQuality.Features;

/// <summary>不合格后处理: the area's services and endpoints.</summary>
internal static class QualityFollowUpFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<FollowUpQueries>();
        services.AddScoped<FollowUpBook>();
        services.AddScoped<IFollowUps>(sp => sp.GetRequiredService<FollowUpBook>());
        services.AddTodoSource<FollowUpTodo>();
        services.AddMeasureSource<FollowUpMeasures>();
        services.AddAuditNames(FollowUpAuditNames.Actions, FollowUpAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq) => FollowUpEndpoints.Map(pq);
}
