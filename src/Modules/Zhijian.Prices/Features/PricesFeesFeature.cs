using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;
using Zhijian.Prices.Features.Fees;

namespace Zhijian.Prices.Features;

/// <summary>涉企收费: the fee register, complaints and checks, refunds ordered and made, the fee indicators.</summary>
internal static class PricesFeesFeature
{
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["prices.fee-item.created"] = "登记涉企收费项目",
        ["prices.fee-item.updated"] = "修改涉企收费项目",
        ["prices.fee-item.deactivated"] = "涉企收费项目停止收费",
        ["prices.fee-item.imported"] = "批量导入涉企收费目录清单",
        ["prices.fee-case.opened"] = "登记涉企收费核查",
        ["prices.fee-case.concluded"] = "涉企收费核查结论",
        ["prices.fee-case.refunded"] = "登记涉企违规收费清退",
        ["prices.fee-case.clue"] = "涉企违规收费逾期未清退移送线索",
    };

    public static readonly IReadOnlyDictionary<string, string> AuditRecordTypes = new Dictionary<string, string>
    {
        ["PriceFeeItem"] = "涉企收费项目",
        ["PriceFeeImport"] = "涉企收费目录清单导入",
        ["PriceFeeCase"] = "涉企收费核查",
    };

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<FeeRegister>();
        services.AddScoped<FeeCases>();
        services.AddScoped<FeeImport>();
        services.AddTodoSource<FeeTodo>();
        services.AddMeasureSource<FeeMeasures>();
        services.AddZhijianJob<FeeRefundOverdueJob>(FeeRefundOverdueJob.Key, "涉企违规收费逾期未清退移送案件线索", "每天 03:40",
            JobSchedule.CronChina(FeeRefundOverdueJob.Cron));
        services.AddAuditNames(AuditActions, AuditRecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (the public register); <paramref name="prices"/> is /api/v1/prices (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
        FeeEndpoints.Map(prices);
        FeeEndpoints.MapPublic(api);
    }
}
