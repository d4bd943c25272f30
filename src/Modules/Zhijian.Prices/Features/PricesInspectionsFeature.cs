using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Prices.Features.Inspections;

namespace Zhijian.Prices.Features;

/// <summary>明码标价和价格欺诈检查 (Order 56 checklist, evidence, clues with the penalty range) and the “was”-price helper.</summary>
internal static class PricesInspectionsFeature
{
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["prices.inspection.recorded"] = "登记明码标价检查",
    };

    public static readonly IReadOnlyDictionary<string, string> AuditRecordTypes = new Dictionary<string, string>
    {
        ["PriceInspection"] = "明码标价和价格欺诈检查",
    };

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<PriceInspections>();
        services.AddMeasureSource<InspectionMeasures>();
        services.AddAuditNames(AuditActions, AuditRecordTypes);
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices) => InspectionEndpoints.Map(prices);
}
