namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>The 审计记录 page's words for 追溯.</summary>
internal static class TraceAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["food.trace.parties-registered"] = "登记追溯参与方",
        ["food.trace.events-received"] = "接收追溯事件（EPCIS）",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["TraceParty"] = "追溯参与方",
        ["TraceDocument"] = "追溯事件文档",
    };
}
