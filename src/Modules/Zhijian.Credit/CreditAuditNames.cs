using Zhijian.Platform.Audit;

namespace Zhijian.Credit;

/// <summary>The 审计记录 page's words for the credit module's audit codes.</summary>
internal static class CreditAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>
        {
            ["credit.record.created"] = "归集信用记录",
            ["credit.record.updated"] = "更新信用记录",
            ["credit.record.approved"] = "审核通过报送的信用记录",
            ["credit.record.rejected"] = "退回报送的信用记录",
            ["credit.record.quarantined"] = "信用记录转入待核实",
            ["credit.quarantine.released"] = "待核实记录归集",
            ["credit.quarantine.refused"] = "待核实记录不予归集",
            ["credit.demo-seeded"] = "生成演示信用记录",
            ["credit.sharing-scope.declared"] = "登记数据共享范围",
            ["credit.sharing-scope.revoked"] = "撤销数据共享范围",
            ["credit.abnormal-proposed"] = "提请列入经营异常名录",
            ["credit.abnormal-listed"] = "列入经营异常名录",
            ["credit.abnormal-marked"] = "标记为经营异常状态",
            ["credit.abnormal-confirmed"] = "确认列入经营异常名录",
            ["credit.abnormal-rejected"] = "否决列入经营异常名录",
            ["credit.abnormal-removed"] = "移出经营异常名录",
            ["credit.serious-proposed"] = "提请列入严重违法失信名单",
            ["credit.serious-listed"] = "列入严重违法失信名单",
            ["credit.serious-confirmed"] = "确认列入严重违法失信名单",
            ["credit.serious-rejected"] = "否决列入严重违法失信名单",
            ["credit.serious-removed"] = "移出严重违法失信名单",
            ["credit.serious-expired"] = "严重违法失信名单期满移出",
            ["credit.repair-submitted"] = "提交信用修复申请",
            ["credit.repair-accepted"] = "受理信用修复申请",
            ["credit.repair-not-accepted"] = "不予受理信用修复申请",
            ["credit.repair-approved"] = "同意信用修复",
            ["credit.repair-denied"] = "不予信用修复",
            ["credit.repair-done"] = "完成信用修复",
            ["credit.risk-model.saved"] = "保存风险分类模型",
        },
        new Dictionary<string, string>
        {
            ["CreditRecord"] = "信用记录",
            ["QuarantinedRecord"] = "待核实记录",
            ["SharingScope"] = "数据共享范围",
            ["Listing"] = "名录",
            ["RepairApplication"] = "信用修复申请",
            ["RiskModel"] = "风险分类模型",
        });
}
