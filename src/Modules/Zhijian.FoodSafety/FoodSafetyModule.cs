using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Features;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety;

/// <summary>
/// 食品安全 (1): food businesses and their licences, 风险分级 A–D, 监督检查 (Order 49), 抽检监测 (Order 15) with
/// 核查处置, the food indicators of the supervision centre and the public pages.
/// </summary>
public sealed class FoodSafetyModule : IZhijianModule
{
    public string Name => "食品安全";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<FoodSafetyDbContext, SqliteFoodSafetyDbContext, PostgresFoodSafetyDbContext>(storage);
        FoodAccess.AddPolicies(services);
        services.AddEvent<FoodCaseClue>();
        // Dynamic risk facts from other modules' contracts (this module's own sources register in their areas).
        services.AddScoped<Features.Grading.IFoodRiskFacts, Features.Grading.ComplaintFacts>();
        services.AddScoped<Features.Grading.IFoodRiskFacts, Features.Grading.PenaltyFacts>();
        FoodBusinessesFeature.Add(services);
        FoodSupervisionFeature.Add(services);
        FoodSamplingFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var food = api.MapGroup("/food").WithTags("食品安全").RequireAuthorization(FoodAccess.ReadPolicy);
        FoodBusinessesFeature.Map(api, food);
        FoodSupervisionFeature.Map(api, food);
        FoodSamplingFeature.Map(api, food);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoFood.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("食品安全", "食品生产经营者", "/food/businesses", "storefront", 400),
        new("食品安全", "风险分级", "/food/grading", "stacked_bar_chart", 405),
        new("食品安全", "监督检查", "/food/inspections", "fact_check", 410),
        new("食品安全", "明厨亮灶", "/food/canteens", "soup_kitchen", 415),
        new("食品安全", "抽检计划", "/food/sampling-plans", "event_note", 418),
        new("食品安全", "抽检监测", "/food/sampling", "science", 420),
        new("食品安全", "核查处置", "/food/disposals", "rule", 425),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "食品抽检", "/gs/food/sampling", "", 300),
        new("公示", "食品检查", "/gs/food/inspections", "", 310),
        new("公示", "明厨亮灶", "/gs/food/canteens", "", 320),
    ];
}
