using Zhijian.Platform.Codes;

namespace Zhijian.Entities.Dataset;

/// <summary>Which entity kinds an industry profile suits.</summary>
[Flags]
internal enum ProfileUse
{
    Enterprise = 1,
    Individual = 2,
    Cooperative = 4,
}

/// <summary>
/// A curated slice of GB/T 4754-2017: a 大类 (2 digits) or 中类 (3 digits) prefix, the trade word used in
/// enterprise names, shop words for 个体工商户 / 合作社 names, a business-scope sentence and the licences
/// the industry typically needs (each with a probability).
/// </summary>
internal sealed record IndustryProfile(
    string Prefix,
    int Weight,
    ProfileUse Use,
    string[] Words,
    string[] ShopWords,
    string Scope,
    (string Code, double P)[] Licences)
{
    /// <summary>The 4-digit 小类 codes under <see cref="Prefix"/> (filled from <see cref="IndustryTable"/>).</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];
}

internal static class IndustryProfiles
{
    private static readonly IndustryProfile[] Raw =
    [
        new("521", 60, ProfileUse.Enterprise | ProfileUse.Individual, ["商贸", "商业", "百货"], ["超市", "便利店", "百货店"],
            "日用百货、食品、饮料、文具用品销售", [(LicenceCatalogue.FoodOperation, 0.85)]),
        new("522", 50, ProfileUse.Enterprise | ProfileUse.Individual, ["食品销售", "食品", "粮油"], ["食品店", "粮油店", "烟酒店", "水果店"],
            "预包装食品、散装食品、粮油、酒类销售", [(LicenceCatalogue.FoodOperation, 0.95)]),
        new("523", 25, ProfileUse.Enterprise | ProfileUse.Individual, ["服饰", "纺织品"], ["服装店", "鞋店"],
            "服装、鞋帽、针纺织品销售", []),
        new("525", 12, ProfileUse.Enterprise | ProfileUse.Individual, ["医药", "大药房"], ["药店", "诊疗器械店"],
            "药品零售；第二类医疗器械销售；保健食品销售", [(LicenceCatalogue.DrugOperation, 0.9), (LicenceCatalogue.DeviceRecord, 0.6), (LicenceCatalogue.FoodOperation, 0.4)]),
        new("527", 15, ProfileUse.Enterprise | ProfileUse.Individual, ["电子", "电器"], ["家电维修部", "手机店"],
            "家用电器、电子产品、通讯设备销售", []),
        new("51", 45, ProfileUse.Enterprise, ["商贸", "贸易", "供应链管理"], ["批发部"],
            "五金产品、建筑材料、日用百货、机械设备批发", []),
        new("515", 6, ProfileUse.Enterprise, ["医药", "医疗器械"], ["医药批发部"],
            "药品批发；医疗器械经营；消毒剂销售", [(LicenceCatalogue.DrugOperation, 0.7), (LicenceCatalogue.DeviceOperation, 0.6), (LicenceCatalogue.DeviceRecord, 0.5)]),
        new("62", 60, ProfileUse.Enterprise | ProfileUse.Individual, ["餐饮管理", "餐饮"], ["面馆", "饭店", "小吃店", "烧烤店", "快餐店", "水饺馆", "包子铺"],
            "餐饮服务；食品销售；外卖递送服务", [(LicenceCatalogue.FoodOperation, 0.97)]),
        new("61", 8, ProfileUse.Enterprise | ProfileUse.Individual, ["酒店管理", "宾馆"], ["宾馆", "旅馆", "民宿"],
            "住宿服务；餐饮服务；会议及展览服务", [(LicenceCatalogue.FoodOperation, 0.4), (LicenceCatalogue.SpecialEquipmentUse, 0.3)]),
        new("47", 14, ProfileUse.Enterprise, ["建筑工程", "建设工程"], ["工程队"],
            "房屋建筑工程施工；建筑劳务分包", [(LicenceCatalogue.SpecialEquipmentUse, 0.25)]),
        new("48", 8, ProfileUse.Enterprise, ["市政工程", "路桥工程"], ["工程队"],
            "市政道路工程、园林绿化工程施工", [(LicenceCatalogue.SpecialEquipmentUse, 0.3)]),
        new("50", 16, ProfileUse.Enterprise | ProfileUse.Individual, ["装饰工程", "建筑装饰"], ["装饰部", "装修队"],
            "建筑装饰装修工程施工；建筑材料销售", []),
        new("65", 30, ProfileUse.Enterprise, ["信息技术", "软件", "科技"], ["电脑工作室"],
            "软件开发；信息系统集成服务；信息技术咨询服务", []),
        new("64", 10, ProfileUse.Enterprise, ["网络科技", "互联网科技"], ["网络工作室"],
            "互联网信息服务；网络技术服务；数据处理服务", []),
        new("75", 18, ProfileUse.Enterprise, ["科技", "生物科技", "新材料科技"], ["科技工作室"],
            "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", []),
        new("72", 30, ProfileUse.Enterprise, ["企业管理咨询", "商务服务", "文化传媒"], ["广告部"],
            "企业管理咨询；市场营销策划；会议及展览服务；广告设计、代理", []),
        new("745", 3, ProfileUse.Enterprise, ["检测", "检验检测"], ["检测站"],
            "检验检测服务；计量服务；标准化服务", [(LicenceCatalogue.TestingQualification, 0.85)]),
        new("70", 8, ProfileUse.Enterprise, ["房地产开发", "置业", "物业管理"], ["房产中介"],
            "房地产开发经营；物业管理；住房租赁", [(LicenceCatalogue.SpecialEquipmentUse, 0.5)]),
        new("54", 12, ProfileUse.Enterprise | ProfileUse.Individual, ["物流", "运输"], ["货运部", "搬家服务部"],
            "道路普通货物运输；国内货物运输代理", []),
        new("59", 4, ProfileUse.Enterprise, ["仓储", "仓储物流"], ["仓库"],
            "普通货物仓储服务；装卸搬运", [(LicenceCatalogue.SpecialEquipmentUse, 0.5)]),
        new("80", 18, ProfileUse.Enterprise | ProfileUse.Individual, ["家政服务", "生活服务"], ["理发店", "美容院", "洗衣店", "家政服务部"],
            "家政服务；理发服务；美容服务；洗染服务", []),
        new("81", 14, ProfileUse.Enterprise | ProfileUse.Individual, ["汽车服务", "汽车维修"], ["汽修店", "修理部", "洗车行"],
            "机动车修理和维护；洗车服务；汽车零配件零售", []),
        new("71", 5, ProfileUse.Enterprise, ["租赁", "设备租赁"], ["租赁部"],
            "建筑工程机械与设备租赁；机械设备租赁", [(LicenceCatalogue.SpecialEquipmentUse, 0.4)]),
        new("13", 6, ProfileUse.Enterprise | ProfileUse.Individual, ["食品加工", "农副产品"], ["加工坊", "磨坊"],
            "粮食加工食品生产；食用农产品初加工", [(LicenceCatalogue.FoodProduction, 0.8), (LicenceCatalogue.IndustrialProduct, 0.05)]),
        new("14", 6, ProfileUse.Enterprise | ProfileUse.Individual, ["食品", "食品科技"], ["糕点坊", "豆腐坊"],
            "食品生产；食品销售；糕点、面包制造", [(LicenceCatalogue.FoodProduction, 0.9)]),
        new("29", 5, ProfileUse.Enterprise, ["塑料制品", "橡塑制品"], ["塑料加工厂"],
            "塑料制品制造；橡胶制品制造", [(LicenceCatalogue.IndustrialProduct, 0.3), (LicenceCatalogue.SpecialEquipmentUse, 0.2)]),
        new("30", 5, ProfileUse.Enterprise, ["建材", "新型建材"], ["建材厂"],
            "水泥制品制造；建筑用石加工；建筑材料销售", [(LicenceCatalogue.IndustrialProduct, 0.5), (LicenceCatalogue.SpecialEquipmentUse, 0.4)]),
        new("33", 6, ProfileUse.Enterprise | ProfileUse.Individual, ["金属制品", "钢结构"], ["铁艺加工部"],
            "金属结构制造；金属制品加工；钢结构工程施工", [(LicenceCatalogue.IndustrialProduct, 0.2), (LicenceCatalogue.SpecialEquipmentUse, 0.5)]),
        new("34", 8, ProfileUse.Enterprise, ["机械制造", "机械设备"], ["机械加工部"],
            "通用设备制造；机械零部件加工；机械设备销售", [(LicenceCatalogue.SpecialEquipmentUse, 0.6), (LicenceCatalogue.IndustrialProduct, 0.15)]),
        new("35", 5, ProfileUse.Enterprise, ["机械设备", "专用设备"], ["设备维修部"],
            "专用设备制造；环境保护专用设备制造；农业机械制造", [(LicenceCatalogue.SpecialEquipmentUse, 0.6)]),
        new("38", 4, ProfileUse.Enterprise, ["电气", "电力设备"], ["电器加工部"],
            "电线、电缆制造；配电开关控制设备制造；电气设备销售", [(LicenceCatalogue.IndustrialProduct, 0.5), (LicenceCatalogue.SpecialEquipmentUse, 0.3)]),
        new("01", 6, ProfileUse.Cooperative | ProfileUse.Enterprise, ["农业科技", "农业发展"], ["种植专业合作社", "蔬菜种植专业合作社", "果品专业合作社"],
            "谷物、蔬菜、水果种植；农产品销售；农业技术推广服务", []),
        new("03", 4, ProfileUse.Cooperative | ProfileUse.Enterprise, ["养殖", "牧业"], ["养殖专业合作社", "畜牧专业合作社"],
            "牲畜、家禽饲养；畜禽粪污处理", []),
        new("05", 3, ProfileUse.Cooperative, ["农机服务"], ["农机专业合作社", "农业服务专业合作社"],
            "农业机械服务；农作物病虫害防治服务；农业技术推广", []),
    ];

