namespace Zhijian.FoodSafety.Domain;

/// <summary>A food category (食品大类) of the sampling code table.</summary>
internal sealed record FoodCategory(string Code, string Name, bool SpecialFood);

/// <summary>
/// 食品大类: the 34 categories by which national and local sampling plans are written and reported (the category list of
/// the 《食品安全监督抽检实施细则》 issued yearly by SAMR's food-sampling department, whose sub-categories follow the
/// food classification of GB 2760 and the SC licence categories). Codes are this system's two-digit codes in the
/// order of that list; plans, orders and the portal use them. <see cref="FoodCategory.SpecialFood"/> marks 特殊食品
/// (保健食品, 特殊医学用途配方食品, 婴幼儿配方食品), which risk grading and reporting treat apart.
/// </summary>
internal static class FoodCategories
{
    public const string Source = "《食品安全监督抽检实施细则》（国家市场监督管理总局食品安全抽检监测司，年度版）食品大类";

    public static readonly IReadOnlyList<FoodCategory> All =
    [
        new("01", "粮食加工品", false),
        new("02", "食用油、油脂及其制品", false),
        new("03", "调味品", false),
        new("04", "肉制品", false),
        new("05", "乳制品", false),
        new("06", "饮料", false),
        new("07", "方便食品", false),
        new("08", "饼干", false),
        new("09", "罐头", false),
        new("10", "冷冻饮品", false),
        new("11", "速冻食品", false),
        new("12", "薯类和膨化食品", false),
        new("13", "糖果制品", false),
        new("14", "茶叶及相关制品", false),
        new("15", "酒类", false),
        new("16", "蔬菜制品", false),
        new("17", "水果制品", false),
        new("18", "炒货食品及坚果制品", false),
        new("19", "蛋制品", false),
        new("20", "可可及焙烤咖啡产品", false),
        new("21", "食糖", false),
        new("22", "水产制品", false),
        new("23", "淀粉及淀粉制品", false),
        new("24", "糕点", false),
        new("25", "豆制品", false),
        new("26", "蜂产品", false),
        new("27", "保健食品", true),
        new("28", "特殊医学用途配方食品", true),
        new("29", "婴幼儿配方食品", true),
        new("30", "特殊膳食食品", false),
        new("31", "餐饮食品", false),
        new("32", "食品添加剂", false),
        new("33", "食用农产品", false),
        new("34", "其他食品", false),
    ];

    private static readonly Dictionary<string, FoodCategory> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static FoodCategory? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());
}
