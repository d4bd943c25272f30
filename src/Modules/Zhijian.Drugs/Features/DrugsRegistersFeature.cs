using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Features.Registers;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features;

/// <summary>含麻黄碱类复方制剂销售、处方药销售检查、不良反应报告与信号: the area's services and endpoints.</summary>
internal static class DrugsRegistersFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<EphedrineBook>();
        services.AddScoped<AdverseBook>();
        services.AddScoped<RxChecks>();
        services.AddTodoSource<RegisterTodo>();
        services.AddMeasureSource<RegisterMeasures>();
        services.AddZhijianJob<EphedrineFullPassJob>(EphedrineFullPassJob.Key, "含麻黄碱类复方制剂疑似异常购买全量核查", "每天 03:20",
            JobSchedule.CronChina(EphedrineFullPassJob.Cron));
        services.AddAuditNames(
            new Dictionary<string, string>
            {
                ["drugs.ephedrine.batch"] = "报送含麻制剂销售记录",
                ["drugs.ephedrine.handled"] = "核查含麻制剂疑似异常购买",
                ["drugs.ephedrine.clue"] = "含麻制剂超量销售移送线索",
                ["drugs.ephedrine.buyer-viewed"] = "查看含麻制剂购买人身份",
                ["drugs.ephedrine.full-pass"] = "含麻制剂疑似异常购买全量核查",
                ["drugs.rx-check.recorded"] = "登记处方药销售检查",
                ["drugs.adverse.received"] = "接收不良反应报告",
                ["drugs.adverse.signal-reviewed"] = "研判不良反应信号",
            },
            new Dictionary<string, string>
            {
                ["DrugEphedrineBatch"] = "含麻制剂销售批次",
                ["DrugEphedrineWarning"] = "含麻制剂异常购买预警",
                ["DrugEphedrineSale"] = "含麻制剂销售记录",
                ["DrugRxCheck"] = "处方药销售检查",
                ["DrugAdverseReport"] = "不良反应报告",
                ["DrugAdverseSignal"] = "不良反应信号",
            });
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs) => RegisterEndpoints.Map(drugs);
}
