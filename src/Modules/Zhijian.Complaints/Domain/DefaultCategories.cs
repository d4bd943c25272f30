namespace Zhijian.Complaints.Domain;

/// <summary>
/// The shipped 投诉分类 dictionary (after the 12315 platform's 商品类/服务类 and problem types); bureaus add, rename or
/// deactivate entries on the console. Codes are stable: statistics and the public disclosure group by them.
/// </summary>
internal static class DefaultCategories
{
    public static readonly IReadOnlyList<Category> All = Build();

    private static List<Category> Build()
    {
        var list = new List<Category>();
        void Add(CategoryKind kind, string code, string name) =>
            list.Add(new Category { Id = list.Count + 1, Code = code, Name = name, Kind = kind, Sort = list.Count + 1, Active = true });

        Add(CategoryKind.Goods, "G01", "食品");
        Add(CategoryKind.Goods, "G02", "家用电器");
        Add(CategoryKind.Goods, "G03", "通讯器材（手机等）");
        Add(CategoryKind.Goods, "G04", "服装鞋帽");
        Add(CategoryKind.Goods, "G05", "日用商品");
        Add(CategoryKind.Goods, "G06", "化妆品");
        Add(CategoryKind.Goods, "G07", "交通工具（汽车、电动自行车）");
        Add(CategoryKind.Goods, "G08", "房屋及建材");
        Add(CategoryKind.Goods, "G09", "医药及医疗用品");
        Add(CategoryKind.Goods, "G10", "计算机及配件");
        Add(CategoryKind.Goods, "G11", "烟酒和饮料");
        Add(CategoryKind.Goods, "G12", "首饰及文体用品");
        Add(CategoryKind.Goods, "G13", "农用生产资料");
        Add(CategoryKind.Goods, "G99", "其他商品");
        Add(CategoryKind.Service, "S01", "餐饮和住宿服务");
        Add(CategoryKind.Service, "S02", "美容美发美体服务");
        Add(CategoryKind.Service, "S03", "教育培训服务");
        Add(CategoryKind.Service, "S04", "电信服务");
        Add(CategoryKind.Service, "S05", "互联网服务");
        Add(CategoryKind.Service, "S06", "文化娱乐体育服务");
        Add(CategoryKind.Service, "S07", "旅游服务");
        Add(CategoryKind.Service, "S08", "销售服务（含网络购物）");
        Add(CategoryKind.Service, "S09", "居民服务（家政、维修等）");
        Add(CategoryKind.Service, "S10", "房屋装修及物业服务");
        Add(CategoryKind.Service, "S11", "交通运输服务");
        Add(CategoryKind.Service, "S12", "邮政快递服务");
        Add(CategoryKind.Service, "S13", "金融保险服务");
        Add(CategoryKind.Service, "S14", "卫生保健服务");
        Add(CategoryKind.Service, "S15", "预付卡（单用途商业预付卡）服务");
        Add(CategoryKind.Service, "S99", "其他服务");
        Add(CategoryKind.Problem, "P01", "质量");
        Add(CategoryKind.Problem, "P02", "安全");
        Add(CategoryKind.Problem, "P03", "售后服务");
        Add(CategoryKind.Problem, "P04", "合同");
        Add(CategoryKind.Problem, "P05", "价格");
        Add(CategoryKind.Problem, "P06", "虚假宣传");
        Add(CategoryKind.Problem, "P07", "计量");
        Add(CategoryKind.Problem, "P08", "假冒伪劣");
        Add(CategoryKind.Problem, "P09", "人格尊严");
        Add(CategoryKind.Problem, "P10", "个人信息");
        Add(CategoryKind.Problem, "P11", "预付款退费");
        Add(CategoryKind.Problem, "P99", "其他");
        return list;
    }
}
