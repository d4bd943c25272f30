using Zhijian.Complaints.Pages;
using Zhijian.Platform.Audit;

namespace Zhijian.Complaints;

/// <summary>The 审计记录 page's words for the complaints module's audit codes (a filing's steps named as on its buttons).</summary>
internal static class ComplaintsAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>(ComplaintUi.ActionOrder.Select(a => KeyValuePair.Create($"complaints.{a}", $"诉求办理：{ComplaintUi.ActionName(a)}")))
        {
            ["complaints.received"] = "登记诉求",
            ["complaints.clue"] = "诉求转为案件线索",
            ["complaints.identity-viewed"] = "查看诉求人身份信息",
            ["complaints.odr-approved"] = "认定 ODR 企业",
            ["complaints.odr-removed"] = "移出 ODR 企业",
            ["complaints.consumer-warning-drafted"] = "起草消费提示",
            ["complaints.consumer-warning-edited"] = "修改消费提示",
            ["complaints.consumer-warning-published"] = "发布消费提示",
            ["complaints.consumer-warning-withdrawn"] = "撤回消费提示",
            ["complaints.spike-raised"] = "发出投诉激增预警",
            ["complaints.spike-acknowledged"] = "确认投诉激增预警",
            ["complaints.category-added"] = "新增诉求分类",
            ["complaints.category-changed"] = "修改诉求分类",
        },
        new Dictionary<string, string>
        {
            ["Filing"] = "投诉举报",
            ["OdrEnterprise"] = "ODR 企业",
            ["ConsumerWarning"] = "消费提示",
            ["SpikeWarning"] = "投诉激增预警",
            ["Category"] = "诉求分类",
        });
}
