using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.FoodSafety.Features.Recalls;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features;

/// <summary>食品召回（三级召回、计划、公告、进展、总结、处置、逾期预警）: the area's services and endpoints.</summary>
internal static class FoodRecallsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<RecallDeadlines>();
        services.AddScoped<RecallQueries>();
        services.AddScoped<Recalls.Recalls>();
        services.AddScoped<RecallScopes>();
        services.AddScoped<PublicRecalls>();
        services.AddTodoSource<RecallTodo>();
        services.AddMeasureSource<RecallMeasures>();
        services.AddPortalHomeSection<RecallsHomeSection>();
        services.AddAuditNames(RecallAuditNames.Actions, RecallAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food) => RecallEndpoints.Map(api, food);
}
