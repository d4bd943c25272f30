using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Features.RapidTests;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features;

/// <summary>快检（快检点、方法与项目、结果报送、4 小时异议、实验室确认）与熔断（规则、触发、解除、公示）: the area's services and endpoints.</summary>
internal static class FoodMarketsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<TestPoints>();
        services.AddScoped<RapidIntake>();
        services.AddScoped<RapidTests.RapidTests>();
        services.AddScoped<PublicRapid>();
        services.AddScoped<Fuses.Fuses>();
        services.AddEvent<Fuses.FoodFuseTriggered>();
        services.AddEventHandler<FoodSamplingFailed, SamplingFailedFuse>();
        services.AddTodoSource<RapidTodo>();
        services.AddMeasureSource<RapidMeasures>();
        services.AddAuditNames(RapidAuditNames.Actions, RapidAuditNames.RecordTypes);
        services.AddZhijianJob<MarketsSweepJob>(MarketsSweepJob.Key, "快检异议期满、实验室复检阴性解除停售、熔断到期", "每 5 分钟", JobSchedule.Every(TimeSpan.FromMinutes(5)));
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food) => RapidEndpoints.Map(api, food);
}
