namespace Zhijian.FoodSafety.Domain.Trace;

/// <summary>The Chinese (and CBV) words of the 追溯 area.</summary>
internal static class TraceNames
{
    public static string Of(TracePartyKind k) => k switch
    {
        TracePartyKind.Producer => "生产者",
        TracePartyKind.Importer => "进口商",
        TracePartyKind.ColdStore => "冷库",
        TracePartyKind.WholesaleMarket => "批发市场",
        TracePartyKind.Stall => "摊位",
        TracePartyKind.Supermarket => "商超",
        TracePartyKind.Canteen => "餐饮/食堂",
        _ => "其他",
    };

    public static string Of(TraceStep s) => s switch
    {
        TraceStep.Commissioning => "赋码/生产",
        TraceStep.Shipping => "发货",
        TraceStep.Receiving => "收货",
        TraceStep.Selling => "销售",
        TraceStep.Destroying => "销毁",
        _ => "加工/分装",
    };

    /// <summary>The CBV 2.0 business-step short name.</summary>
    public static string Cbv(TraceStep s) => s switch
    {
        TraceStep.Commissioning => "commissioning",
        TraceStep.Shipping => "shipping",
        TraceStep.Receiving => "receiving",
        TraceStep.Selling => "retail_selling",
        TraceStep.Destroying => "destroying",
        _ => "transforming",
    };
}
