using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Domain.Supervision;

/// <summary>One checklist item: code, text, ★ key item (关键项目: a failure rules out 符合 and weighs more in risk grading).</summary>
internal sealed record ChecklistItem(string Code, string Text, bool Key);

/// <summary>
/// The checklists as data: 药品零售 from the retail chapter of 《药品经营质量管理规范》(GSP, 2016 修正, 第四章 药品零售的质量管理)
/// and its 现场检查指导原则 (items paraphrased from memory [R]); 医疗器械经营 from 《医疗器械经营质量管理规范》(2023) [R];
/// 化妆品经营 from 《化妆品监督管理条例》第三十八条 and 《化妆品生产经营监督管理办法》第五章 [R].
/// </summary>
internal static class Checklists
{
    public static readonly IReadOnlyList<ChecklistItem> Pharmacy =
    [
        new("P01", "持有有效《药品经营许可证》，经营范围、地址与许可一致", true),
        new("P02", "营业时间内执业药师在岗，挂牌明示，不在岗时挂牌告知并停止销售处方药和甲类非处方药", true),
        new("P03", "处方经执业药师审核后调配、销售，处方留存不少于5年", true),
        new("P04", "含麻黄碱类复方制剂查验购买者身份证件、登记销售，单次不超过2个最小包装", true),
        new("P05", "冷藏药品按规定储存，冷藏设备运行正常，温度监测记录完整", true),
        new("P06", "购进药品从合法渠道购进，供货单位及销售人员资质审核", true),
        new("P07", "药品到货逐批验收，验收记录完整", false),
        new("P08", "不得销售过期、变质、假劣药品；近效期药品有催销和标示", true),
        new("P09", "处方药与非处方药分区陈列，处方药不开架自选", false),
        new("P10", "药品与非药品分开陈列，外用药与其他药品分开摆放", false),
        new("P11", "拆零销售使用洁净工具，拆零药品集中存放，拆零记录完整，附说明书", false),
        new("P12", "第二类精神药品、毒性中药品种等按规定专柜存放、专人管理（零售药店不得经营的品种不得经营）", true),
        new("P13", "营业场所温湿度符合药品储存要求，温湿度监测记录完整", false),
        new("P14", "设立质量管理部门或质量管理人员，质量负责人具备资质", false),
        new("P15", "建立并执行质量管理制度、操作规程和岗位职责", false),
        new("P16", "企业负责人、质量管理、验收、采购人员具备相应资格并经培训", false),
        new("P17", "直接接触药品人员年度健康检查，建立健康档案", false),
        new("P18", "计算机系统满足药品追溯要求，记录真实、完整、可追溯", false),
        new("P19", "销售凭证（票据）标明药品名称、生产企业、数量、价格、批号等", false),
        new("P20", "药品广告、宣传、陈列不得误导消费者，不得以买药品赠药品、买商品赠药品方式促销", false),
        new("P21", "中药饮片储存、陈列符合要求，按品种分斗存放，防止错斗、串斗", false),
        new("P22", "不合格药品按规定处理，有记录", false),
        new("P23", "药品不良反应监测：发现的不良反应按规定报告", false),
        new("P24", "质量查询、投诉处理和药品召回按规定执行，有记录", false),
        new("P25", "执业药师注册信息与在岗人员一致，未出租、出借证书（“挂证”）", true),
    ];

    public static readonly IReadOnlyList<ChecklistItem> Device =
    [
        new("D01", "三类持有有效《医疗器械经营许可证》、二类已备案，经营范围和地址与许可或备案一致", true),
        new("D02", "从具有资质的生产经营企业购进，审核供货者资质和产品注册证或备案凭证", true),
        new("D03", "进货查验记录完整（名称、型号规格、注册证号、批号、有效期、供货者等）", true),
        new("D04", "不得经营未经注册或备案、无合格证明文件、过期、失效、淘汰的医疗器械", true),
        new("D05", "质量负责人具备资质并在职在岗", false),
        new("D06", "贮存条件符合说明书和标签要求，需冷链的产品冷链设施运行和温度记录完整", true),
        new("D07", "销售记录完整（从事第三类批发和零售的建立销售记录）", false),
        new("D08", "医疗器械唯一标识（UDI）按规定扫码记录", false),
        new("D09", "建立并执行质量管理制度，年度自查报告按时提交", false),
        new("D10", "不良事件监测：发现的可疑不良事件按规定报告", false),
        new("D11", "售后服务、退货和召回按规定执行，有记录", false),
        new("D12", "经营场所、库房与经营规模相适应，分区管理", false),
    ];

    public static readonly IReadOnlyList<ChecklistItem> Cosmetics =
    [
        new("C01", "建立并执行进货查验记录制度，查验供货者资质和产品合格证明", true),
        new("C02", "不得经营未注册的特殊化妆品、未备案的普通化妆品", true),
        new("C03", "不得经营超过使用期限、标签不符合规定的化妆品", true),
        new("C04", "储存、运输条件符合标签标示要求", false),
        new("C05", "进口化妆品有中文标签，标注境内责任人", false),
        new("C06", "不得自行配制化妆品，不得更改使用期限", true),
        new("C07", "化妆品不良反应：发现的不良反应按规定报告", false),
        new("C08", "美容美发等经营者使用的化妆品符合规定，索证索票", false),
    ];

    public static IReadOnlyList<ChecklistItem> Of(ChecklistKind kind) => kind switch
    {
        ChecklistKind.Pharmacy => Pharmacy,
        ChecklistKind.Device => Device,
        _ => Cosmetics,
    };

    /// <summary>The checklist for a business kind (wholesalers are inspected on the pharmacy checklist's common items).</summary>
    public static ChecklistKind For(DrugBusinessKind kind) =>
        DrugBusinessNames.IsDevice(kind) ? ChecklistKind.Device : kind == DrugBusinessKind.Cosmetics ? ChecklistKind.Cosmetics : ChecklistKind.Pharmacy;

    public static string NameOf(ChecklistKind kind) => kind switch
    {
        ChecklistKind.Pharmacy => "药品零售检查表（GSP）",
        ChecklistKind.Device => "医疗器械经营检查表",
        _ => "化妆品经营检查表",
    };

    /// <summary>The pharmacist-on-duty item (执业药师在岗).</summary>
    public const string PharmacistOnDutyItem = "P02";
}
