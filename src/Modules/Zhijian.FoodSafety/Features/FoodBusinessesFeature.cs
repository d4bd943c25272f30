using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Features.Businesses;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.FoodSafety.Features.Licences;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features;

/// <summary>食品生产经营者与许可、风险分级: the area's services and endpoints.</summary>
internal static class FoodBusinessesFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Licences.Licences>();
        services.AddScoped<LicencesImport>();
        services.AddScoped<FoodBusinesses>();
        services.AddScoped<GradingModels>();
        services.AddScoped<GradingRecompute>();
        services.AddScoped<GradingReports>();
        services.AddTodoSource<FoodBusinessTodo>();
        services.AddMeasureSource<FoodBusinessMeasures>();
        services.AddAuditNames(FoodBusinessesAuditNames.Actions, FoodBusinessesAuditNames.Records);
        services.AddZhijianJob<GradingMonthlyJob>(GradingMonthlyJob.Key, "食品生产经营者风险分级（每月全量）", "每月1日 03:10", JobSchedule.CronChina(GradingMonthlyJob.Cron));
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
        FoodLicenceCodes.Map(api);
        LicencesEndpoints.Map(food);
        GradingEndpoints.Map(food);
    }
}
