namespace Zhijian.FoodSafety.Domain.Markets;

/// <summary>快检产品类别: the groups of 食用农产品 markets test, with the sampling category a lab confirmation is ordered under.</summary>
internal sealed record ProductGroup(string Code, string Name, string SamplingCategory);

/// <summary>The product groups of 快检 and 熔断 rules (a rule per group; "*" stands for every group without its own rule).</summary>
internal static class ProductGroups
{
    public const string All = "*";

    public static readonly IReadOnlyList<ProductGroup> List =
    [
        new("veg", "蔬菜", "33"),
        new("fruit", "水果", "33"),
        new("meat", "畜禽肉", "33"),
        new("aqua", "水产品", "33"),
        new("egg", "鲜蛋", "33"),
        new("soy", "豆制品", "25"),
        new("grain", "粮油", "01"),
        new("other", "其他", "34"),
    ];

    private static readonly Dictionary<string, ProductGroup> ByCode = List.ToDictionary(g => g.Code, StringComparer.Ordinal);

    public static ProductGroup? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    public static string NameOf(string? code) => code == All ? "全部类别" : Find(code)?.Name ?? code ?? "";

    /// <summary>The group of a sampling order's food category (sampling failures feed 熔断 under it).</summary>
    public static string OfSamplingCategory(string category) => category switch
    {
        "25" => "soy",
        "01" or "02" => "grain",
        "22" => "aqua",
        "19" => "egg",
        "33" => "veg",
        _ => "other",
    };
}

/// <summary>The default 快检 catalogue (≈15 items) with the methods of SAMR's 食品快速检测方法 (KJ series) and the national standards they screen for.</summary>
internal static class RapidCatalogue
{
    public static readonly IReadOnlyList<(string Code, string Name, string Method, string Groups, string Standard)> Defaults =
    [
        ("OP", "有机磷和氨基甲酸酯类农药残留", "酶抑制率法（分光光度法）", "veg,fruit", "GB/T 5009.199-2003；KJ 201710"),
        ("OP-CARD", "有机磷和氨基甲酸酯类农药残留", "酶抑制率法（速测卡法）", "veg,fruit", "GB/T 5009.199-2003；NY/T 448-2001"),
        ("PROCY", "腐霉利", "胶体金免疫层析法", "veg", "KJ 201908（GB 2763 限量）"),
        ("CHLOR", "毒死蜱", "胶体金免疫层析法", "veg,fruit", "KJ 201906（GB 2763 限量）"),
        ("CARBO", "克百威", "胶体金免疫层析法", "veg", "KJ 201911（GB 2763 限量）"),
        ("CLEN", "克伦特罗", "胶体金免疫层析法", "meat", "KJ 201706（农业农村部公告第250号禁用）"),
        ("RACT", "莱克多巴胺", "胶体金免疫层析法", "meat", "KJ 201706（农业农村部公告第250号禁用）"),
        ("SALB", "沙丁胺醇", "胶体金免疫层析法", "meat", "KJ 201706（农业农村部公告第250号禁用）"),
        ("MG", "孔雀石绿", "胶体金免疫层析法", "aqua", "KJ 201701（农业农村部公告第250号禁用）"),
        ("NF", "硝基呋喃类代谢物", "胶体金免疫层析法", "aqua,meat", "KJ 201705（农业农村部公告第250号禁用）"),
        ("ENRO", "恩诺沙星", "胶体金免疫层析法", "aqua,egg", "KJ 202102（GB 31650 限量）"),
        ("FORM", "甲醛", "化学比色法", "aqua", "KJ 201703"),
        ("SO2", "二氧化硫", "化学比色法", "fruit,veg,grain", "KJ 201704（GB 2760 限量）"),
        ("BLEACH", "吊白块（次硫酸氢钠甲醛）", "化学比色法", "soy,grain", "KJ 201703（非食用物质）"),
        ("AFB1", "黄曲霉毒素B1", "胶体金免疫层析法", "grain", "KJ 201707（GB 2761 限量）"),
        ("NITRITE", "亚硝酸盐", "化学比色法", "veg,meat", "KJ 201707（GB 2762 / GB 2760）"),
    ];
}
