namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>The 审计记录 page's words for 快检 and 熔断.</summary>
internal static class RapidAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["food.rapid.batch"] = "接收快检结果",
        ["food.rapid.stopped"] = "快检阳性停售控制",
        ["food.rapid.objected"] = "登记快检结果异议",
        ["food.rapid.lab-ordered"] = "安排快检阳性实验室检验",
        ["food.rapid.final"] = "快检阳性异议期满",
        ["food.rapid.confirmed"] = "快检阳性经实验室确认",
        ["food.rapid.cleared"] = "快检复检阴性，解除停售",
        ["food.rapid.point-created"] = "登记快检点",
        ["food.rapid.point-changed"] = "修改快检点",
        ["food.rapid.item-created"] = "新增快检项目",
        ["food.rapid.item-changed"] = "修改快检项目",
        ["food.fuse.rule"] = "新增熔断规则版本",
        ["food.fuse.triggered"] = "触发熔断（暂停入市）",
        ["food.fuse.lifted"] = "解除熔断",
        ["food.fuse.expired"] = "熔断到期",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["FoodRapidBatch"] = "快检结果批次",
        ["FoodRapidTest"] = "快检结果",
        ["FoodTestPoint"] = "快检点",
        ["FoodRapidItem"] = "快检项目",
        ["FoodFuseRule"] = "熔断规则",
        ["FoodSuspension"] = "熔断",
    };
}
