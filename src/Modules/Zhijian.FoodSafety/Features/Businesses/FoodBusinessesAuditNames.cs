namespace Zhijian.FoodSafety.Features.Businesses;

/// <summary>The 审计记录 page's words for the licence and grading audit codes.</summary>
internal static class FoodBusinessesAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["food.licence.registered"] = "登记食品许可",
        ["food.licence.changed"] = "食品许可变更",
        ["food.licence.renewed"] = "食品许可延续",
        ["food.licence.cancelled"] = "注销食品许可",
        ["food.licence.revoked"] = "吊销食品许可",
        ["food.licences.imported"] = "导入存量食品许可",
        ["food.grading.model-added"] = "新增风险分级模型版本",
    };

    public static readonly IReadOnlyDictionary<string, string> Records = new Dictionary<string, string>
    {
        ["FoodLicence"] = "食品许可",
        ["FoodLicenceImport"] = "食品许可导入",
        ["FoodRiskModel"] = "风险分级模型",
    };
}
