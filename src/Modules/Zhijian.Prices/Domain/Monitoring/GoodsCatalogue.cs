namespace Zhijian.Prices.Domain.Monitoring;

/// <summary>监测点类型: 农贸市场, 超市, 批发市场, 养殖场（生猪出场价）, 加油站, 公用事业与服务（水电气、教育、医疗收费）.</summary>
internal enum PointKind
{
    FarmersMarket = 1,
    Supermarket = 2,
    WholesaleMarket = 3,
    Farm = 4,
    FuelStation = 5,
    Service = 6,
}

/// <summary>
/// One monitored good: code, name, category, unit and grade as the 价格监测 reports name them, where it is collected, and how
/// often (daily for 民生 food in markets, weekly for the pork scheme's inputs). A price in any other unit is refused.
/// </summary>
internal sealed record Good(string Code, string Name, string Category, string Unit, string? Grade, PointKind[] Points, bool Daily);

/// <summary>
/// The default catalogue of 民生商品 and services monitored by a city bureau (the seeds: 猪肉, 粮油, 蛋, 蔬菜, 天然气, 教育, 医疗).
/// Bureaus add goods of their own; these codes are the pork scheme's inputs: <see cref="Hog"/> (生猪出场价),
/// <see cref="Corn"/> (二等玉米批发价), <see cref="LeanPork"/> (精瘦肉零售价).
/// </summary>
internal static class GoodsCatalogue
{
    public const string Hog = "hog";
    public const string Corn = "corn-2";
    public const string LeanPork = "pork-lean";

    private static readonly PointKind[] Retail = [PointKind.FarmersMarket, PointKind.Supermarket];

    public static readonly IReadOnlyList<Good> Defaults =
    [
        new(Hog, "生猪（外三元）", "畜禽", "元/公斤", "出场价", [PointKind.Farm], false),
        new(Corn, "玉米", "粮食", "元/公斤", "国标二等", [PointKind.WholesaleMarket], false),
        new(LeanPork, "猪肉（精瘦肉）", "畜禽", "元/500克", null, Retail, true),
        new("pork-belly", "猪肉（五花肉）", "畜禽", "元/500克", null, Retail, true),
        new("beef", "牛肉（鲜）", "畜禽", "元/500克", null, Retail, true),
        new("mutton", "羊肉（鲜）", "畜禽", "元/500克", null, Retail, true),
        new("chicken", "白条鸡", "畜禽", "元/500克", null, Retail, true),
        new("egg", "鸡蛋", "蛋类", "元/500克", "散装", Retail, true),
        new("rice", "大米", "粮食", "元/500克", "粳米标一", Retail, true),
        new("flour", "面粉", "粮食", "元/500克", "特一粉", Retail, true),
        new("oil-peanut", "花生油", "食用油", "元/5升", "一级压榨", Retail, true),
        new("oil-soy", "大豆油", "食用油", "元/5升", "一级", Retail, true),
        new("cabbage", "大白菜", "蔬菜", "元/500克", null, Retail, true),
        new("potato", "土豆", "蔬菜", "元/500克", null, Retail, true),
        new("tomato", "西红柿", "蔬菜", "元/500克", null, Retail, true),
        new("cucumber", "黄瓜", "蔬菜", "元/500克", null, Retail, true),
        new("celery", "芹菜", "蔬菜", "元/500克", null, Retail, true),
        new("pepper", "青椒", "蔬菜", "元/500克", null, Retail, true),
        new("radish", "白萝卜", "蔬菜", "元/500克", null, Retail, true),
        new("eggplant", "茄子", "蔬菜", "元/500克", null, Retail, true),
        new("apple", "苹果", "水果", "元/500克", "富士", Retail, true),
        new("banana", "香蕉", "水果", "元/500克", null, Retail, true),
        new("hairtail", "带鱼", "水产品", "元/500克", "冻", Retail, true),
        new("carp", "鲤鱼", "水产品", "元/500克", "活", Retail, true),
        new("milk", "纯牛奶", "奶类", "元/250毫升", "盒装", [PointKind.Supermarket], true),
        new("gasoline-92", "汽油（92号）", "能源", "元/升", null, [PointKind.FuelStation], true),
        new("diesel-0", "柴油（0号）", "能源", "元/升", null, [PointKind.FuelStation], true),
        new("gas-residential", "管道天然气（居民）", "能源", "元/立方米", "第一阶梯", [PointKind.Service], false),
        new("kindergarten-fee", "公办幼儿园保教费", "教育", "元/月", "省级示范园", [PointKind.Service], false),
        new("clinic-fee", "门诊诊查费", "医疗", "元/次", "三级医院普通门诊", [PointKind.Service], false),
    ];

    public static Good? Find(string? code) => Defaults.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal));
}
