using Zhijian.Platform.Audit;

namespace Zhijian.Dashboard;

/// <summary>The 审计记录 page's words for the dashboard module's audit codes.</summary>
internal static class DashboardAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>
        {
            ["indicators.plan-created"] = "新建规划",
            ["indicators.plan-attached"] = "关联规划",
            ["indicators.plan-detached"] = "取消关联规划",
            ["indicators.indicator-saved"] = "保存规划指标",
            ["indicators.population-set"] = "录入常住人口",
            ["indicators.recomputed"] = "重新计算指标",
            ["indicators.manual-entered"] = "填报指标值",
            ["indicators.manual-approved"] = "审核通过填报值",
            ["indicators.manual-rejected"] = "退回填报值",
        },
        new Dictionary<string, string>
        {
            ["Plan"] = "规划",
            ["PlanAttachment"] = "规划关联",
            ["PlanIndicator"] = "规划指标",
            ["Population"] = "常住人口",
            ["ManualValue"] = "指标填报值",
        });
}
