namespace Zhijian.Platform.Rules;

/// <summary>
/// Every time limit, ratio and threshold of DOMAIN.md with its shipped default and source. Modules read them
/// through <see cref="IRuleBook"/>; administrators change them by adding dated versions. No module carries a
/// legal number as a literal.
/// </summary>
public static class RuleCatalog
{
    private static readonly DateOnly Always = new(2000, 1, 1);

    /// <summary>Order 121 (《市场监督管理投诉举报处理办法》) applies to complaints received from this date.</summary>
    public static readonly DateOnly Order121From = new(2026, 4, 15);

    /// <summary>
    /// The 2026 revision of 《食品召回管理办法》 applies to recalls started from this date. Its in-force date is not confirmed
    /// (research/wave2-rules.md §2 R4–R5, [?]); the default is the day the revision was reported, and an administrator adds a
    /// version with the real date once the text is seen.
    /// </summary>
    public static readonly DateOnly FoodRecall2026From = new(2026, 2, 12);

    /// <summary>TSG T7001-2023 (电梯监督检验和定期检验规则) in force after its one-year transition (research §5 E9 [F-3P]).</summary>
    public static readonly DateOnly SequipT7001From = new(2024, 4, 2);

    private const string DrugInspect = "《药品检查管理办法（试行）》（国药监药管〔2021〕31号）";
    private const string DrugRisk = "《药品检查管理办法（试行）》第五十条 风险分级、检查频次；山东省药品零售企业风险分级管理 [R]";
    private const string Order20 = "《市场监督管理投诉举报处理暂行办法》（总局令第20号，2022年修正）";
    private const string Order121 = "《市场监督管理投诉举报处理办法》（总局令第121号）";
    private const string Order2 = "《市场监督管理行政处罚程序规定》（总局令第2号，2022年修正）";
    private const string Order45 = "《市场监督管理行政处罚信息公示规定》（总局令第45号）";
    private const string Order44 = "《市场监督管理严重违法失信名单管理办法》（总局令第44号）";
    private const string Abnormal = "《市场监督管理信用修复管理办法》《企业经营异常名录管理暂行办法》";
    private const string Repair = "《市场监督管理信用修复管理办法》（2021）";
    private const string Food = "《食品安全抽样检验管理办法》（总局令第15号，2019）";
    private const string Sequip = "《特种设备使用管理规则》TSG 08 及各类定期检验规则";
    private const string Random = "《关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》";
    private const string Order49 = "《食品生产经营监督检查管理办法》（国家市场监督管理总局令第49号）";
    private const string Grading2016 = "《食品生产经营风险分级管理办法（试行）》（原食品药品监管总局，2016）";
    private const string Recall2015 = "《食品召回管理办法》（原国家食品药品监督管理总局令第12号，2015）";
    private const string Recall2026 = "《食品召回管理办法》（2026年修订，新华社 2026-02-12 报道）";
    private const string Order18 = "《产品质量监督抽查管理暂行办法》（总局令第18号，2020）";
    private const string DrugRegs = "《药品管理法实施条例》（2019年修订）";
    private const string Order84 = "《药品经营和使用质量监督管理办法》（总局令第84号，2023）";
    private const string Order54 = "《医疗器械经营监督管理办法》（总局令第54号，2022）";
    private const string Metro2020 = "《实施强制管理的计量器具目录》（市场监管总局公告2020年第42号）";
    private const string Ephedrine2012 = "《关于加强含麻黄碱类复方制剂管理有关事宜的通知》（国食药监办〔2012〕260号，凭记忆引用，文号待核）";
    private const string Adr2011 = "《药品不良反应报告和监测管理办法》（卫生部令第81号，2011）";
    private const string Mdr2018 = "《医疗器械不良事件监测和再评价管理办法》（国家市场监督管理总局 国家卫生健康委员会令第1号，2018）";
    private const string Cosmetic2022 = "《化妆品不良反应监测管理办法》（国家药监局公告2022年第16号）";
    private const string Seeds = "五地“十四五”市场监管规划（../shared/seeds）";

