using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.FoodSafety.Features.Trace;
using Zhijian.Platform;
using Zhijian.Platform.Audit;

namespace Zhijian.FoodSafety.Features;

/// <summary>追溯（EPCIS 2.0 事件接收、正向与反向追溯）: the area's services and endpoints.</summary>
internal static class FoodTraceFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<TraceIntake>();
        services.AddScoped<TraceParties>();
        services.AddScoped<TraceLists>();
        services.AddScoped<ITraceQueries, TraceQueries>();
        services.AddMeasureSource<TraceMeasures>();
        services.AddAuditNames(TraceAuditNames.Actions, TraceAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food) => TraceEndpoints.Map(food);
}
