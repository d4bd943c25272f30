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
/// 核查处置; 食品安全 (2): 快检 at markets, 熔断, 追溯 (EPCIS 2.0) and 食品召回; the food indicators of the supervision centre
/// and the public pages.
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
        FoodMarketsFeature.Add(services);
        FoodTraceFeature.Add(services);
        FoodRecallsFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var food = api.MapGroup("/food").WithTags("食品安全").RequireAuthorization(FoodAccess.ReadPolicy);
        FoodBusinessesFeature.Map(api, food);
        FoodSupervisionFeature.Map(api, food);
        FoodSamplingFeature.Map(api, food);
        FoodMarketsFeature.Map(api, food);
        FoodTraceFeature.Map(api, food);
        FoodRecallsFeature.Map(api, food);
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
        new("食品安全", "快检", "/food/rapid-tests", "biotech", 430),
        new("食品安全", "熔断", "/food/fuses", "block", 435),
        new("食品安全", "追溯", "/food/trace", "account_tree", 440),
        new("食品安全", "食品召回", "/food/recalls", "assignment_return", 445),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "食品抽检", "/gs/food/sampling", "", 300),
        new("公示", "食品检查", "/gs/food/inspections", "", 310),
        new("公示", "明厨亮灶", "/gs/food/canteens", "", 320),
        new("公示", "市场快检", "/gs/food/rapid-tests", "", 330),
        new("公示", "熔断公示", "/gs/food/fuses", "", 340),
        new("公示", "食品召回", "/gs/food/recalls", "", 350),
    ];
}
