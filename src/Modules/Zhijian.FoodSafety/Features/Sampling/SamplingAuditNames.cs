namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>The 审计记录 page's words for 抽检监测 and 核查处置.</summary>
internal static class SamplingAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["food.lab.created"] = "登记承检机构",
        ["food.lab.client"] = "为承检机构创建 API 客户端",
        ["food.sampling.created"] = "登记抽样单",
        ["food.sampling.received"] = "登记样品送达检验机构",
        ["food.sampling.result"] = "接收检验结果",
        ["food.sampling.retest-result"] = "接收复检结果",
        ["food.sampling.notified"] = "送达检验结果通知书",
        ["food.sampling.published"] = "公布抽检结果",
        ["food.sampling.retest-applied"] = "登记复检申请",
        ["food.sampling.objection-applied"] = "登记异议",
        ["food.sampling.review-decided"] = "复检/异议受理决定",
        ["food.sampling.retest-extended"] = "延长确定复检机构期限",
        ["food.sampling.retest-lab"] = "随机确定复检机构",
        ["food.sampling.objection-decided"] = "异议处理决定",
        ["food.disposal.opened"] = "启动核查处置",
        ["food.disposal.step"] = "完成核查处置事项",
        ["food.disposal.completed"] = "核查处置完成",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["FoodLab"] = "承检机构",
        ["SamplingOrder"] = "抽样单",
        ["FoodDisposal"] = "核查处置",
    };
}
