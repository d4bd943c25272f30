using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Metrology.Features.Checks;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;

namespace Zhijian.Metrology.Features;

/// <summary>民生计量检查（集贸市场、加油站、医疗机构，整改与复查）与定量包装商品净含量检验: the area's services and endpoints.</summary>
internal static class MetrologyChecksFeature
{
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["metro.check.recorded"] = "登记民生计量检查",
        ["metro.check.rechecked"] = "民生计量检查复查",
        ["metro.package.checked"] = "定量包装商品净含量检验",
    };

    public static readonly IReadOnlyDictionary<string, string> AuditRecordTypes = new Dictionary<string, string>
    {
        ["MetroCheck"] = "民生计量检查",
        ["MetroPackageCheck"] = "定量包装商品净含量检验",
    };

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<LivelihoodChecks>();
        services.AddTodoSource<CheckTodo>();
        services.AddMeasureSource<CheckMeasures>();
        services.AddAuditNames(AuditActions, AuditRecordTypes);
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder metro) => CheckEndpoints.Map(metro);
}