    private static readonly Lazy<IndustryProfile[]> LazyAll = new(() => Resolve(IndustryTable.Default));

    public static IReadOnlyList<IndustryProfile> All => LazyAll.Value;

    /// <summary>The profile whose prefix is the longest match of a class code, or null.</summary>
    public static IndustryProfile? ForCode(string industryCode) =>
        All.Where(p => industryCode.StartsWith(p.Prefix, StringComparison.Ordinal))
            .OrderByDescending(p => p.Prefix.Length)
            .FirstOrDefault();

    private static IndustryProfile[] Resolve(IndustryTable table)
    {
        var result = new List<IndustryProfile>();
        foreach (var p in Raw)
        {
            var classes = Descendants(table, p.Prefix).ToList();

            // a 大类 profile leaves out the 中类 that have their own profile (51 vs 515)
            classes.RemoveAll(c => Raw.Any(o => o != p && o.Prefix.Length > p.Prefix.Length
                && o.Prefix.StartsWith(p.Prefix, StringComparison.Ordinal) && c.StartsWith(o.Prefix, StringComparison.Ordinal)));
            if (classes.Count > 0)
            {
                result.Add(p with { Classes = classes });
            }
        }

        return [.. result];
    }

    private static IEnumerable<string> Descendants(IndustryTable table, string code)
    {
        foreach (var child in table.ChildrenOf(code))
        {
            if (child.Level == IndustryTable.Class)
            {
                yield return child.Code;
            }
            else
            {
                foreach (var c in Descendants(table, child.Code))
                {
                    yield return c;
                }
            }
        }
    }
}
