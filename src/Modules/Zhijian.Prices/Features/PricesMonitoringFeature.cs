using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Audit;
using Zhijian.Prices.Features.Monitoring;

namespace Zhijian.Prices.Features;

/// <summary>价格监测: goods, points, price intake (page, API, import), averages and trends.</summary>
internal static class PricesMonitoringFeature
{
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["prices.reported"] = "报送监测价格",
        ["prices.imported"] = "导入监测价格",
        ["prices.good.created"] = "新增监测商品",
        ["prices.point.created"] = "设立价格监测点",
        ["prices.point.activated"] = "启用价格监测点",
        ["prices.point.deactivated"] = "停用价格监测点",
    };

    public static readonly IReadOnlyDictionary<string, string> AuditRecordTypes = new Dictionary<string, string>
    {
        ["PricePoint"] = "价格监测点",
        ["PriceGood"] = "监测商品",
        ["PriceImport"] = "监测价格导入",
    };

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<PriceStore>();
        services.AddScoped<PriceIntake>();
        services.AddScoped<PriceImport>();
        services.AddScoped<PriceQueries>();
        services.AddAuditNames(AuditActions, AuditRecordTypes);
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices) => MonitoringEndpoints.Map(api, prices);
}
