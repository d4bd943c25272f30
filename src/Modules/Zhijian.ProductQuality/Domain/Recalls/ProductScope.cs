namespace Zhijian.ProductQuality.Domain.Recalls;

/// <summary>
/// Products outside consumer-product recall (research/wave2-rules.md §3 C11 [F-3P]): they have their own recall regimes. A
/// product category naming one of them is refused with the regime to turn to; a motor vehicle reported as a 消费品 is pointed
/// to the car regime (product kind 汽车).
/// </summary>
internal static class ProductScope
{
    /// <summary>(keywords, what it is, the competent regime).</summary>
    private static readonly (string[] Words, string What, string Regime)[] Excluded =
    [
        (["食品", "食用农产品", "保健食品", "婴幼儿配方"], "食品", "《食品安全法》《食品召回管理办法》，由食品安全监管部门办理"),
        (["药品", "药物", "疫苗", "中成药"], "药品", "《药品管理法》《药品召回管理办法》，由药品监督管理部门办理"),
        (["化妆品"], "化妆品", "《化妆品监督管理条例》，由药品监督管理部门办理"),
        (["医疗器械"], "医疗器械", "《医疗器械召回管理办法》，由药品监督管理部门办理"),
        (["烟草", "卷烟", "雪茄", "电子烟"], "烟草制品", "《烟草专卖法》及烟草专卖管理部门的规定"),
        (["特种设备", "电梯", "锅炉", "压力容器", "气瓶", "起重机", "游乐设施", "客运索道", "场（厂）内专用机动车辆"], "特种设备", "《特种设备安全法》，由特种设备安全监管部门办理"),
        (["烟花", "爆竹", "鞭炮"], "烟花爆竹", "《烟花爆竹安全管理条例》"),
        (["农药", "兽药", "饲料"], "农药、兽药、饲料", "农业农村部门的相关规定"),
    ];

    private static readonly string[] Vehicles = ["汽车", "乘用车", "客车", "货车", "挂车", "机动车", "SUV", "轿车"];

    /// <summary>Consumer products named after vehicles (汽车儿童安全座椅, 汽车用品, 玩具汽车 …) stay consumer products.</summary>
    private static readonly string[] VehicleAccessories = ["座椅", "用品", "玩具", "模型", "配饰"];

    /// <summary>
    /// Why <paramref name="category"/> (产品类别) cannot be recalled as <paramref name="kind"/>, in Chinese naming the competent
    /// regime; null when it can.
    /// </summary>
    public static string? Refusal(ProductKind kind, string? category)
    {
        var c = category?.Trim() ?? "";
        if (c.Length == 0) return null;
        foreach (var (words, what, regime) in Excluded)
        {
            if (words.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)))
                return $"产品类别“{c}”属于{what}，不适用消费品、汽车缺陷产品召回，请依照{regime}";
        }

        if (kind == ProductKind.Consumer && Vehicles.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase))
            && !VehicleAccessories.Any(w => c.Contains(w, StringComparison.Ordinal)))
            return $"产品类别“{c}”属于汽车产品，不适用《消费品召回管理暂行规定》：请按产品类型“汽车”报送，依照《缺陷汽车产品召回管理条例》办理";
        return null;
    }
}
