namespace Zhijian.FoodSafety.Domain.Supervision;

/// <summary>检查要点表的类别: one table per 业态 (Order 49 annexes); 小作坊和摊贩 share a short one.</summary>
internal enum ChecklistKind
{
    /// <summary>食品生产</summary>
    Production = 1,

    /// <summary>食品销售（含仅销售预包装食品）</summary>
    Sales = 2,

    /// <summary>餐饮服务</summary>
    Catering = 3,

    /// <summary>单位食堂</summary>
    Canteen = 4,

    /// <summary>小作坊、食品摊贩</summary>
    Small = 5,
}

/// <summary>
/// 检查要点表, one version: a section chief edits a table by saving a new version; an inspection record keeps the version
/// (and a copy of each item's text in its answers) it was made with.
/// </summary>
internal sealed class FoodChecklist
{
    public long Id { get; set; }

    public ChecklistKind Kind { get; set; }

    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>修订说明</summary>
    public string Note { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<FoodChecklistItem> Items { get; set; } = [];
}

/// <summary>检查要点: code (1.1), section (资质), the point to check, and whether it is a 重点项.</summary>
internal sealed class FoodChecklistItem
{
    public long Id { get; set; }

    public long ChecklistId { get; set; }

    public int Seq { get; set; }

    public string Code { get; set; } = "";

    public string Section { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>重点项: a failure makes the result 不符合.</summary>
    public bool Key { get; set; }
}

/// <summary>The shipped tables and the 业态 → table mapping.</summary>
internal static class ChecklistCatalogue
{
    public const string Source = "《食品生产经营监督检查管理办法》（国家市场监督管理总局令第49号）附件 食品生产经营监督检查要点表（按要点归纳，地方可修订）";

    public static ChecklistKind KindOf(FoodBusinessType type) => type switch
    {
        FoodBusinessType.Production => ChecklistKind.Production,
        FoodBusinessType.Sales or FoodBusinessType.PrepackagedSales => ChecklistKind.Sales,
        FoodBusinessType.Catering => ChecklistKind.Catering,
        FoodBusinessType.Canteen => ChecklistKind.Canteen,
        _ => ChecklistKind.Small,
    };

    public static string Name(ChecklistKind kind) => kind switch
    {
        ChecklistKind.Production => "食品生产",
        ChecklistKind.Sales => "食品销售",
        ChecklistKind.Catering => "餐饮服务",
        ChecklistKind.Canteen => "单位食堂",
        _ => "小作坊、食品摊贩",
    };

    /// <summary>Default items per table: (section, text, key).</summary>
    public static IReadOnlyList<(string Section, string Text, bool Key)> Defaults(ChecklistKind kind) => kind switch
    {
        ChecklistKind.Production =>
        [
            ("资质", "食品生产许可证合法有效，生产的食品在许可范围内", true),
            ("资质", "生产场所、设备布局与许可时一致，变更已办理", false),
            ("从业人员健康管理", "从事接触直接入口食品工作的人员持有有效健康证明", true),
            ("从业人员健康管理", "配备食品安全管理人员并经培训考核", false),
            ("原料控制", "原料、食品添加剂、食品相关产品进货查验记录完整，索证索票齐全", true),
            ("原料控制", "未使用非食用物质、过期或回收食品作为原料", true),
            ("生产过程控制", "执行生产工艺和关键控制点控制要求，记录完整", false),
            ("生产过程控制", "生产环境、设备设施清洁，防虫防鼠设施有效", false),
            ("食品添加剂使用", "按 GB 2760 规定的品种、范围和用量使用食品添加剂", true),
            ("检验", "按规定进行出厂检验并留存检验记录和样品", true),
            ("贮存", "原料和成品分区贮存，温湿度符合要求", false),
            ("标签标识", "产品标签标识符合 GB 7718 等标准，不含虚假内容", false),
            ("不合格品处置与召回", "建立不合格品管理和召回制度，召回记录完整", true),
            ("食品安全自查", "定期开展食品安全自查并报告，风险发生时立即停产", false),
            ("食品安全追溯", "建立食品安全追溯体系，出厂销售记录完整", false),
        ],
        ChecklistKind.Sales =>
        [
            ("资质", "食品经营许可证（或备案）合法有效，经营项目与许可一致", true),
            ("从业人员健康管理", "从事接触直接入口食品工作的人员持有有效健康证明", true),
            ("从业人员健康管理", "配备食品安全管理人员并经培训考核", false),
            ("进货查验", "查验供货者许可证和食品合格证明文件，进货查验记录完整", true),
            ("进货查验", "不采购、不销售超过保质期、腐败变质或标签不符的食品", true),
            ("贮存", "按要求贮存食品，冷藏冷冻设施温度符合要求", false),
            ("贮存", "定期检查库存食品，及时清理变质或超过保质期的食品", false),
            ("标签标识", "散装食品标明名称、生产日期、保质期、生产者等内容", false),
            ("经营场所", "经营场所环境整洁，与有毒有害场所保持规定距离", false),
            ("特殊食品", "保健食品、特殊医学用途配方食品等专区专柜销售并显著标示", true),
            ("不合格品处置与召回", "发现不符合食品安全标准的食品立即停止经营并记录", true),
            ("食品安全自查", "定期开展食品安全自查并记录", false),
        ],
        ChecklistKind.Catering or ChecklistKind.Canteen =>
        [
            ("资质", "食品经营许可证合法有效，经营项目与许可一致", true),
            ("从业人员健康管理", "从事接触直接入口食品工作的人员持有有效健康证明，每日晨检", true),
            ("从业人员健康管理", "配备食品安全管理人员并经培训考核", false),
            ("原料控制", "原料进货查验、索证索票记录完整", true),
            ("原料控制", "不使用超过保质期、腐败变质、来源不明的原料", true),
            ("加工过程控制", "生熟分开，加工制作符合操作规范，专间操作符合要求", true),
            ("加工过程控制", "烹饪食品中心温度达到要求，成品存放符合时限温度要求", false),
            ("食品添加剂使用", "食品添加剂专人专柜保管，使用记录完整，不超范围超限量", true),
            ("贮存", "原料和成品分区贮存，冷藏冷冻设施温度符合要求", false),
            ("餐用具清洗消毒", "餐用具清洗消毒设施正常运转，消毒后保洁存放", true),
            ("环境卫生", "加工场所清洁，防蝇防鼠防虫设施有效，废弃物妥善处置", false),
            ("明厨亮灶", "实行明厨亮灶（透明玻璃或视频），关键部位可视", false),
            ("留样", kind == ChecklistKind.Canteen ? "每餐次每品种留样不少于 125 克，冷藏保存 48 小时以上并记录" : "按规定对重大活动或集体用餐食品留样", kind == ChecklistKind.Canteen),
            ("食品安全自查", "定期开展食品安全自查并记录，发现问题及时整改", false),
            ("投诉处置", "建立投诉处置制度，及时处理消费者投诉", false),
        ],
        _ =>
        [
            ("资质", "持有有效的小作坊登记证或摊贩登记卡，在登记范围内生产经营", true),
            ("从业人员健康管理", "从业人员持有有效健康证明", true),
            ("原料控制", "原料来源可追溯，不使用非食用物质和过期原料", true),
            ("食品添加剂使用", "不超范围、超限量使用食品添加剂", true),
            ("生产经营环境", "场所、设施清洁卫生，生熟分开", false),
            ("贮存", "食品贮存条件符合要求", false),
            ("标签标识", "小作坊预包装食品标注名称、生产日期、保质期、登记证编号", false),
            ("食品安全自查", "做好进货和销售记录", false),
        ],
    };
}