    public static readonly IReadOnlyList<RuleDefinition> All =
    [
        // 投诉举报
        P("complaint.accept", "投诉举报", "投诉受理决定并告知投诉人", "7WD", RuleConfidence.S, Order20 + "；" + Order121),
        new("complaint.mediation", "投诉举报", "投诉调解期限（自受理之日起）", RuleKind.Period, "", RuleConfidence.S,
        [
            new(Always, "45WD", Order20 + "：45个工作日"),
            new(Order121From, "60CD", Order121 + "：60日"),
        ]),
        I("complaint.first-response.hours", "投诉举报", "首次回应投诉人、举报人（自登记时起）", "24", "小时", RuleConfidence.C,
            Seeds + "：济南、荣成“投诉举报 24 小时响应”（DOMAIN.md §10）"),
        P("complaint.termination-notice", "投诉举报", "终止调解告知双方", "7WD", RuleConfidence.S, Order20),
        I("complaint.limitation", "投诉举报", "知道或应当知道权益受侵害超过此年限不予受理", "3", "年", RuleConfidence.S, Order121),
        P("complaint.jurisdiction-dispute", "投诉举报", "管辖争议协商期限", "7WD", RuleConfidence.S, Order20 + "第30条"),
        P("complaint.odr-negotiation", "投诉举报", "ODR 企业协商和解期限（不计入部门时限）", "10WD", RuleConfidence.S, "在线消费纠纷解决（ODR）工作规范"),
        P("report.verify", "投诉举报", "举报核查并决定是否立案", "15WD", RuleConfidence.S, Order20 + "第31条；" + Order2),
        P("report.verify-extension", "投诉举报", "举报核查延长（经批准）", "15WD", RuleConfidence.S, Order2 + "第18条"),
        I("complaint.flag-same-phone", "投诉举报", "提示“非生活消费”：一年内同一电话被不同投诉人使用达到此数（仅提示，不自动不予受理）", "3", "人", RuleConfidence.C, "DOMAIN.md §3（提示人工判断）"),
        I("complaint.flag-frequent", "投诉举报", "提示“非生活消费”：同一投诉人一年内投诉达到此数（仅提示）", "10", "件", RuleConfidence.C, "DOMAIN.md §3（提示人工判断）"),
        I("complaint.flag-amount", "投诉举报", "提示“非生活消费”：涉及金额达到此数（元，仅提示）", "50000", "元", RuleConfidence.C, "DOMAIN.md §3（提示人工判断）"),
        I("complaint.repeat-credit", "投诉举报", "同一经营者12个月内被投诉达到此数时向信用模块归集“投诉较多”记录", "5", "件", RuleConfidence.C, "“一处违法、处处受限”信用风险因子"),
        I("complaint.disclosure-min", "投诉举报", "消费投诉公示：近12个月被投诉达到此数的经营者才列入“被投诉较多的经营者”", "3", "件", RuleConfidence.C, "消费投诉信息公示（配置项）"),
        I("complaint.disclosure-rate-min", "投诉举报", "消费投诉公示：已办结达到此数才公示解决率，不足时显示“样本不足”", "3", "件", RuleConfidence.C, "消费投诉信息公示（配置项）"),
        I("complaint.spike-ratio", "投诉举报", "投诉激增预警：本周件数达到前8周周均的倍数（且不少于最少件数）", "3", "倍", RuleConfidence.C, "智慧监管预警（配置项）"),
        I("complaint.spike-min", "投诉举报", "投诉激增预警的最少件数", "5", "件", RuleConfidence.C, "智慧监管预警（配置项）"),
        P("report.notify-reporter", "投诉举报", "告知实名举报人是否立案", "5WD", RuleConfidence.S, Order20 + "第31条"),

        // 行政处罚
        P("case.open", "行政执法办案", "线索核查决定是否立案", "15WD", RuleConfidence.S, Order2 + "第18条"),
        P("case.open-extension", "行政执法办案", "立案核查延长（经负责人批准）", "15WD", RuleConfidence.S, Order2 + "第18条"),
        I("case.limitation", "行政执法办案", "违法行为追责时效", "2", "年", RuleConfidence.S, "《行政处罚法》第36条"),
        I("case.limitation-safety", "行政执法办案", "涉及生命健康、金融安全且有危害后果的追责时效", "5", "年", RuleConfidence.S, "《行政处罚法》第36条"),
        P("case.conclude", "行政执法办案", "一般程序案件办结（自立案之日起）", "90CD", RuleConfidence.S, Order2),
        P("case.conclude-extension", "行政执法办案", "办案期限延长（经负责人批准）", "30CD", RuleConfidence.S, Order2),
        P("case.legal-review", "行政执法办案", "法制审核完成期限", "10WD", RuleConfidence.S, Order2),
        P("case.statement", "行政执法办案", "告知后当事人陈述、申辩或要求听证", "5WD", RuleConfidence.S, "《行政处罚法》第64条；" + Order2),
        M("case.hearing-fine-person", "行政执法办案", "听证“较大数额”罚款：自然人", "10000", RuleConfidence.C, "各省规定，可下调"),
        M("case.hearing-fine-org", "行政执法办案", "听证“较大数额”罚款：法人或其他组织", "100000", RuleConfidence.C, "各省规定，可下调"),
        M("case.simple-fine-person", "行政执法办案", "简易程序罚款上限：自然人", "200", RuleConfidence.Q, "《行政处罚法》第51条"),
        M("case.simple-fine-org", "行政执法办案", "简易程序罚款上限：法人或其他组织", "3000", RuleConfidence.Q, "《行政处罚法》第51条"),
        P("case.preservation-decision", "行政执法办案", "先行登记保存物品处理决定", "7WD", RuleConfidence.S, Order2),
        P("case.seizure", "行政执法办案", "查封、扣押期限", "30CD", RuleConfidence.S, "《行政强制法》第25条"),
        P("case.seizure-extension", "行政执法办案", "查封、扣押延长", "30CD", RuleConfidence.S, "《行政强制法》第25条"),
        P("case.fine-payment", "行政执法办案", "缴纳罚款期限", "15CD", RuleConfidence.S, "《行政处罚法》第67条"),
        I("case.min-officers", "行政执法办案", "调查、检查时执法人员最少人数", "2", "人", RuleConfidence.S, "《行政处罚法》第42条"),

        // 行政处罚信息公示
        P("disclosure.publish", "处罚信息公示", "处罚决定公示（当事人在本省登记）", "20WD", RuleConfidence.S, Order45),
        P("disclosure.push-other-province", "处罚信息公示", "跨省推送至当事人登记地", "10WD", RuleConfidence.S, Order45),
        P("disclosure.publish-after-receipt", "处罚信息公示", "登记地收到推送后公示", "10WD", RuleConfidence.S, Order45),
        P("disclosure.withdraw", "处罚信息公示", "决定变更、撤销后撤下公示", "3WD", RuleConfidence.S, Order45),
        I("disclosure.period-low", "处罚信息公示", "通报批评或较低数额罚款的公示期", "3", "月", RuleConfidence.S, Order45),
        I("disclosure.period-normal", "处罚信息公示", "其他行政处罚的公示期", "3", "年", RuleConfidence.S, Order45),
        M("disclosure.low-fine", "处罚信息公示", "“较低数额罚款”上限（0 表示未设定，由省级规定）", "0", RuleConfidence.C, Order45 + "：由省级市场监管部门确定"),
        I("disclosure.repair-after", "处罚信息公示", "可申请提前停止公示的最短公示期", "6", "月", RuleConfidence.S, Repair),
        I("disclosure.repair-after-safety", "处罚信息公示", "食品、药品、特种设备领域最短公示期", "12", "月", RuleConfidence.S, Repair),

        // 年报与信用
        new("annual-report.window-start", "年报与信用", "年度报告报送开始（月-日）", RuleKind.MonthDay, "", RuleConfidence.S,
            [new(Always, "01-01", "《企业信息公示暂行条例》第8条")]),
        new("annual-report.window-end", "年报与信用", "年度报告报送截止（月-日）", RuleKind.MonthDay, "", RuleConfidence.S,
            [new(Always, "06-30", "《企业信息公示暂行条例》第8条")]),
        P("abnormal.listing-decision", "年报与信用", "列入经营异常名录决定（自事实发生）", "10WD", RuleConfidence.C, Abnormal),
        P("abnormal.removal", "年报与信用", "申请移出经营异常名录的办理", "5WD", RuleConfidence.C, Abnormal),
        I("serious.from-abnormal", "年报与信用", "列入经营异常名录届满此年限转入严重违法失信名单", "3", "年", RuleConfidence.Q, Order44),
        I("serious.stay", "年报与信用", "严重违法失信名单列入期限", "3", "年", RuleConfidence.Q, Order44),
        I("serious.early-removal-after", "年报与信用", "可申请提前移出的最短列入期", "1", "年", RuleConfidence.Q, Order44),
        I("serious.legal-rep-ban", "年报与信用", "法定代表人不得担任其他企业法定代表人的期限", "3", "年", RuleConfidence.Q, Order44),
        P("repair.accept", "信用修复", "信用修复申请受理", "2WD", RuleConfidence.C, Repair),
        P("repair.decide", "信用修复", "信用修复核实决定", "15WD", RuleConfidence.C, Repair),
        P("repair.act", "信用修复", "决定修复后办理", "3WD", RuleConfidence.C, Repair),

        // 双随机、一公开
        I("inspection.min-officers", "双随机、一公开", "每个检查对象最少执法检查人员", "2", "人", RuleConfidence.S, Random),
        I("inspection.max-load", "双随机、一公开", "每项任务每名执法检查人员最多检查对象", "30", "户", RuleConfidence.C, "本系统默认值（防止任务集中于少数人员）"),
        P("inspection.publish-results", "双随机、一公开", "抽查结果公示（自检查结束）", "20WD", RuleConfidence.Q, Random),
        I("inspection.public-value-delay", "双随机、一公开", "摇号公开值的取值时点不早于冻结名录后第 N 个工作日的 0 时（0 表示不早于冻结时刻）", "1", "个工作日", RuleConfidence.C,
            "本系统默认值（公开值须在冻结并公布承诺值之后才产生，见 docs/draw-verification.md）"),
        I("inspection.replacements-per-slot", "双随机、一公开", "每个抽中对象最多被补抽替换的次数（1 表示补抽替换上来的对象不能再被替换）", "1", "次", RuleConfidence.C,
            "本系统默认值（防止反复补抽直至结果合意）"),
        R("inspection.ratio-a-max", "双随机、一公开", "信用风险 A 类抽查比例上限", "0.05", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-b-min", "双随机、一公开", "信用风险 B 类抽查比例下限", "0.05", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-b-max", "双随机、一公开", "信用风险 B 类抽查比例上限", "0.20", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-c-min", "双随机、一公开", "信用风险 C 类抽查比例下限", "0.21", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-c-max", "双随机、一公开", "信用风险 C 类抽查比例上限", "0.60", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-d-min", "双随机、一公开", "信用风险 D 类抽查比例下限", "0.61", RuleConfidence.C, "县级示例"),
        R("inspection.ratio-d-max", "双随机、一公开", "信用风险 D 类抽查比例上限", "1", RuleConfidence.C, "县级示例"),

        // 食品安全抽检
        P("food.sample-to-lab", "食品安全抽检", "样品送达检验机构", "5WD", RuleConfidence.S, Food),
        P("food.lab-report", "食品安全抽检", "检验机构出具检验报告", "20WD", RuleConfidence.S, Food),
        P("food.fail-report", "食品安全抽检", "不合格结果报告", "2WD", RuleConfidence.Q, Food),
        P("food.retest-apply", "食品安全抽检", "申请复检（自收到检验结论）", "7WD", RuleConfidence.S, Food),
        P("food.retest-accept", "食品安全抽检", "复检申请受理决定", "5WD", RuleConfidence.C, Food + "第32条第1款（取值未核实）[R] S11"),
        P("food.retest-lab", "食品安全抽检", "确定复检机构", "5WD", RuleConfidence.S, Food),
        P("food.retest-report", "食品安全抽检", "复检报告", "10WD", RuleConfidence.S, Food),
        I("food.reserve-pass", "食品安全抽检", "合格样品备份样品保存期", "3", "月", RuleConfidence.S, Food),
        I("food.reserve-fail", "食品安全抽检", "不合格样品备份样品保存期", "6", "月", RuleConfidence.S, Food),

        // ---- 食品安全：许可、登记与风险分级 (issue 20, area Businesses) ----
        I("food.licence-validity", "食品安全许可", "食品生产许可证、食品经营许可证有效期", "5", "年", RuleConfidence.S, "《食品安全法实施条例》第十五条"),
        I("food.workshop-registration-validity", "食品安全许可", "食品小作坊登记证有效期（地方规定）", "3", "年", RuleConfidence.C, "各省食品小作坊和食品摊贩管理条例，未核实（默认值）"),
        I("food.vendor-registration-validity", "食品安全许可", "食品摊贩登记卡有效期（地方规定）", "1", "年", RuleConfidence.C, "各省食品小作坊和食品摊贩管理条例，未核实（默认值）"),
        P("food.renewal-window-opens", "食品安全许可", "许可延续申请最早可提出（有效期届满前，工作日）", "90WD", RuleConfidence.Q, "《食品经营许可和备案管理办法》（总局令第78号）第二十三条，第三方摘录"),
        P("food.renewal-window-closes", "食品安全许可", "许可延续申请最迟应提出（有效期届满前，工作日）", "15WD", RuleConfidence.Q, "《食品经营许可和备案管理办法》（总局令第78号）第二十三条，第三方摘录"),
        // ---- end 食品安全：许可、登记与风险分级 ----
        // ── 食品安全 · 监督检查与抽检计划（issue 20, area Supervision）──────────────────────────────────────────────
        I("food.inspect-a-min", "食品监督检查", "风险等级 A 级：每年最少检查次数", "1", "次", RuleConfidence.Q, Order49 + "；" + Grading2016),
        I("food.inspect-a-plan", "食品监督检查", "风险等级 A 级：年度计划检查次数", "1", "次", RuleConfidence.Q, Order49 + "；" + Grading2016 + "（A 级不少于1次）"),
        I("food.inspect-b-min", "食品监督检查", "风险等级 B 级：每年最少检查次数", "1", "次", RuleConfidence.Q, Grading2016 + "（B 级 1–2 次）"),
        I("food.inspect-b-plan", "食品监督检查", "风险等级 B 级（含未分级）：年度计划检查次数", "2", "次", RuleConfidence.Q, Grading2016 + "（B 级 1–2 次，计划取上限）"),
        I("food.inspect-c-min", "食品监督检查", "风险等级 C 级：每年最少检查次数", "2", "次", RuleConfidence.Q, Grading2016 + "（C 级 2–3 次）"),
        I("food.inspect-c-plan", "食品监督检查", "风险等级 C 级：年度计划检查次数", "3", "次", RuleConfidence.Q, Grading2016 + "（C 级 2–3 次，计划取上限）"),
        I("food.inspect-d-min", "食品监督检查", "风险等级 D 级：每年最少检查次数", "3", "次", RuleConfidence.Q, Grading2016 + "（D 级 3–4 次）"),
        I("food.inspect-d-plan", "食品监督检查", "风险等级 D 级：年度计划检查次数", "4", "次", RuleConfidence.Q, Grading2016 + "（D 级 3–4 次，计划取上限）"),
        I("food.full-inspection-years", "食品监督检查", "每个食品生产经营者全项目监督检查至少每 N 年一次", "2", "年", RuleConfidence.S, Order49 + "第22条"),
        I("food.inspection-min-inspectors", "食品监督检查", "监督检查执法人员最少人数", "2", "人", RuleConfidence.S, Order49 + "第23条"),
        P("food.inspection-rectify", "食品监督检查", "基本符合、不符合的整改期限（自检查之日起）", "10WD", RuleConfidence.C, "本系统默认值（各地按检查结果处理规定设定）"),
        P("food.inspection-publish", "食品监督检查", "监督检查结果公开（自检查之日起）", "20WD", RuleConfidence.S, Order49 + "第39条"),
        I("food.sampling-per-thousand", "食品安全抽检", "年度抽检计划批次（每千名常住人口）", "4", "批次", RuleConfidence.C, "国务院食品安全工作要求（每千人4批次）；五地规划为5"),
        // ── end 食品安全 · 监督检查与抽检计划 ───────────────────────────────────────────────────────────────────────
        // 食品安全抽检（抽样单、检验结果、复检与异议、核查处置）— food-c; [F-3P]/[?]/[R] tags of research/wave2-rules.md §1
        P("food.pass-report", "食品安全抽检", "合格结论报送（自检验报告出具）", "10WD", RuleConfidence.Q, Food + "第26条第1款 [F-3P] S7"),
        P("food.result-notice", "食品安全抽检", "送达检验结果通知书（自收到检验结论）", "5WD", RuleConfidence.C, Food + "第29条（条文取值未核实）[?] S9"),
        P("food.retest-lab-extension", "食品安全抽检", "确定复检机构期限的延长（一次，须说明理由）", "5WD", RuleConfidence.Q, Food + "第32条第2款 [F-3P] S12"),
        P("food.objection-apply", "食品安全抽检", "提出异议（自收到检验结论）", "7WD", RuleConfidence.C, Food + "第37条（取值未核实）[R] S18"),
        P("food.objection-accept", "食品安全抽检", "异议受理决定", "5WD", RuleConfidence.C, Food + "第37条（取值未核实）[R] S18"),
        P("food.objection-decide", "食品安全抽检", "异议处理决定（自受理）", "20WD", RuleConfidence.C, Food + "第38条（取值未核实）[R] S18"),
        P("food.disposal-deadline", "食品安全抽检", "不合格食品核查处置完成（自收到不合格结论，自然日）", "90CD", RuleConfidence.C, Food + "第45条（取值未核实）[?] S20"),

        // ── 食品安全 (2) · 食品召回（issue 21, area Recalls）: 2015 办法（原总局令第12号）与 2026 修订：启动时限按知悉日期取版本，完成时限按召回开始日期取版本 ──
        new("food.recall-start-1", "食品召回", "一级召回：自知悉食品安全风险起启动召回（小时）", RuleKind.Count, "小时", RuleConfidence.Q,
        [
            new(Always, "24", Recall2015 + "第13条 [F-3P] R2"),
            new(FoodRecall2026From, "24", Recall2026 + " [F-3P] R4（生效日期未核实，默认取发布日）"),
        ]),
        new("food.recall-start-2", "食品召回", "二级召回：自知悉食品安全风险起启动召回（小时）", RuleKind.Count, "小时", RuleConfidence.Q,
        [
            new(Always, "48", Recall2015 + "第13条 [F-3P] R2"),
            new(FoodRecall2026From, "36", Recall2026 + " [F-3P] R4（生效日期未核实，默认取发布日）"),
        ]),
        new("food.recall-start-3", "食品召回", "三级召回：自知悉食品安全风险起启动召回（小时）", RuleKind.Count, "小时", RuleConfidence.Q,
        [
            new(Always, "72", Recall2015 + "第13条 [F-3P] R2"),
            new(FoodRecall2026From, "48", Recall2026 + " [F-3P] R4（生效日期未核实，默认取发布日）"),
        ]),
        new("food.recall-complete-1", "食品召回", "一级召回：自发布召回公告起完成召回", RuleKind.Period, "", RuleConfidence.C,
        [
            new(Always, "10WD", Recall2015 + "第18条 [F-3P] R2"),
            new(FoodRecall2026From, "10WD", Recall2026 + "：完成时限未见原文，暂沿用 2015 值 [?] R5"),
        ]),
        new("food.recall-complete-2", "食品召回", "二级召回：自发布召回公告起完成召回", RuleKind.Period, "", RuleConfidence.C,
        [
            new(Always, "20WD", Recall2015 + "第18条 [F-3P] R2"),
            new(FoodRecall2026From, "20WD", Recall2026 + "：完成时限未见原文，暂沿用 2015 值 [?] R5"),
        ]),
        new("food.recall-complete-3", "食品召回", "三级召回：自发布召回公告起完成召回", RuleKind.Period, "", RuleConfidence.C,
        [
            new(Always, "30WD", Recall2015 + "第18条 [F-3P] R2"),
            new(FoodRecall2026From, "30WD", Recall2026 + "：完成时限未见原文，暂沿用 2015 值 [?] R5"),
        ]),
        new("food.recall-levels", "食品召回", "召回级别的界定所依据的《食品召回管理办法》版本（2015 = 原总局令第12号；2026 = 2026年修订，按危害程度和紧急程度界定），按知悉风险之日取版本", RuleKind.Count, "年版", RuleConfidence.Q,
        [
            new(Always, "2015", Recall2015 + "第13条 [F-3P] R2"),
            new(FoodRecall2026From, "2026", Recall2026 + "：三级召回按危害程度和紧急程度重新界定 [F-3P] R4（原文未见，生效日期未核实）"),
        ]),
        I("food.recall-progress-gap", "食品召回", "召回实施中超过此天数未收到阶段性进展报告的，列入逾期预警（自公告或上一次报告之日起，自然日）", "7", "日", RuleConfidence.C,
            "本系统默认值（办法要求定期报告召回进展，间隔由召回计划或本局确定）"),
        // ── end 食品召回 ──

        // ── 食品安全 (2) · 快检与熔断（issue 21, area Markets）──
        I("food.rapid-objection.hours", "食品快检", "对快检结果有异议的，自收到检测结果时起提出复检（小时；复检不得采用快速检测方法）", "4", "小时", RuleConfidence.S,
            "《食品安全法》第八十八条第二款 [F] S24"),
        // ── end 快检与熔断 ──

        // ── 食品安全 (2) · 追溯（issue 21, area Trace）──
        // ── end 追溯 ──

        // ── 特种设备 · 台账与使用登记（issue 22, area Registry）──
        P("sequip.registration-days", "特种设备", "使用登记期限（投入使用前或者投入使用后，自然日）", "30CD", RuleConfidence.S, "《特种设备安全法》第33条；《特种设备安全监察条例》第25条：30日 [F] E1"),
        I("sequip.stop-report-days", "特种设备", "拟停用1年以上的，停用后向登记机关报告的期限", "30", "日", RuleConfidence.C,
            "《山东省特种设备安全条例》第20条；《重庆市特种设备安全条例》第22条 [F-loc] E7"),
        I("sequip.long-stop-months", "特种设备", "停用达到此月数的为长期停用（须报告，重新启用前须经定期检验）", "12", "月", RuleConfidence.C,
            "地方条例“停用一年以上” [F-loc] E7"),
        I("sequip.registration-no-serial-digits", "特种设备", "使用登记证编号流水号位数（编号格式：类别字+区县代码后两位+省简称+地市字母+流水号+(年份后两位)，如 梯02鲁A00001(26)）", "5", "位", RuleConfidence.C,
            "编号格式未见原文 [?] E18（见 docs/special-equipment-registry.md）"),
        I("sequip.registration-max-inspection-age", "特种设备", "办理使用登记时，监督检验（或最近一次定期检验）距登记之日不得超过此月数（否则登记时已超期未检）", "12", "月", RuleConfidence.C,
            "电梯首次定期检验为监督检验后第1年（TSG T7001-2023）[F-3P] E9；锅炉外检、起重机械等每年 [F-3P] E12/E15"),
        // ── end 台账与使用登记 ──

        // ── 特种设备 · 定期检验（issue 22, area Inspections）──
        // TSG T7001-2023 (E9 [F-3P]): announced 2023-04-02, in force after the one-year transition; before it elevators were inspected yearly.
        new("sequip.elevator-inspection-years", "特种设备", "电梯定期检验年份（自安装或改造监督检验之月起的第几年；其余年份为自行检测）", RuleKind.YearList, "", RuleConfidence.Q,
        [
            new(Always, "1", "TSG T7001-2009：电梯每年定期检验（旧规则，按第1年起每年）"),
            new(SequipT7001From, "1,4,7,9,11,13,15", "TSG T7001-2023 [F-3P] E9（生效日期按发布后一年过渡期推定）"),
        ]),
        new("sequip.elevator-yearly-after", "特种设备", "电梯使用超过此年数后每年定期检验", RuleKind.Count, "年", RuleConfidence.Q,
        [
            new(Always, "0", "TSG T7001-2009：每年定期检验"),
            new(SequipT7001From, "15", "TSG T7001-2023 [F-3P] E9；15年以上每年检验 [R]"),
        ]),
        I("sequip.inspection-early-months", "特种设备", "电梯定期检验可提前进行（不改变下次检验日期）", "2", "月", RuleConfidence.Q, "TSG T7001-2023 [F-3P] E9"),
        I("sequip.selftest-early-months", "特种设备", "电梯自行检测可提前进行（不改变下次日期）", "1", "月", RuleConfidence.Q, "TSG T7008-2023 [F-3P] E10"),
        I("sequip.boiler-external", "特种设备", "锅炉外部检验周期", "12", "月", RuleConfidence.Q, "特种设备检验周期一览表 [F-3P] E12"),
        I("sequip.boiler-internal", "特种设备", "锅炉内部检验周期", "24", "月", RuleConfidence.Q, "特种设备检验周期一览表 [F-3P] E12"),
        I("sequip.boiler-hydrostatic", "特种设备", "锅炉水（耐）压试验周期", "72", "月", RuleConfidence.Q, "特种设备检验周期一览表 [F-3P] E12"),
        I("sequip.vessel-first", "特种设备", "固定式压力容器首次定期检验（投用后）", "36", "月", RuleConfidence.Q, "TSG 21-2016；检验周期一览表 [F-3P] E11"),
        I("sequip.vessel-grade12", "特种设备", "固定式压力容器安全状况1–2级检验周期", "72", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E11"),
        I("sequip.vessel-grade3-min", "特种设备", "固定式压力容器安全状况3级检验周期下限（检验机构在上下限内确定）", "36", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E11"),
        I("sequip.vessel-grade3", "特种设备", "固定式压力容器安全状况3级检验周期上限", "72", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E11"),
        I("sequip.vessel-grade3-default", "特种设备", "固定式压力容器安全状况3级检验周期（检验机构未给出下次检验日期时）", "36", "月", RuleConfidence.C, "本系统默认值（取下限）[F-3P] E11"),
        I("sequip.vessel-grade4", "特种设备", "固定式压力容器安全状况4级（监控使用）检验周期上限", "36", "月", RuleConfidence.Q, "TSG 21-2016：累计监控使用不超过3年 [R] E11"),
        I("sequip.vessel-annual", "特种设备", "压力容器年度检查周期", "12", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E11、E13"),
        I("sequip.vessel-pressure-every", "特种设备", "固定式压力容器耐压试验：每几次定期检验至少一次", "2", "次", RuleConfidence.Q, "检验周期一览表 [F-3P] E11"),
        I("sequip.mobile-grade12", "特种设备", "移动式压力容器（汽车罐车）安全状况1–2级检验周期", "60", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E13"),
        I("sequip.mobile-grade3", "特种设备", "移动式压力容器（汽车罐车）安全状况3级检验周期", "36", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E13"),
        I("sequip.mobile-pressure", "特种设备", "移动式压力容器耐压试验周期上限", "72", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E13"),
        I("sequip.cylinder-corrosive", "特种设备", "腐蚀性气体气瓶检验周期", "24", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E14"),
        I("sequip.cylinder-general", "特种设备", "一般气体气瓶检验周期", "36", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E14"),
        I("sequip.cylinder-inert", "特种设备", "惰性气体气瓶检验周期", "60", "月", RuleConfidence.Q, "检验周期一览表 [F-3P] E14"),
        I("sequip.cylinder-lpg", "特种设备", "液化石油气钢瓶检验周期", "48", "月", RuleConfidence.Q, "TSG 23-2021 §9.3；GB 8334 [F-3P] E14"),
        I("sequip.crane-interval", "特种设备", "塔式起重机、施工升降机、流动式起重机、冶金起重机等定期检验周期", "12", "月", RuleConfidence.C, "TSG Q7015 [R] E15"),
        I("sequip.crane-bridge-interval", "特种设备", "桥式、门式起重机定期检验周期", "24", "月", RuleConfidence.C, "TSG Q7015 [R] E15"),
        I("sequip.vehicle-interval", "特种设备", "场（厂）内专用机动车辆定期检验周期", "12", "月", RuleConfidence.C, "[R] E15"),
        I("sequip.ride-interval", "特种设备", "大型游乐设施、客运索道定期检验周期", "12", "月", RuleConfidence.C, "[R] E15"),
        I("sequip.pipeline-interval", "特种设备", "压力管道定期检验周期（检验机构未给出下次检验日期时；工业管道）", "36", "月", RuleConfidence.C, "TSG D7005 [R]"),
        I("sequip.request-before", "特种设备", "定期检验到期前申报", "1", "月", RuleConfidence.S, Sequip + "；《特种设备安全法》第40条；条例第28条 [F] E3"),
        I("sequip.warn-early-days", "特种设备", "定期检验到期预警（提前天数，第一级）", "60", "日", RuleConfidence.C, "本系统默认值"),
        I("sequip.warn-late-days", "特种设备", "定期检验到期预警（提前天数，第二级）", "30", "日", RuleConfidence.C, "本系统默认值（申报期限前）"),
        P("sequip.inspection-objection", "特种设备", "使用单位对检验结论提出异议（自收到检验报告）", "10WD", RuleConfidence.C, "《山东省特种设备安全条例》第40条 [F-loc] E8"),
        // ── end 定期检验 ──

        // ── 特种设备 · 维护保养与 96333（issue 22, area Maintenance）──
        I("sequip.elevator-maintenance", "特种设备", "电梯维护保养间隔上限", "15", "日", RuleConfidence.S, "《特种设备安全法》第45条；TSG T5002"),
        I("sequip.rescue-urban", "特种设备", "96333 应急救援到场时限：城区", "30", "分钟", RuleConfidence.C, "各市规定不同"),
        I("sequip.rescue-rural", "特种设备", "96333 应急救援到场时限：其他地区", "60", "分钟", RuleConfidence.C, "各市规定不同"),
        I("sequip.maintenance-quarter", "特种设备", "电梯季度维护保养项目周期", "3", "月", RuleConfidence.Q, "TSG T5002—2017 电梯维护保养规则（附件：季度维护保养项目）[F-3P]"),
        I("sequip.maintenance-half-year", "特种设备", "电梯半年维护保养项目周期", "6", "月", RuleConfidence.Q, "TSG T5002—2017 电梯维护保养规则（附件：半年维护保养项目）[F-3P]"),
        I("sequip.maintenance-year", "特种设备", "电梯年度维护保养项目周期", "12", "月", RuleConfidence.Q, "TSG T5002—2017 电梯维护保养规则（附件：年度维护保养项目）[F-3P]"),
        I("sequip.self-check-interval", "特种设备", "使用单位对在用特种设备自行检查的最长间隔", "1", "月", RuleConfidence.S, "《特种设备安全监察条例》第27条：至少每月进行一次自行检查"),
        I("sequip.entrapment-accident-minutes", "特种设备", "电梯轿厢滞留人员达到此时长即按一般事故核查", "120", "分钟", RuleConfidence.S, "《特种设备安全监察条例》第61–64条（电梯轿厢滞留人员 2 小时以上）"),
        I("sequip.rescue-frequent-failures", "特种设备", "故障多发电梯：统计天数内 96333 困人/故障工单达到此数列为检查线索", "3", "次", RuleConfidence.C, "本系统默认值（智慧电梯监管预警）"),
        I("sequip.rescue-frequent-days", "特种设备", "故障多发电梯的统计天数", "90", "日", RuleConfidence.C, "本系统默认值（智慧电梯监管预警）"),
        I("sequip.contract-expiring-days", "特种设备", "维保合同即将到期提示（到期前天数）", "30", "日", RuleConfidence.C, "本系统默认值"),
        I("sequip.on-demand-max-days", "特种设备", "按需维保试点电梯的维保间隔上限", "30", "日", RuleConfidence.C, "各省按需维保试点方案（取值因地而异）"),
        // ── end 维护保养与 96333 ──

        // ── 特种设备 · 隐患与事故（issue 22, area Safety）──
        P("sequip.hazard-deadline-general", "特种设备", "一般隐患整改期限（自发现之日起，责令整改通知书可另定）", "15CD", RuleConfidence.C, "各地隐患排查治理规定不同（配置项）"),
        P("sequip.hazard-deadline-major", "特种设备", "重大隐患整改期限（停用整改，自发现之日起；责令整改通知书可另定）", "30CD", RuleConfidence.C, "各地隐患排查治理规定不同（配置项）"),
        P("sequip.hazard-review", "特种设备", "收到整改报告后复查期限", "5WD", RuleConfidence.C, "本局工作要求（配置项）"),
        I("sequip.accident-deaths-extra", "特种设备", "特别重大事故：死亡人数达到", "30", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61条"),
        I("sequip.accident-deaths-major", "特种设备", "重大事故：死亡人数达到", "10", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条"),
        I("sequip.accident-deaths-larger", "特种设备", "较大事故：死亡人数达到", "3", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第63条"),
        I("sequip.accident-serious-extra", "特种设备", "特别重大事故：重伤（含急性工业中毒）人数达到", "100", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61条"),
        I("sequip.accident-serious-major", "特种设备", "重大事故：重伤人数达到", "50", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条"),
        I("sequip.accident-serious-larger", "特种设备", "较大事故：重伤人数达到", "10", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第63条"),
        I("sequip.accident-loss-extra", "特种设备", "特别重大事故：直接经济损失达到", "10000", "万元", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61条"),
        I("sequip.accident-loss-major", "特种设备", "重大事故：直接经济损失达到", "5000", "万元", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条"),
        I("sequip.accident-loss-larger", "特种设备", "较大事故：直接经济损失达到", "1000", "万元", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第63条"),
        I("sequip.accident-loss-general", "特种设备", "一般事故：直接经济损失达到", "1", "万元", RuleConfidence.Q, "《特种设备安全监察条例》（2009年修订）第64条（“1万元以上”凭记忆，原文未核实）"),
        I("sequip.accident-evacuated-extra", "特种设备", "特别重大事故：压力容器、压力管道有毒介质泄漏造成转移人数达到", "150000", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61条"),
        I("sequip.accident-evacuated-major", "特种设备", "重大事故：有毒介质泄漏转移人数达到", "50000", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条"),
        I("sequip.accident-evacuated-larger", "特种设备", "较大事故：有毒介质泄漏转移人数达到", "10000", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第63条"),
        I("sequip.accident-evacuated-general", "特种设备", "一般事故：有毒介质泄漏转移人数达到", "500", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第64条"),
        I("sequip.accident-stranded-people", "特种设备", "特别重大、重大事故：客运索道、大型游乐设施高空滞留人数达到", "100", "人", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61、62条"),
        I("sequip.accident-stranded-extra", "特种设备", "特别重大事故：客运索道、大型游乐设施高空滞留时间达到", "2880", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第61条（48小时）"),
        I("sequip.accident-stranded-major", "特种设备", "重大事故：客运索道、大型游乐设施高空滞留时间达到", "1440", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条（24小时）"),
        I("sequip.accident-stranded-larger", "特种设备", "较大事故：客运索道、大型游乐设施高空滞留时间达到", "720", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第63条（12小时）"),
        I("sequip.accident-ropeway-general", "特种设备", "一般事故：客运索道高空滞留时间达到", "210", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第64条（3.5小时）"),
        I("sequip.accident-ride-general", "特种设备", "一般事故：大型游乐设施高空滞留时间达到", "60", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第64条（1小时）"),
        I("sequip.accident-elevator-general", "特种设备", "一般事故：电梯轿厢滞留人员时间达到", "120", "分钟", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第64条（2小时）"),
        I("sequip.accident-boiler-outage", "特种设备", "重大事故：600兆瓦以上锅炉因安全故障中断运行达到", "240", "小时", RuleConfidence.S, "《特种设备安全监察条例》（2009年修订）第62条"),
        I("sequip.accident-report-unit", "特种设备", "事故发生单位向事故发生地县级以上特种设备安全监管部门报告", "60", "分钟", RuleConfidence.Q, "《特种设备事故报告和调查处理规定》（总局令第50号，2022） [F-3P] E20"),
        I("sequip.accident-report-level", "特种设备", "监管部门逐级上报，每级不超过", "120", "分钟", RuleConfidence.Q, "《特种设备事故报告和调查处理规定》（总局令第50号，2022） [F-3P] E20"),
        I("sequip.accident-followup", "特种设备", "事故续报期限（自事故发生之日起）", "30", "日", RuleConfidence.Q, "《特种设备事故报告和调查处理规定》（总局令第50号，2022） [F-3P] E20"),
        // ── end 隐患与事故 ──

        // ── 产品质量 · 监督抽查（issue 23, area SpotChecks）──
        I("pq.no-repeat-months", "产品质量", "同一市场监管部门对同一产品（同一生产者、标准、商标、规格型号）不重复抽查的期限（跟踪抽查不合格产品、应急抽查除外）", "6", "月", RuleConfidence.Q,
            Order18 + "（第三方转引，条文号未见） [F-3P] Q3"),
        P("pq.objection-days", "产品质量", "对检验结果有异议的，自收到检验结果之日起申请复检的期限（自然日）", "15CD", RuleConfidence.S, "《产品质量法》第15条；" + Order18 + " [F] Q2"),
        P("pq.objection-accept-days", "产品质量", "收到复检申请后作出是否受理决定的期限", "3WD", RuleConfidence.Q, "地方复检异议处理规则（第三方转引） [F-3P] Q13"),
        // ── end 监督抽查 ──

        // ── 产品质量 · 不合格后处理（issue 23, area FollowUp）──
        P("pq.correction-days", "产品质量", "监督抽查不合格：责令整改的整改期限（自责令整改之日起，自然日，末日遇节假日顺延）", "60CD", RuleConfidence.Q,
            Order18 + "第46条 [F-3P] Q6"),
        P("pq.recheck-days", "产品质量", "监督抽查不合格：复查期限（自责令整改之日起，自然日，末日遇节假日顺延）", "75CD", RuleConfidence.Q,
            Order18 + "第47条 [F-3P] Q7"),
        I("pq.second-recheck-from", "产品质量", "复查仍不合格并公告后：再次复查最早于公告之日起第几日", "60", "日", RuleConfidence.Q,
            Order18 + "第48条；《产品质量法》第17条 [F-3P] Q9"),
        P("pq.second-recheck-to", "产品质量", "复查仍不合格并公告后：再次复查期限（自公告之日起，自然日，末日遇节假日顺延）", "90CD", RuleConfidence.Q,
            Order18 + "第48条；《产品质量法》第17条 [F-3P] Q9"),
        I("pq.followup-warn-days", "产品质量", "后处理各步骤“即将到期”提示（到期前天数）", "10", "日", RuleConfidence.C, "本系统默认值（配置项）"),
        // ── end 不合格后处理 ──

        // ── 产品质量 · 缺陷产品召回（issue 23, area Recalls）──
        P("pq.defect-report-wd", "缺陷产品召回", "企业知悉死亡、严重人身伤害、重大财产损失或境外召回等缺陷信息后向市场监管部门报告的期限（工作日）", "2WD", RuleConfidence.C,
            "《广东省消费品召回管理办法》（粤府令第308号，2023）等地方规定，全国措辞 [F-3P] C8；本地可调"),
        P("pq.car-objection-wd", "缺陷产品召回", "汽车生产者对缺陷调查结论（缺陷通知）有异议的，自收到通知之日起提出异议的期限", "15WD", RuleConfidence.S,
            "《缺陷汽车产品召回管理条例》第15条 [F] C3"),
        P("pq.recall-plan-wd", "缺陷产品召回", "消费品：确认存在缺陷后向省级市场监管部门和全国召回系统提交召回计划的期限", "10WD", RuleConfidence.Q,
            "《山东省消费品召回管理办法（试行）》（2023）报道 [F-3P] C9；全国值未见原文 [?]"),
        P("pq.recall-notice-wd", "缺陷产品召回", "消费品：提交召回计划后发布召回公告的期限", "3WD", RuleConfidence.Q,
            "《山东省消费品召回管理办法（试行）》（2023）报道 [F-3P] C9"),
        P("pq.car-notice-wd", "缺陷产品召回", "汽车：召回计划备案后公开发布召回信息的期限", "5WD", RuleConfidence.Q,
            "《缺陷汽车产品召回管理条例实施办法》2012年征求意见稿 [?] C6"),
        P("pq.car-owner-notice-wd", "缺陷产品召回", "汽车：召回计划备案后通知车主的期限", "30WD", RuleConfidence.Q,
            "《缺陷汽车产品召回管理条例实施办法》2012年征求意见稿 [?] C6"),
        I("pq.recall-progress-months", "缺陷产品召回", "召回实施中提交阶段性进展报告的间隔（自召回公告或上一次报告起，月）", "3", "月", RuleConfidence.C,
            "《缺陷汽车产品召回管理条例》第20条要求报告召回实施情况，间隔未见原文 [?] C4"),
        P("pq.recall-summary-wd", "缺陷产品召回", "召回计划实施期满后提交召回总结报告的期限", "15WD", RuleConfidence.Q,
            "原质检总局儿童玩具、家用电器召回规定 [F-3P] C10；总局令第19号取值未见原文 [?]"),
        I("pq.car-maker-records-years", "缺陷产品召回", "汽车生产者保存设计、制造、检验等汽车产品质量信息及首任所有人信息的最短年限", "10", "年", RuleConfidence.S,
            "《缺陷汽车产品召回管理条例》第9条 [F] C1"),
        I("pq.car-dealer-records-years", "缺陷产品召回", "汽车销售、租赁、维修经营者保存汽车产品型号、规格、车辆识别代号、数量、流向、购买者信息、租赁、维修等信息的最短年限", "5", "年", RuleConfidence.S,
            "《缺陷汽车产品召回管理条例》第11条 [F] C2"),
        // ── end 缺陷产品召回 ──

        // ── 产品质量 · 生产许可证与 CCC（issue 23, area Licences）──
        I("pq.licence-validity-years", "产品质量", "工业产品生产许可证有效期", "5", "年", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第24条 [F]"),
        I("pq.licence-validity-food-years", "产品质量", "工业产品生产许可证有效期：食品相关产品", "3", "年", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第24条（食品加工企业 3 年）[F]"),
        I("pq.licence-renewal-months", "产品质量", "有效期届满需继续生产的，应在届满前此月数内申请延续", "6", "月", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第25条 [F]"),
        P("pq.licence-onsite-check", "产品质量", "生产许可实地核查并作出核查结论（自受理之日起）", "30CD", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第18条 [F]"),
        P("pq.licence-samples", "产品质量", "实地核查合格后封存样品送检（自核查之日起）", "7CD", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第19条 [F]"),
        P("pq.licence-decision", "产品质量", "作出是否准予生产许可的决定（自受理之日起）", "60CD", RuleConfidence.S, "《工业产品生产许可证管理条例》（2023年修订）第19条 [F]"),
        I("pq.licence-number-serial-digits", "产品质量", "生产许可证编号末段序号位数（鲁XK06-001-00123 形如 省份简称 + XK + 类别 - 品种 - 序号）", "5", "位", RuleConfidence.C,
            "常见证书编号样式 [R]"),
        I("pq.licence-due-soon-days", "产品质量", "生产许可申请“即将到期”提示（核查、送样、决定到期前天数）", "7", "日", RuleConfidence.C, "本系统默认值"),
        I("pq.ccc-expiring-days", "产品质量", "CCC 证书即将到期提示（到期前天数）", "90", "日", RuleConfidence.C, "本系统默认值"),
        // ── end 生产许可证与 CCC ──

        // ── 药品医疗器械化妆品 · 许可与备案（issue 24, area Licences）──
        I("drugs.drug-licence-years", "药品医疗器械化妆品", "药品经营许可证有效期", "5", "年", RuleConfidence.S, DrugRegs + "第16条；《药品管理法》第51条 [F] L12"),
        I("drugs.drug-renewal-months-before", "药品医疗器械化妆品", "药品经营许可证延续：最早于有效期届满前此月数申请", "6", "月", RuleConfidence.S,
            DrugRegs + "第16条（届满前6个月申请换发）[F] L12；" + Order84 + "第21条 [R] L13"),
        new("drugs.drug-renewal-latest-months-before", "药品医疗器械化妆品", "药品经营许可证延续：最迟于有效期届满前此月数申请", RuleKind.Count, "月", RuleConfidence.Q,
        [
            new(Always, "2", Order84 + "第21条（届满前6个月至2个月期间申请重新审查发证）[R] L13；按条例“届满前6个月”从严执行的，设为 6"),
        ]),
        I("drugs.drug-change-days-before", "药品医疗器械化妆品", "药品经营许可事项变更：至少于变更前此日数申请", "30", "日", RuleConfidence.S, DrugRegs + "第17条 [F] L12"),
        I("drugs.device-licence-years", "药品医疗器械化妆品", "医疗器械经营许可证有效期", "5", "年", RuleConfidence.S, Order54 + "第14条 [F] L14"),
        I("drugs.device-renewal-from-wd", "药品医疗器械化妆品", "医疗器械经营许可证延续：最早于有效期届满前此工作日数申请", "90", "工作日", RuleConfidence.S, Order54 + "第21条 [F] L14"),
        I("drugs.device-renewal-to-wd", "药品医疗器械化妆品", "医疗器械经营许可证延续：最迟于有效期届满前此工作日数申请", "30", "工作日", RuleConfidence.S, Order54 + "第21条 [F] L14"),
        new("drugs.device-self-report-due", "药品医疗器械化妆品", "医疗器械经营企业上一年度自查报告提交截止（月-日）", RuleKind.MonthDay, "", RuleConfidence.S,
            [new(Always, "03-31", Order54 + "第44条 [F] L14")]),
        I("drugs.renewal-warn-days", "药品医疗器械化妆品", "许可证延续提醒：延续申请期开始前此日数起列入“即将到期”", "60", "日", RuleConfidence.C, "本系统默认值"),
        // ── end 许可与备案 ──

        // ── 药品医疗器械化妆品 · 网格化监管与检查（issue 24, area Supervision）──
        P("drugs.rectify-days", "药品医疗器械化妆品", "监督检查限期整改：整改期限（自检查之日起，自然日，末日遇节假日顺延）", "15CD", RuleConfidence.C,
            DrugInspect + "；各地检查文书常见 15 日 [R]"),
        P("drugs.recheck-grace-days", "药品医疗器械化妆品", "限期整改：整改期限届满后应完成复查的期限（工作日；逾期未复查移送案件线索）", "10WD", RuleConfidence.C,
            "本系统默认值 [R]"),
        I("drugs.risk-grade2-score", "药品医疗器械化妆品", "风险分级：二级（较低风险）最低分值", "25", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-grade3-score", "药品医疗器械化妆品", "风险分级：三级（较高风险）最低分值", "45", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-grade4-score", "药品医疗器械化妆品", "风险分级：四级（高风险）最低分值", "70", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-retail", "药品医疗器械化妆品", "风险分值：单体零售药店基础分（经营处方药、冷藏药品、含麻制剂）", "20", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-chain-store", "药品医疗器械化妆品", "风险分值：连锁门店基础分（总部统一采购配送、质量管理）", "10", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-device-iii", "药品医疗器械化妆品", "风险分值：三类医疗器械经营企业基础分", "20", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-device-ii", "药品医疗器械化妆品", "风险分值：二类医疗器械经营企业基础分", "10", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-other", "药品医疗器械化妆品", "风险分值：其他经营企业（化妆品、批发、连锁总部）基础分", "5", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-failed-item", "药品医疗器械化妆品", "风险分值：近12个月检查一般项目不符合（每项）", "3", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-failed-key-item", "药品医疗器械化妆品", "风险分值：近12个月检查关键项目（★）不符合（每项）", "12", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-rectify", "药品医疗器械化妆品", "风险分值：近12个月限期整改（每次）", "8", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-case", "药品医疗器械化妆品", "风险分值：近12个月立案查处或复查不合格、逾期未复查（每次）", "30", "分", RuleConfidence.C, DrugRisk),
        I("drugs.risk-weight-never-inspected", "药品医疗器械化妆品", "风险分值：近12个月未检查", "10", "分", RuleConfidence.C, DrugRisk),
        I("drugs.inspect-months-grade1", "药品医疗器械化妆品", "检查频次：一级（低风险）企业检查间隔", "24", "个月", RuleConfidence.C, DrugRisk + "；一级每两年至少一次"),
        I("drugs.inspect-months-grade2", "药品医疗器械化妆品", "检查频次：二级（较低风险）企业检查间隔", "12", "个月", RuleConfidence.C, DrugRisk + "；二级每年至少一次"),
        I("drugs.inspect-months-grade3", "药品医疗器械化妆品", "检查频次：三级（较高风险）企业检查间隔", "6", "个月", RuleConfidence.C, DrugRisk + "；三级每半年至少一次"),
        I("drugs.inspect-months-grade4", "药品医疗器械化妆品", "检查频次：四级（高风险）企业检查间隔", "3", "个月", RuleConfidence.C, DrugRisk + "；四级每季度至少一次"),
        I("drugs.vaccine-temp-min", "药品医疗器械化妆品", "疫苗冷藏温度下限（℃）", "2", "℃", RuleConfidence.C, "《疫苗储存和运输管理规范》（2017年版）：2–8℃ 冷藏 [R]"),
        I("drugs.vaccine-temp-max", "药品医疗器械化妆品", "疫苗冷藏温度上限（℃）", "8", "℃", RuleConfidence.C, "《疫苗储存和运输管理规范》（2017年版）：2–8℃ 冷藏 [R]"),
        // ── end 网格化监管与检查 ──

        // ── 药品医疗器械化妆品 · 销售与不良反应登记（issue 24, area Registers）──
        I("drugs.ephedrine-max-per-purchase", "药品医疗器械化妆品", "含麻黄碱类复方制剂：除处方药按处方剂量销售外，一次销售不得超过的最小包装数", "2", "个最小包装", RuleConfidence.Q,
            Ephedrine2012 + " [R]"),
        I("drugs.ephedrine-suspicious-pharmacies", "药品医疗器械化妆品", "含麻黄碱类复方制剂疑似异常购买：同一购买人在窗口期内购买的不同药店数（达到即预警）", "3", "家", RuleConfidence.C,
            "本系统默认值（地方监管实践） [R]"),
        I("drugs.ephedrine-window-days", "药品医疗器械化妆品", "含麻黄碱类复方制剂疑似异常购买：统计窗口（自然日，首尾两日均计入）", "7", "日", RuleConfidence.C,
            "本系统默认值（地方监管实践） [R]"),
        I("drugs.ephedrine-suspicious-packs", "药品医疗器械化妆品", "含麻黄碱类复方制剂疑似异常购买：同一购买人在窗口期内累计购买的最小包装数（达到即预警）", "6", "个最小包装", RuleConfidence.C,
            "本系统默认值（地方监管实践） [R]"),
        I("drugs.adr-death-days", "药品医疗器械化妆品", "药品不良反应：死亡病例报告期限（自获知之日起，0 为当日立即报告）", "0", "日", RuleConfidence.Q, Adr2011 + "第20条 [R]"),
        I("drugs.adr-serious-days", "药品医疗器械化妆品", "药品不良反应：新的、严重的不良反应报告期限（自获知之日起）", "15", "日", RuleConfidence.Q, Adr2011 + "第20条 [R]"),
        I("drugs.adr-general-days", "药品医疗器械化妆品", "药品不良反应：其他不良反应报告期限（自获知之日起）", "30", "日", RuleConfidence.Q, Adr2011 + "第20条 [R]"),
        I("drugs.mdr-death-days", "药品医疗器械化妆品", "医疗器械不良事件：导致死亡的报告期限（自发现或获知之日起）", "7", "日", RuleConfidence.Q, Mdr2018 + "第25条 [R]"),
        I("drugs.mdr-serious-days", "药品医疗器械化妆品", "医疗器械不良事件：导致或可能导致严重伤害或死亡的报告期限（自发现或获知之日起）", "20", "日", RuleConfidence.Q, Mdr2018 + "第25条 [R]"),
        I("drugs.mdr-general-days", "药品医疗器械化妆品", "医疗器械不良事件：其他可疑不良事件报告期限（自发现或获知之日起）", "30", "日", RuleConfidence.C, Mdr2018 + "（未规定，本系统默认值） [R]"),
        I("drugs.cosmetic-serious-days", "药品医疗器械化妆品", "化妆品不良反应：严重不良反应报告期限（自发现或获知之日起）", "7", "日", RuleConfidence.Q, Cosmetic2022 + " [R]"),
        I("drugs.cosmetic-general-days", "药品医疗器械化妆品", "化妆品不良反应：其他不良反应报告期限（自发现或获知之日起）", "30", "日", RuleConfidence.Q, Cosmetic2022 + " [R]"),
        I("drugs.signal-reporters", "药品医疗器械化妆品", "不良反应信号：同一产品在窗口期内被不同报告单位报告的单位数（达到即为信号）", "3", "家", RuleConfidence.C, "本系统默认值 [R]"),
        I("drugs.signal-window-days", "药品医疗器械化妆品", "不良反应信号：统计窗口（按事件发生日期，自然日）", "30", "日", RuleConfidence.C, "本系统默认值 [R]"),
        // ── end 销售与不良反应登记 ──
        // ── 计量 · 强检器具与民生计量（issue 24）──
        I("metro.life-months.water-dn25", "计量", "水表（DN≤25）使用期限：首次检定，限期使用、到期轮换", "72", "月", RuleConfidence.Q, Metro2020 + "；JJG 162-2019 [F-3P] M6"),
        I("metro.life-months.water-dn50", "计量", "水表（25<DN≤50）使用期限：首次检定，限期使用、到期轮换", "48", "月", RuleConfidence.Q, Metro2020 + "；JJG 162-2019 [F-3P] M6"),
        I("metro.period-months.water-large", "计量", "水表（DN>50）检定周期", "24", "月", RuleConfidence.Q, "JJG 162-2019 [F-3P] M6"),
        I("metro.life-months.gas-meter", "计量", "燃气表（天然气）使用期限：首次检定，限期使用、到期轮换", "120", "月", RuleConfidence.Q, "JJG 577-2012、JJG 1190-2022 [F-3P] M7"),
        I("metro.life-months.lpg-meter", "计量", "液化石油气、其他燃气表使用期限", "72", "月", RuleConfidence.C, "[R] M8"),
        I("metro.life-months.electricity-meter", "计量", "电能表使用期限：首次检定，限期使用、到期轮换", "96", "月", RuleConfidence.C, "[R] M8（到期轮换，年限按电能表检定规程另定）"),
        I("metro.life-months.heat-meter", "计量", "热能表使用期限：首次检定，限期使用、到期轮换", "72", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.fuel-dispenser", "计量", "燃油加油机检定周期", "6", "月", RuleConfidence.C, "[R] M8"),
        I("metro.period-months.gas-dispenser", "计量", "加气机检定周期", "6", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.taxi-meter", "计量", "出租汽车计价器检定周期", "12", "月", RuleConfidence.C, "[R] M8"),
        I("metro.period-months.price-scale", "计量", "电子计价秤检定周期", "12", "月", RuleConfidence.C, "[R] M8"),
        I("metro.period-months.scale", "计量", "非自动衡器检定周期", "12", "月", RuleConfidence.C, "[R] M8"),
        I("metro.period-months.truck-scale", "计量", "汽车衡检定周期", "12", "月", RuleConfidence.C, "[R] M8"),
        I("metro.period-months.sphygmomanometer", "计量", "血压计（表）检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.ecg", "计量", "心电图仪检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.breathalyser", "计量", "呼出气体酒精含量检测仪检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.speed-meter", "计量", "机动车测速仪检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.gas-detector", "计量", "可燃气体检测报警器检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.pressure-gauge", "计量", "压力表（安全防护用）检定周期", "6", "月", RuleConfidence.C, "[R]"),
        I("metro.period-months.emission-analyser", "计量", "机动车排放气体分析仪检定周期", "12", "月", RuleConfidence.C, "[R]"),
        I("metro.warn-days", "计量", "强检器具到期预警（提前天数）", "30", "日", RuleConfidence.C, "本系统默认值"),
        R("metro.fuel-tolerance", "计量", "民生计量检查：加油机示值误差允许范围（±）", "0.003", RuleConfidence.C, "JJG 443 燃油加油机最大允许误差 ±0.30% [R]"),
        P("metro.rectify", "计量", "民生计量检查不合格的整改期限（自检查之日起）", "15WD", RuleConfidence.C, "本系统默认值 [R]"),
        // ── end 计量 ──

        // ── 价格监管 (issue 25; research §7) ──
        N("prices.pork.fall-level3-below", "价格监管", "生猪价格过度下跌三级预警：猪粮比低于", "6", ":1", RuleConfidence.Q, "《完善政府猪肉储备调节机制 做好猪肉市场保供稳价工作预案》（2021）[F-3P] P21"),
        N("prices.pork.fall-level1-below", "价格监管", "生猪价格过度下跌一级预警：猪粮比低于（二级为此值至三级线之间连续若干周）", "5", ":1", RuleConfidence.Q, "同上 [F-3P] P21"),
        I("prices.pork.fall-level2-weeks", "价格监管", "生猪价格过度下跌二级预警：猪粮比处于一级线至三级线之间连续周数", "3", "周", RuleConfidence.Q, "同上 [F-3P] P21"),
        N("prices.pork.rise-level2", "价格监管", "猪肉价格过度上涨二级预警：精瘦肉零售价同比涨幅达到（至一级线含）", "30", "%", RuleConfidence.Q, "国家发展改革委 2022-09、2022-11 发布 [F-3P] P22"),
        N("prices.pork.rise-level1", "价格监管", "猪肉价格过度上涨一级预警：精瘦肉零售价同比涨幅超过", "40", "%", RuleConfidence.Q, "同上 [F-3P] P22"),
        N("prices.pork.rise-level3", "价格监管", "猪肉价格过度上涨三级预警：精瘦肉零售价同比涨幅达到（至二级线）", "20", "%", RuleConfidence.C, "未见原文 [R] P23"),
        I("prices.was-price-days", "价格监管", "标示原价不得高于促销前此日数内最低成交价", "7", "日", RuleConfidence.S, "《明码标价和禁止价格欺诈规定》第十六条 [F]"),
        M("prices.penalty.unmarked-max", "价格监管", "不明码标价：罚款上限", "5000", RuleConfidence.S, "《价格违法行为行政处罚规定》第十三条 [F] P13"),
        I("prices.penalty.fraud-multiple", "价格监管", "价格欺诈：罚款上限为违法所得的倍数", "5", "倍", RuleConfidence.S, "《价格违法行为行政处罚规定》第七条 [F] P14"),
        M("prices.penalty.fraud-min", "价格监管", "价格欺诈且无违法所得：罚款下限", "50000", RuleConfidence.S, "同上 [F] P14"),
        M("prices.penalty.fraud-max", "价格监管", "价格欺诈且无违法所得：罚款上限", "500000", RuleConfidence.S, "同上 [F] P14"),
        // ── end 价格监管 ──

        // 规划指标（十四五）
        R("indicator.random-coverage", "规划指标", "双随机抽查覆盖市场主体比例", "0.03", RuleConfidence.C, Seeds),
        R("indicator.risk-draw-share", "规划指标", "信用风险分类抽查占比", "0.50", RuleConfidence.C, Seeds),
        R("indicator.joint-share", "规划指标", "部门联合抽查占比", "0.30", RuleConfidence.C, Seeds),
        R("indicator.publication", "规划指标", "抽查计划、事项、清单、结果公示率", "1", RuleConfidence.C, Seeds),
        I("indicator.food-batches-per-1000", "规划指标", "食品抽检批次（每千人每年）", "5", "批次", RuleConfidence.C, Seeds + "；全国目标曾为4"),
        R("indicator.annual-report-rate", "规划指标", "企业年报率", "0.98", RuleConfidence.C, Seeds),
        R("indicator.complaint-on-time", "规划指标", "消费投诉按期办结率", "0.998", RuleConfidence.C, Seeds + "（安徽）"),
        R("indicator.food-pass-rate", "规划指标", "食品评价性抽检合格率", "0.985", RuleConfidence.C, Seeds + "（安徽）"),
    ];

    private static readonly Dictionary<string, RuleDefinition> ByKey = All.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public static RuleDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    private static RuleDefinition P(string key, string area, string name, string value, RuleConfidence c, string source) =>
        new(key, area, name, RuleKind.Period, "", c, [new(Always, value, source)]);

    private static RuleDefinition I(string key, string area, string name, string value, string unit, RuleConfidence c, string source) =>
        new(key, area, name, RuleKind.Count, unit, c, [new(Always, value, source)]);

    private static RuleDefinition M(string key, string area, string name, string value, RuleConfidence c, string source) =>
        new(key, area, name, RuleKind.Money, "元", c, [new(Always, value, source)]);

    private static RuleDefinition N(string key, string area, string name, string value, string unit, RuleConfidence c, string source) =>
        new(key, area, name, RuleKind.Number, unit, c, [new(Always, value, source)]);

    private static RuleDefinition R(string key, string area, string name, string value, RuleConfidence c, string source) =>
        new(key, area, name, RuleKind.Ratio, "", c, [new(Always, value, source)]);
}
