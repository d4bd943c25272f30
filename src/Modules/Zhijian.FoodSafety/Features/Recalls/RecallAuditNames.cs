namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>The 审计记录 page's words for 食品召回.</summary>
internal static class RecallAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["food.recall.created"] = "登记食品召回",
        ["food.recall.plan"] = "收到召回计划",
        ["food.recall.announced"] = "发布召回公告",
        ["food.recall.progress"] = "收到阶段性进展报告",
        ["food.recall.summary"] = "收到召回总结报告",
        ["food.recall.disposal-planned"] = "事先报告召回食品处置",
        ["food.recall.disposal-done"] = "召回食品处置完成（见证）",
        ["food.recall.completed"] = "食品召回完成",
        ["food.recall.extended"] = "批准延长召回完成期限",
        ["food.recall.evaluated"] = "召回效果评估",
        ["food.recall.scope-traced"] = "从追溯链生成召回范围",
        ["food.recall.scope-added"] = "手工添加召回范围",
        ["food.recall.scope-updated"] = "更新召回范围进度",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["FoodRecall"] = "食品召回",
    };
}
