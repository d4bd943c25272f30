using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features;

/// <summary>抽检监测（Order 15）与核查处置: the area's services and endpoints.</summary>
internal static class FoodSamplingFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SamplingDeadlines>();
        services.AddScoped<Labs.Labs>();
        services.AddScoped<SamplingOrders>();
        services.AddScoped<LabResults>();
        services.AddScoped<Reviews>();
        services.AddScoped<Disposals.Disposals>();
        services.AddScoped<PublicSampling>();
        services.AddScoped<SamplingPlans.ISamplingCounts, SamplingCounts>();
        services.AddScoped<Grading.IFoodRiskFacts, SamplingRiskFacts>();
        services.AddEvent<FoodSamplingFailed>();
        services.AddEventHandler<FoodSamplingFailed, SamplingFailedCredit>();
        services.AddTodoSource<SamplingTodo>();
        services.AddMeasureSource<SamplingMeasures>();
        services.AddAuditNames(SamplingAuditNames.Actions, SamplingAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food) => SamplingEndpoints.Map(api, food);
}
