using Zhijian.Platform.Codes;

namespace Zhijian.ProductQuality.Domain.SpotChecks;

/// <summary>
/// The default 重点产品目录 (seeded with the schema; a bureau edits it for its yearly catalogue). Standards and industry
/// codes are from memory ([R] in docs/product-quality-spot-checks.md): check them against the current national catalogue.
/// </summary>
internal static class CatalogueSeed
{
    private static ProductCategory C(int id, string name, bool consumer, string prefixes, bool licence, bool ccc, params string[] standards) => new()
    {
        Id = id,
        Code = $"PQ{id:000}",
        Name = name,
        ConsumerGood = consumer,
        IndustryPrefixes = prefixes,
        Standards = string.Join("\n", standards),
        LicenceRequired = licence,
        CccRequired = ccc,
    };

    public static readonly IReadOnlyList<ProductCategory> Categories =
    [
        C(1, "儿童玩具", true, "245", false, true, "GB 6675.1-2014 玩具安全 第1部分：基本规范", "GB 6675.2-2014 玩具安全 第2部分：机械与物理性能", "GB 6675.3-2014 玩具安全 第3部分：易燃性能", "GB 6675.4-2014 玩具安全 第4部分：特定元素的迁移"),
        C(2, "电动自行车", true, "3770,3761", false, true, "GB 17761-2024 电动自行车安全技术规范", "GB 42295-2022 电动自行车电气安全要求", "GB 43854-2024 电动自行车用锂离子蓄电池安全技术规范"),
        C(3, "电线电缆", false, "3831", true, true, "GB/T 5023.1-2008 额定电压450/750V及以下聚氯乙烯绝缘电缆 第1部分：一般要求", "GB/T 12706.1-2020 额定电压1kV到35kV挤包绝缘电力电缆及附件 第1部分"),
        C(4, "化肥", false, "262", true, false, "GB/T 15063-2020 复合肥料", "GB/T 2440-2017 尿素", "GB 38400-2019 肥料中有毒有害物质的限量要求"),
        C(5, "塑料购物袋", true, "2921,2926", false, false, "GB/T 21661-2020 塑料购物袋"),
        C(6, "安全帽", false, "2929,1890", false, false, "GB 2811-2019 头部防护 安全帽"),
        C(7, "燃气灶具", true, "3862", false, true, "GB 16410-2020 家用燃气灶具"),
        C(8, "电热水器", true, "3855,3859", false, true, "GB 4706.1-2005 家用和类似用途电器的安全 第1部分：通用要求", "GB 4706.12-2006 家用和类似用途电器的安全 储水式热水器的特殊要求"),
        C(9, "学生用品", true, "241", false, false, "GB 21027-2020 学生用品的安全通用要求"),
        C(10, "童装", true, "1810,1820", false, false, "GB 31701-2015 婴幼儿及儿童纺织产品安全技术规范", "GB 18401-2010 国家纺织产品基本安全技术规范"),
        C(11, "床上用品", true, "1771", false, false, "GB 18401-2010 国家纺织产品基本安全技术规范", "GB/T 22796-2021 床上用品"),
        C(12, "车用尿素", false, "2669", false, false, "GB 29518-2013 柴油发动机氮氧化物还原剂 尿素水溶液（AUS 32）"),
        C(13, "成品油", false, "2511", true, false, "GB 17930-2016 车用汽油", "GB 19147-2016 车用柴油"),
        C(14, "涂料", false, "2641", true, false, "GB 18582-2020 建筑用墙面涂料中有害物质限量", "GB 30981-2020 工业防护涂料中有害物质限量"),
        C(15, "胶粘剂", false, "2669", false, false, "GB 33372-2020 胶粘剂挥发性有机化合物限量", "GB 18583-2008 室内装饰装修材料 胶粘剂中有害物质限量"),
        C(16, "农膜", false, "2921", false, false, "GB 13735-2017 聚乙烯吹塑农用地面覆盖薄膜"),
        C(17, "滴灌带", false, "2922", false, false, "GB/T 19812.1-2017 塑料节水灌溉器材 第1部分：单翼迷宫式滴灌带"),
        C(18, "烟花爆竹", true, "2672", false, false, "GB 10631-2013 烟花爆竹 安全与质量"),
        C(19, "眼镜", true, "3587", false, false, "GB 13511.1-2011 配装眼镜 第1部分：单光和多焦点", "GB 10810.1-2005 眼镜镜片 第1部分：单光和多焦点镜片"),
        C(20, "服装", true, "1810,1820", false, false, "GB 18401-2010 国家纺织产品基本安全技术规范", "GB/T 2660-2017 衬衫"),
        C(21, "鞋类", true, "195", false, false, "GB 30585-2014 儿童鞋安全技术规范", "GB/T 15107-2013 旅游鞋"),
        C(22, "家具", true, "21", false, false, "GB 18584-2001 室内装饰装修材料 木家具中有害物质限量", "GB 28007-2011 儿童家具通用技术条件"),
        C(23, "插头插座", true, "382", false, true, "GB/T 2099.1-2021 家用和类似用途插头插座 第1部分：通用要求", "GB/T 1002-2021 家用和类似用途单相插头插座 型式、基本参数和尺寸"),
        C(24, "电饭锅", true, "3854", false, true, "GB 4706.1-2005 家用和类似用途电器的安全 第1部分：通用要求", "GB 4706.19-2008 家用和类似用途电器的安全 液体加热器的特殊要求"),
        C(25, "移动电源", true, "3841,3849", false, true, "GB 31241-2022 便携式电子产品用锂离子电池和电池组 安全技术规范", "GB 4943.1-2022 音视频、信息技术和通信技术设备 第1部分：安全要求"),
        C(26, "照明灯具", true, "3872", false, true, "GB 7000.1-2015 灯具 第1部分：一般要求与试验"),
        C(27, "水泥", false, "3011", true, false, "GB 175-2023 通用硅酸盐水泥"),
        C(28, "建筑用钢筋", false, "313", true, false, "GB/T 1499.2-2024 钢筋混凝土用钢 第2部分：热轧带肋钢筋"),
        C(29, "食品用塑料包装容器工具", false, "2926", true, false, "GB 4806.1-2016 食品接触材料及制品通用安全要求", "GB 4806.7-2023 食品接触用塑料材料及制品"),
        C(30, "电动自行车乘员头盔", true, "2929,1890", false, true, "GB 811-2022 摩托车、电动自行车乘员头盔"),
        C(31, "人造板", false, "202", false, false, "GB 18580-2017 室内装饰装修材料 人造板及其制品中甲醛释放限量"),
        C(32, "卫生巾和纸尿裤", true, "2239", false, false, "GB/T 8939-2018 卫生巾（护垫）", "GB 15979-2002 一次性使用卫生用品卫生标准"),
        C(33, "陶瓷砖", false, "3071", false, false, "GB/T 4100-2015 陶瓷砖", "GB 6566-2010 建筑材料放射性核素限量"),
    ];

    /// <summary>The default 承检机构 (their API clients are created by an administrator).</summary>
    public static readonly IReadOnlyList<QualityLab> Labs =
    [
        new() { Id = 1, Name = "山东省产品质量检验研究院", Uscc = Uscc.Build('1', '2', "370000", "MB370101"), Accreditation = "CMA 190015340001" },
        new() { Id = 2, Name = "济南市产品质量检验院", Uscc = Uscc.Build('1', '2', "370100", "MB370102"), Accreditation = "CMA 190015340002" },
        new() { Id = 3, Name = "山东省纤维质量监测中心", Uscc = Uscc.Build('1', '2', "370000", "MB370103"), Accreditation = "CMA 190015340003" },
        new() { Id = 4, Name = "山东省建筑材料产品质量检验站", Uscc = Uscc.Build('1', '2', "370000", "MB370104"), Accreditation = "CMA 190015340004" },
    ];
}
