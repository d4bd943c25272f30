namespace Zhijian.ProductQuality.Domain.Licences;

/// <summary>
/// One variety (产品品种) of the 工业产品生产许可证实施目录: its category (产品类别) and variety codes ("07-002" as the key), whether it
/// is a food-related product (食品相关产品: the shorter validity), the tag of what we know of it ([F-3P] from the catalogue as reposted,
/// [R] reconstructed), and the day it entered the catalogue. Every variety is approved by the provincial authority (省级).
/// </summary>
internal sealed record CatalogueVariety(string CategoryCode, string Category, string VarietyCode, string Name, bool FoodRelated, string Tag, DateOnly From)
{
    /// <summary>"07-002": category and variety code.</summary>
    public string Key => $"{CategoryCode}-{VarietyCode}";

    /// <summary>审批层级: every variety is approved by the provincial authority since 2024 (research §8 L16).</summary>
    public static string ApprovalLevel => "省级";
}

/// <summary>A dated version of the catalogue.</summary>
internal sealed record CatalogueVersion(string Name, DateOnly From, IReadOnlyList<CatalogueVariety> Varieties)
{
    public int Categories => Varieties.Select(v => v.CategoryCode).Distinct().Count();
}

/// <summary>
/// 工业产品生产许可证实施目录, effective-dated: the 2019 catalogue (国发〔2019〕19号, 10 categories / 21 varieties as reconstructed) and the
/// 2024 catalogue (国发〔2024〕11号: six products added — 冷轧带肋钢筋, 瓶装液化石油气调压器, 钢丝绳, 胶合板, 细木工板, 安全帽 — in force from
/// 2024-09-25 after a 3-month transition: 14 categories / 27 varieties). Codes are this system's (category 01–14, variety 001–);
/// the licence number's own category/variety digits are only shape-checked. See docs/product-quality-licences.md for the tags.
/// </summary>
internal static class LicenceCatalog
{
    public static readonly DateOnly V2019From = new(2019, 10, 1);

    /// <summary>国发〔2024〕11号: the six products need a licence from this day (research §8 L16 [F-3P]).</summary>
    public static readonly DateOnly V2024From = new(2024, 9, 25);

    private static CatalogueVariety V(string cat, string category, string code, string name, string tag, bool food = false, bool added2024 = false) =>
        new(cat, category, code, name, food, tag, added2024 ? V2024From : V2019From);

    /// <summary>Every variety ever in the catalogue (From = the day it entered).</summary>
    public static readonly IReadOnlyList<CatalogueVariety> All =
    [
        V("01", "建筑用钢筋", "001", "钢筋混凝土用热轧钢筋", "F-3P"),
        V("01", "建筑用钢筋", "002", "冷轧带肋钢筋", "F-3P", added2024: true),
        V("02", "水泥", "001", "水泥", "F-3P"),
        V("03", "广播电视传输设备", "001", "广播电视传输设备", "F-3P"),
        V("04", "人民币鉴别仪", "001", "人民币鉴别仪", "F-3P"),
        V("05", "预应力混凝土铁路桥简支梁", "001", "预应力混凝土铁路桥简支梁", "F-3P"),
        V("06", "电线电缆", "001", "电线电缆", "F-3P"),
        V("07", "危险化学品", "001", "危险化学品无机产品", "F-3P"),
        V("07", "危险化学品", "002", "危险化学品有机产品", "R"),
        V("07", "危险化学品", "003", "危险化学品石油产品", "R"),
        V("07", "危险化学品", "004", "危险化学品工业气体", "R"),
        V("07", "危险化学品", "005", "危险化学品涂料", "R"),
        V("07", "危险化学品", "006", "化学试剂", "R"),
        V("08", "危险化学品包装物及容器", "001", "危险化学品包装物、容器", "R"),
        V("09", "化肥", "001", "复肥", "R"),
        V("09", "化肥", "002", "磷肥", "R"),
        V("10", "食品相关产品", "001", "食品用塑料包装容器工具等制品", "R", food: true),
        V("10", "食品相关产品", "002", "食品用纸包装容器等制品", "R", food: true),
        V("10", "食品相关产品", "003", "食品用复合膜袋", "R", food: true),
        V("10", "食品相关产品", "004", "食品用橡胶制品", "R", food: true),
        V("10", "食品相关产品", "005", "食品用金属容器", "R", food: true),
        V("10", "食品相关产品", "006", "餐具洗涤剂", "R", food: true),
        V("11", "瓶装液化石油气调压器", "001", "瓶装液化石油气调压器", "F-3P", added2024: true),
        V("12", "钢丝绳", "001", "钢丝绳", "F-3P", added2024: true),
        V("13", "人造板", "001", "胶合板", "F-3P", added2024: true),
        V("13", "人造板", "002", "细木工板", "F-3P", added2024: true),
        V("14", "安全帽", "001", "安全帽", "F-3P", added2024: true),
    ];

    public static readonly IReadOnlyList<CatalogueVersion> Versions =
    [
        new("工业产品生产许可证实施目录（2019年版，国发〔2019〕19号）", V2019From, [.. All.Where(v => v.From <= V2019From)]),
        new("工业产品生产许可证实施目录（2024年版，国发〔2024〕11号）", V2024From, [.. All.Where(v => v.From <= V2024From)]),
    ];

    /// <summary>The version in force on <paramref name="on"/> (before the first: the first).</summary>
    public static CatalogueVersion On(DateOnly on) => Versions.LastOrDefault(v => v.From <= on) ?? Versions[0];

    /// <summary>
    /// The variety named by <paramref name="keyOrName"/> ("07-002" or its Chinese name) in the catalogue in force on <paramref name="on"/>,
    /// or null when it is not in it (then the product does not need — and cannot get — a production licence on that day).
    /// </summary>
    public static CatalogueVariety? Find(string? keyOrName, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(keyOrName)) return null;
        var t = keyOrName.Trim();
        return On(on).Varieties.FirstOrDefault(v => v.Key == t || v.Name == t);
    }

    /// <summary>The variety by key in any version (for showing old records).</summary>
    public static CatalogueVariety? ByKey(string key) => All.FirstOrDefault(v => v.Key == key);
}

/// <summary>强制性产品认证目录: the common product categories local firms hold certificates for ([R]: a subset of the CCC catalogue).</summary>
internal static class CccCatalog
{
    public static readonly IReadOnlyList<(string Code, string Name)> Categories =
    [
        ("01", "电线电缆"),
        ("02", "电路开关及保护或连接用电器装置"),
        ("03", "低压电器"),
        ("05", "电动工具"),
        ("07", "家用和类似用途设备"),
        ("08", "电子产品及安全附件"),
        ("09", "照明电器"),
        ("11", "机动车辆及安全附件"),
        ("12", "摩托车乘员头盔"),
        ("16", "安全玻璃"),
        ("19", "电信终端设备"),
        ("21", "消防产品"),
        ("22", "安全技术防范产品"),
        ("23", "建材产品（溶剂型木器涂料、瓷质砖、建筑用塑料管材）"),
        ("24", "儿童用品（童车、玩具、儿童安全座椅）"),
        ("25", "防爆电气"),
        ("26", "家用燃气器具"),
        ("27", "电动自行车及其电池、充电器"),
    ];

    public static string? NameOf(string? code) => Categories.FirstOrDefault(c => c.Code == code).Name;
}
