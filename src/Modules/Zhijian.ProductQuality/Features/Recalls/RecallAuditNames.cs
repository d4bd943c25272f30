namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>The 审计记录 page's words for 缺陷产品召回.</summary>
internal static class RecallAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["pq.defect-report.received"] = "收到缺陷报告",
        ["pq.investigation.opened"] = "立案缺陷调查",
        ["pq.investigation.step"] = "缺陷调查措施",
        ["pq.investigation.concluded"] = "缺陷调查结论",
        ["pq.investigation.objected"] = "汽车生产者提出异议",
        ["pq.investigation.objection-decided"] = "异议决定",
        ["pq.recall.created"] = "登记缺陷产品召回",
        ["pq.recall.plan-filed"] = "召回计划备案",
        ["pq.recall.notice"] = "发布召回公告",
        ["pq.recall.owners"] = "通知车主",
        ["pq.recall.progress"] = "召回进展报告",
        ["pq.recall.summary"] = "召回总结报告",
        ["pq.recall.refused"] = "拒不召回",
        ["pq.recall.overdue-clue"] = "责令召回逾期，移送案件线索",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["PqDefectReport"] = "缺陷报告",
        ["PqInvestigation"] = "缺陷调查",
        ["PqRecall"] = "缺陷产品召回",
    };
}
