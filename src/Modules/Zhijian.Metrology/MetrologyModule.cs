using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Metrology.Contracts;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Features;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;

namespace Zhijian.Metrology;

/// <summary>
/// 计量: the 强检 instrument register over the 2020 catalogue (fixed life with replacement, periodic verification), verification
/// bodies posting results, due / overdue / failed-in-use lists and the public quarterly replacement list per county; 民生计量
/// checks in markets, fuel stations and hospitals with their 整改 and re-checks; 定量包装商品 net-content checks; the metrology
/// indicators of the supervision centre.
/// </summary>
public sealed class MetrologyModule : IZhijianModule
{
    public string Name => "计量";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<MetrologyDbContext, SqliteMetrologyDbContext, PostgresMetrologyDbContext>(storage);
        MetrologyAccess.AddPolicies(services);
        services.AddEvent<MetrologyCaseClue>();
        MetrologyInstrumentsFeature.Add(services);
        MetrologyChecksFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var metro = api.MapGroup("/metro").WithTags("计量").RequireAuthorization(MetrologyAccess.ReadPolicy);
        MetrologyInstrumentsFeature.Map(api, metro);
        MetrologyChecksFeature.Map(api, metro);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoMetrology.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("计量", "强检器具台账", "/metro/instruments", "speed", 530),
        new("计量", "检定机构", "/metro/bodies", "verified", 532),
        new("计量", "民生计量检查", "/metro/checks", "balance", 535),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "到期轮换表具", "/gs/metro/replacements", "", 380),
    ];
}
