using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Contracts;
using Zhijian.Prices.Data;
using Zhijian.Prices.Features;

namespace Zhijian.Prices;

/// <summary>
/// 价格监管: 民生商品价格监测 (monitoring points, the goods catalogue, daily/weekly prices by page, API and XLSX import, averages per
/// division, trends and year-on-year changes); 价格预警 (the pork scheme's 猪粮比 and lean-pork rules and per-good change rules, each warning
/// with its rule version, inputs and outbox notice); 明码标价和价格欺诈检查 under Order 56 with the “was”-price helper and clues carrying the
/// statutory penalty range; 涉企收费 (the fee register, complaints and checks, refunds ordered and made); the indicators and the public
/// 民生价格 page.
/// </summary>
public sealed class PricesModule : IZhijianModule
{
    public string Name => "价格监管";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<PricesDbContext, SqlitePricesDbContext, PostgresPricesDbContext>(storage);
        PricesAccess.AddPolicies(services);
        services.AddEvent<PriceCaseClue>();
        services.AddEvent<PriceWarningRaised>();
        PricesMonitoringFeature.Add(services);
        PricesWarningsFeature.Add(services);
        PricesInspectionsFeature.Add(services);
        PricesFeesFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var prices = api.MapGroup("/prices").WithTags("价格监管").RequireAuthorization(PricesAccess.ReadPolicy);
        PricesMonitoringFeature.Map(api, prices);
        PricesWarningsFeature.Map(api, prices);
        PricesInspectionsFeature.Map(api, prices);
        PricesFeesFeature.Map(api, prices);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoPrices.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("价格监管", "价格监测", "/prices/monitoring", "show_chart", 540),
        new("价格监管", "价格预警", "/prices/warnings", "warning", 541),
        new("价格监管", "明码标价检查", "/prices/inspections", "sell", 543),
        new("价格监管", "涉企收费", "/prices/fees", "receipt_long", 545),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "民生商品价格", "/gs/prices", "", 390),
        new("公示", "涉企收费目录清单", "/gs/prices/fees", "", 391),
    ];
}
