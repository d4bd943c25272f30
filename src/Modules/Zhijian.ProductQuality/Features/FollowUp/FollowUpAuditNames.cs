namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>The audit log's Chinese names of the 后处理 actions and record type.</summary>
internal static class FollowUpAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["pq.followup.opened"] = "监督抽查不合格，开始后处理（责令停止生产、销售）",
        ["pq.followup.stopped"] = "企业确认停止生产、销售",
        ["pq.followup.ordered"] = "下达责令整改通知书",
        ["pq.followup.corrected"] = "收到整改报告",
        ["pq.followup.rechecked"] = "复查",
        ["pq.followup.announced"] = "复查仍不合格，报告省局并公告",
        ["pq.followup.second-rechecked"] = "再次复查",
        ["pq.followup.transferred"] = "移送停业整顿、吊销许可证案件线索",
        ["pq.followup.refused"] = "拒不停止生产销售或拒不整改，移送案件线索",
        ["pq.followup.notified"] = "通报外地生产者所在地市场监管局",
        ["pq.followup.withdrawn"] = "撤销后处理",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        [FollowUpBook.RecordType] = "产品质量不合格后处理",
    };
}
