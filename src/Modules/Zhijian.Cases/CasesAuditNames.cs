using Zhijian.Platform.Audit;

namespace Zhijian.Cases;

/// <summary>The 审计记录 page's words for the cases module's audit codes.</summary>
internal static class CasesAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>
        {
            ["cases.clue.received"] = "接收案件线索",
            ["cases.clue.extended"] = "延长线索核查期限",
            ["cases.clue.paused"] = "线索核查中止",
            ["cases.clue.resumed"] = "线索核查恢复",
            ["cases.clue.declined"] = "不予立案",
            ["cases.case.opened"] = "立案",
            ["cases.simple.decided"] = "简易程序当场处罚",
            ["cases.party.revealed"] = "查看当事人完整信息",
            ["cases.evidence.added"] = "登记证据",
            ["cases.file.added"] = "上传案件材料",
            ["cases.measure.taken"] = "采取行政强制措施",
            ["cases.measure.extended"] = "延长强制措施期限",
            ["cases.measure.ended"] = "解除强制措施",
            ["cases.advanced"] = "进入下一办案环节",
            ["cases.proposed"] = "提出处理意见",
            ["cases.submitted"] = "提交审批",
            ["cases.reviewed"] = "审批",
            ["cases.legal-review"] = "法制审核",
            ["cases.collective"] = "集体讨论",
            ["cases.notified"] = "行政处罚告知",
            ["cases.statement"] = "陈述申辩",
            ["cases.hearing"] = "听证",
            ["cases.decided"] = "作出处罚决定",
            ["cases.served"] = "送达",
            ["cases.paid"] = "缴纳罚没款",
            ["cases.enforcement"] = "申请强制执行",
            ["cases.extended"] = "延长办案期限",
            ["cases.suspended"] = "中止案件",
            ["cases.resumed"] = "恢复办理",
            ["cases.corrected"] = "更正",
            ["cases.closed"] = "结案",
            ["cases.police.transferred"] = "移送公安机关",
            ["cases.police.receipt"] = "登记公安机关回执",
            ["cases.police.outcome"] = "登记公安机关处理结果",
            ["cases.file-reviewed"] = "案卷评查",
            ["cases.review-item.saved"] = "保存评查项目",
            ["case.publication-published"] = "公示行政处罚信息",
            ["case.publication-expired"] = "处罚信息公示期满",
            ["case.publication-withdrawn"] = "撤回处罚信息公示",
        },
        new Dictionary<string, string>
        {
            ["Case"] = "案件",
            ["Clue"] = "案件线索",
            ["ReviewItem"] = "评查项目",
        });
}
