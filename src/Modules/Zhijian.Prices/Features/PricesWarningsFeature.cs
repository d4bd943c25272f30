using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;
using Zhijian.Prices.Features.Warnings;

namespace Zhijian.Prices.Features;

/// <summary>价格预警: rules and their versions, evaluation (per report and the nightly full pass), the warnings list and API, measures, to-dos.</summary>
internal static class PricesWarningsFeature
{
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["prices.warning.handled"] = "处置价格预警",
        ["prices.rule.created"] = "新增价格预警规则",
        ["prices.rule.versioned"] = "修订价格预警规则",
    };

    public static readonly IReadOnlyDictionary<string, string> AuditRecordTypes = new Dictionary<string, string>
    {
        ["PriceWarning"] = "价格预警",
        ["PriceRule"] = "价格预警规则",
    };

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<PorkSettings>();
        services.AddScoped<WarningWriter>();
        services.AddScoped<WarningEngine>();
        services.AddScoped<PriceWarnings>();
        services.AddTodoSource<WarningTodo>();
        services.AddMeasureSource<WarningMeasures>();
        services.AddAuditNames(AuditActions, AuditRecordTypes);
        services.AddZhijianJob<WarningFullPassJob>(WarningFullPassJob.Key, "价格预警全量判断（更正的历史价格、新施行的规则版本、猪粮比连续周数）", "每天 02:50",
            JobSchedule.CronChina(WarningFullPassJob.Cron));
    }

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices) => WarningEndpoints.Map(prices);
}
