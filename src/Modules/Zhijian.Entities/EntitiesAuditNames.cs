using Zhijian.Platform.Audit;

namespace Zhijian.Entities;

/// <summary>The 审计记录 page's words for the registry's audit codes.</summary>
internal static class EntitiesAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>
        {
            ["entity.registered"] = "设立登记",
            ["entity.changed"] = "变更登记",
            ["entity.simple-deregistration"] = "简易注销",
            ["entity.deregistration"] = "一般注销",
            ["entity.revocation"] = "吊销营业执照",
            ["entity.move-out"] = "迁出",
            ["entity.licence-added"] = "登记许可证",
            ["entity.annual-report-filed"] = "报送年度报告",
            ["entities.imported"] = "批量导入市场主体",
            ["entities.demo-seeded"] = "生成演示市场主体",
        },
        new Dictionary<string, string>
        {
            ["MarketEntity"] = "市场主体",
            ["Licence"] = "许可证",
            ["AnnualReport"] = "年度报告",
        });
}
