using Zhijian.Dashboard.Domain;

namespace Zhijian.Dashboard.Features.Plans;

/// <summary>A computed indicator Zhijian knows how to compute from module measures.</summary>
internal sealed record StandardIndicator(string Name, string Unit, string Formula, Accumulation Accumulation, Comparator Comparator,
    decimal? Target, string Explanation);

/// <summary>
/// 标准计算指标: the formulas of the indicators the plans ask for, over the measures the modules publish. One place for
/// each formula; the seed plans and the standard monitoring set both take them from here.
/// </summary>
internal static class StandardIndicators
{
    public const string EntitiesTotal = "entities.active";
    public const string StartupTime = "entities.startup_workdays / entities.startup_count";
    public const string RegistrationTime = "entities.registration_workdays / entities.registration_count";
    public const string OnlineRate = "entities.new_online / entities.new_with_channel * 100";
    public const string NameRate = "entities.name_self_declared / entities.name_declared_known * 100";
    public const string AnnualReportRate = "entities.annual_report_filed / entities.annual_report_due * 100";
    public const string Coverage = "inspections.entities_checked / entities.active * 100";
    public const string JointShare = "inspections.joint_tasks / inspections.tasks * 100";
    public const string RiskShare = "inspections.risk_tasks / inspections.tasks * 100";
    public const string InspectionPublication = "inspections.published_on_time / inspections.publish_due * 100";
    public const string ConsumerOnTime = "complaints.consumer_closed_on_time / complaints.consumer_closed * 100";
    public const string FilingsOnTime = "complaints.closed_on_time / complaints.closed * 100";
    public const string Response24h = "complaints.responded_24h / complaints.response_due * 100";
    public const string RecordRate = "cases.closed_complete / cases.closed * 100";
    public const string PenaltyPublication = "cases.published_on_time / cases.publications_due * 100";
    public const string LegalReview = "cases.major_legal_reviewed / cases.major_decisions * 100";
    public const string FoodSamplingPerThousand = "food.sampling_batches / population * 1000";
    public const string FoodSamplingPassRate = "food.sampling_passed / food.sampling_batches * 100";
    public const string FoodEvaluationPassRate = "food.sampling_eval_passed / food.sampling_eval_batches * 100";
    public const string FoodDisposalOnTime = "food.disposals_on_time / food.disposals_due * 100";
    public const string FoodGradingCoverage = "food.businesses_graded / food.businesses_active * 100";
    public const string FoodPlanCompletion = "food.inspections_done / food.inspections_planned * 100";
    public const string FoodTwoYearCoverage = "food.businesses_full_inspected_2y / food.businesses_active * 100";
    public const string TransparentKitchens = "food.school_canteens_transparent / food.school_canteens * 100";
    public const string FoodRapidTests = "food.rapid_tests";
    public const string FoodRapidPositiveRate = "food.rapid_positive / food.rapid_tests * 100";
    public const string FoodFuseTriggers = "food.fuse_triggers";
    public const string FoodTraceCoverage = "food.trace_batches_complete / food.trace_batches * 100";
    public const string FoodRapidPassRate = "(food.rapid_tests - food.rapid_positive) / food.rapid_tests * 100";
    public const string FoodRecallsOnTime = "food.recalls_on_time / food.recalls_due * 100";
    public const string SequipRegistration = "sequip.registered / sequip.equipment * 100";
    public const string SequipInspectionOnTime = "sequip.inspections_on_time / sequip.inspections_due * 100";
    public const string SequipMaintenanceOnTime = "sequip.maintenance_on_time / sequip.maintenance_due * 100";
    public const string SequipRescueOnTime = "sequip.rescue_on_time / sequip.rescue_calls * 100";
    public const string SequipHazardsRectified = "sequip.hazards_closed / sequip.hazards_found * 100";
    public const string SequipDeathRate = "sequip.accident_deaths / sequip.equipment * 10000";
    public const string SequipElevatorInsurance = "sequip.elevators_insured / sequip.elevators * 100";
    public const string SequipMajorAccidents = "sequip.accidents_major";
    public const string PqPassRate = "pq.samples_passed / pq.samples * 100";
    public const string PqManufacturingPassRate = "pq.samples_manufacturing_passed / pq.samples_manufacturing * 100";
    public const string PqConsumerPassRate = "pq.samples_consumer_passed / pq.samples_consumer * 100";
    public const string PqCategoryCoverage = "pq.categories_checked / pq.catalogue_categories * 100";
    public const string PqCategoriesChecked = "pq.categories_checked";
    public const string PqFollowUpOnTime = "pq.followups_on_time / pq.followups_due * 100";
    public const string PqRecallCompletion = "pq.recall_units_recalled / pq.recall_units_affected * 100";
    public const string PqLicenceCoverage = "pq.licences_checked / pq.licences_valid * 100";
    public const string PqCccPassRate = "pq.ccc_checks_passed / pq.ccc_checks * 100";
    public const string DrugsGridCoverage = "drugs.pharmacies_gridded / drugs.grid_pharmacies_active * 100";
    public const string DrugsPharmacistOnDuty = "drugs.pharmacist_on_duty / drugs.pharmacist_checks * 100";
    public const string DrugsAdrPerMillion = "drugs.adr_reports / population * 1000000";
    public const string DrugsSelfReportsOnTime = "drugs.self_reports_on_time / drugs.self_reports_due * 100";
    public const string DrugsInspectionCoverage = "drugs.businesses_inspected / drugs.businesses_supervised * 100";
    public const string MetroVerified = "metro.instruments_verified / metro.instruments_due * 100";
    public const string MetroReplacements = "metro.replacements_done / metro.replacements_due * 100";
    public const string MetroChecksPassed = "metro.checks_passed / metro.checks * 100";
    public const string PricesMarkedPassed = "prices.inspections_passed / prices.inspections * 100";
    public const string PricesPointCoverage = "prices.counties_covered / prices.counties * 100";
    public const string PricesFeeRefunds = "prices.fee_refund_made";
    public const string PricesFeeCoverage = "prices.fee_items_checked / prices.fee_items * 100";

    public static readonly IReadOnlyList<StandardIndicator> All =
    [
        new("市场主体总量", "户", EntitiesTotal, Accumulation.PointInTime, Comparator.AtLeast, null, "期末在业的市场主体户数"),
        new("每千人拥有市场主体数", "户/千人", "entities.active / population * 1000", Accumulation.PointInTime, Comparator.AtLeast, null, "期末在业市场主体 ÷ 常住人口 × 1000"),
        new("每千人拥有企业数", "户/千人", "entities.enterprises_active / population * 1000", Accumulation.PointInTime, Comparator.AtLeast, null, "期末在业企业 ÷ 常住人口 × 1000"),
        new("企业开办时间", "工作日", StartupTime, Accumulation.YearToDate, Comparator.AtMost, 1m, "新设企业从申请受理到营业执照发放的平均工作日"),
        new("企业平均登记注册时间", "工作日", RegistrationTime, Accumulation.YearToDate, Comparator.AtMost, 1m, "新设企业从申请受理到核准登记（成立日期）的平均工作日"),
        new("新设企业网上登记率", "%", OnlineRate, Accumulation.YearToDate, Comparator.AtLeast, 90m, "网上登记的新设企业 ÷ 记录了登记渠道的新设企业"),
        new("企业名称网上自主申报率", "%", NameRate, Accumulation.YearToDate, Comparator.Equal, 100m, "名称网上自主申报的新设企业 ÷ 记录了申报方式的新设企业"),
        new("企业年报率", "%", AnnualReportRate, Accumulation.PointInTime, Comparator.AtLeast, 98m, "已报送上年度年报的企业 ÷ 应报企业"),
        new("双随机抽查覆盖市场主体比例", "%", Coverage, Accumulation.YearToDate, Comparator.AtLeast, 3m, "年内被双随机抽查的主体 ÷ 期末在业市场主体"),
        new("部门联合抽查占比", "%", JointShare, Accumulation.YearToDate, Comparator.AtLeast, 30m, "部门联合抽查任务 ÷ 全部双随机抽查任务"),
        new("信用风险分类抽查占比", "%", RiskShare, Accumulation.YearToDate, Comparator.AtLeast, 50m, "按信用风险分类抽取的任务 ÷ 全部双随机抽查任务"),
        new("抽查计划、事项、清单、结果公示率", "%", InspectionPublication, Accumulation.YearToDate, Comparator.Equal, 100m, "按时公示的计划、事项、清单、结果 ÷ 应公示的"),
        new("消费投诉按期办结率", "%", ConsumerOnTime, Accumulation.YearToDate, Comparator.AtLeast, 99.8m, "按期办结的消费投诉 ÷ 办结的消费投诉"),
        new("投诉举报按时办结率", "%", FilingsOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "按时办结的投诉举报 ÷ 办结的投诉举报"),
        new("投诉举报24小时回应率", "%", Response24h, Accumulation.YearToDate, Comparator.Equal, 100m, "24小时内回应的投诉举报 ÷ 应回应的投诉举报"),
        new("行政执法全过程记录登记率", "%", RecordRate, Accumulation.YearToDate, Comparator.Equal, 100m, "全过程记录完整的结案案件 ÷ 结案案件"),
        new("行政处罚信息按时公示率", "%", PenaltyPublication, Accumulation.YearToDate, Comparator.Equal, 100m, "按时公示的行政处罚信息 ÷ 应公示的"),
        new("重大执法决定法制审核率", "%", LegalReview, Accumulation.YearToDate, Comparator.Equal, 100m, "经法制审核的重大执法决定 ÷ 重大执法决定"),
        new("食品安全抽检量", "批次/千人", FoodSamplingPerThousand, Accumulation.YearToDate, Comparator.AtLeast, 5m, "年内食品抽检批次 ÷ 常住人口 × 1000"),
        new("食品抽检合格率", "%", FoodSamplingPassRate, Accumulation.YearToDate, Comparator.AtLeast, 98m, "年内出具最终结论的抽检批次中合格的 ÷ 出具最终结论的批次"),
        new("食品评价性抽检合格率", "%", FoodEvaluationPassRate, Accumulation.YearToDate, Comparator.AtLeast, 98.5m, "评价性抽检合格批次 ÷ 评价性抽检出具最终结论的批次"),
        new("不合格食品核查处置按期完成率", "%", FoodDisposalOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "期限内完成的核查处置 ÷ 期限届满（或已完成）的核查处置"),
        new("食品生产经营者风险分级覆盖率", "%", FoodGradingCoverage, Accumulation.PointInTime, Comparator.Equal, 100m, "已评定风险等级的在营食品生产经营者 ÷ 在营食品生产经营者"),
        new("食品监督检查计划完成率", "%", FoodPlanCompletion, Accumulation.YearToDate, Comparator.Equal, 100m, "已完成的计划检查户次 ÷ 计划检查户次"),
        new("食品生产经营者两年监督检查全覆盖率", "%", FoodTwoYearCoverage, Accumulation.PointInTime, Comparator.Equal, 100m, "近两年内接受过全项目监督检查的在营食品生产经营者 ÷ 在营食品生产经营者"),
        new("学校食堂“明厨亮灶”覆盖率", "%", TransparentKitchens, Accumulation.PointInTime, Comparator.Equal, 100m, "实现明厨亮灶的学校、托幼机构食堂 ÷ 学校、托幼机构食堂"),
        new("食用农产品快检量", "批次", FoodRapidTests, Accumulation.YearToDate, Comparator.AtLeast, null, "年内农贸市场、商超、食堂报送的快检批次"),
        new("快检阳性率", "%", FoodRapidPositiveRate, Accumulation.YearToDate, Comparator.AtMost, 2m, "年内快检阳性批次 ÷ 快检批次（复检阴性的不计）"),
        new("熔断次数", "次", FoodFuseTriggers, Accumulation.YearToDate, Comparator.AtMost, null, "年内对多批次不合格的供货者启动熔断（暂停入市）的次数"),
        new("食品追溯覆盖率", "%", FoodTraceCoverage, Accumulation.YearToDate, Comparator.AtLeast, 90m, "年内首次出现的追溯批次中追溯链完整（可上溯至生产或进口收货）的 ÷ 追溯批次"),
        new("食品召回按期完成率", "%", FoodRecallsOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "期限内完成的食品召回 ÷ 完成期限届满（或已完成）的食品召回"),
        new("特种设备使用登记率", "%", SequipRegistration, Accumulation.PointInTime, Comparator.Equal, 100m, "期末已办理使用登记的在用特种设备 ÷ 在用特种设备"),
        new("特种设备定期检验率", "%", SequipInspectionOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "年内到期的定期检验（含电梯自行检测）中按期完成的 ÷ 年内到期的"),
        new("电梯维保按期率", "%", SequipMaintenanceOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "年内在用电梯应完成的维护保养周期中按期完成的 ÷ 应完成的周期"),
        new("96333 救援到场及时率", "%", SequipRescueOnTime, Accumulation.YearToDate, Comparator.AtLeast, 95m, "年内 96333 困人救援工单中在时限内到场的 ÷ 工单数（城区 30 分钟、其他地区 60 分钟，规则可配置）"),
        new("特种设备隐患整改率", "%", SequipHazardsRectified, Accumulation.YearToDate, Comparator.Equal, 100m, "年内复查通过销号的隐患 ÷ 年内发现的隐患（按期销号数另见“按期整改销号的隐患数”）"),
        new("万台特种设备死亡率", "人/万台", SequipDeathRate, Accumulation.YearToDate, Comparator.AtMost, 0.06m, "年内特种设备事故死亡人数 ÷ 期末在用特种设备万台"),
        new("电梯责任保险投保率", "%", SequipElevatorInsurance, Accumulation.PointInTime, Comparator.Equal, 100m, "期末在保险期内的在用电梯 ÷ 在用电梯"),
        new("特种设备重特大安全责任事故", "起", SequipMajorAccidents, Accumulation.YearToDate, Comparator.Equal, 0m, "年内重大、特别重大特种设备事故起数"),
        new("产品质量监督抽查合格率", "%", PqPassRate, Accumulation.YearToDate, Comparator.AtLeast, null, "年内本级监督抽查检验结论合格的批次 ÷ 抽查批次（复检改判的按复检结论）"),
        new("制造业产品质量合格率", "%", PqManufacturingPassRate, Accumulation.YearToDate, Comparator.AtLeast, 94m, "年内工业品（制造业）监督抽查合格批次 ÷ 抽查批次（官方统计为加权抽样调查，此为监督抽查近似值）"),
        new("消费品监督抽查合格率", "%", PqConsumerPassRate, Accumulation.YearToDate, Comparator.AtLeast, null, "年内消费品监督抽查合格批次 ÷ 抽查批次"),
        new("重点产品抽查覆盖率", "%", PqCategoryCoverage, Accumulation.YearToDate, Comparator.Equal, 100m, "年内至少抽查一批的重点产品类别 ÷ 重点产品目录类别数"),
        new("不合格产品后处理按期完成率", "%", PqFollowUpOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "年内到期的后处理步骤（责令整改、复查、再次复查）中按期完成的 ÷ 到期的步骤"),
        new("缺陷产品召回完成率", "%", PqRecallCompletion, Accumulation.YearToDate, Comparator.AtLeast, null, "年内结束的召回已召回数量 ÷ 涉及数量"),
        new("工业产品生产许可证后监管覆盖率", "%", PqLicenceCoverage, Accumulation.YearToDate, Comparator.Equal, 100m, "年内至少接受一次证后检查的有效许可证 ÷ 有效许可证"),
        new("CCC 标志检查合格率", "%", PqCccPassRate, Accumulation.YearToDate, Comparator.AtLeast, null, "年内市场上 CCC 标志检查合格的 ÷ 检查数"),
        new("零售药店网格化监管覆盖率", "%", DrugsGridCoverage, Accumulation.PointInTime, Comparator.Equal, 100m, "期末纳入网格并有责任监管人员的在营零售药店（含连锁门店） ÷ 在营零售药店"),
        new("执业药师在岗率", "%", DrugsPharmacistOnDuty, Accumulation.YearToDate, Comparator.AtLeast, null, "年内执业药师在岗检查中在岗的次数 ÷ 检查次数"),
        new("药品不良反应报告数", "份/百万人", DrugsAdrPerMillion, Accumulation.YearToDate, Comparator.AtLeast, null, "年内收到的药品不良反应、医疗器械不良事件和化妆品不良反应报告 ÷ 常住人口 × 100 万"),
        new("医疗器械经营企业自查报告按期率", "%", DrugsSelfReportsOnTime, Accumulation.YearToDate, Comparator.Equal, 100m, "3 月 31 日前报送上年度自查报告的医疗器械经营企业 ÷ 应报送的企业"),
        new("药械化经营企业检查覆盖率", "%", DrugsInspectionCoverage, Accumulation.YearToDate, Comparator.Equal, 100m, "年内至少检查一次的在营零售药店、医疗器械和化妆品经营企业 ÷ 应检查的企业"),
        new("强检计量器具受检率", "%", MetroVerified, Accumulation.YearToDate, Comparator.Equal, 100m, "年内到期的强制检定计量器具中按期检定的 ÷ 年内到期的"),
        new("到期表具轮换率", "%", MetroReplacements, Accumulation.YearToDate, Comparator.Equal, 100m, "年内使用期限届满的限期使用计量器具（水表、燃气表等）中已轮换的 ÷ 届满的"),
        new("民生计量检查合格率", "%", MetroChecksPassed, Accumulation.YearToDate, Comparator.AtLeast, null, "年内集贸市场、加油站、医疗机构民生计量检查合格的 ÷ 检查数"),
        new("明码标价检查合格率", "%", PricesMarkedPassed, Accumulation.YearToDate, Comparator.AtLeast, null, "年内明码标价和价格欺诈检查中全部项目合格的 ÷ 检查数"),
        new("价格监测点覆盖率", "%", PricesPointCoverage, Accumulation.Month, Comparator.Equal, 100m, "当月有价格监测点报价的县级行政区划 ÷ 县级行政区划"),
        new("价格一级预警次数", "次", "prices.warnings_l1", Accumulation.YearToDate, Comparator.AtMost, null, "年内一级价格预警条数（县、市两级均价分别判断）"),
        new("价格二级预警次数", "次", "prices.warnings_l2", Accumulation.YearToDate, Comparator.AtMost, null, "年内二级价格预警条数"),
        new("价格三级预警次数", "次", "prices.warnings_l3", Accumulation.YearToDate, Comparator.AtMost, null, "年内三级价格预警条数"),
        new("涉企违规收费清退金额", "元", PricesFeeRefunds, Accumulation.YearToDate, Comparator.AtLeast, null, "年内已向企业清退的违规收费金额"),
        new("涉企收费监管覆盖率", "%", PricesFeeCoverage, Accumulation.YearToDate, Comparator.AtLeast, null, "年内经核查（投诉核查或监督检查）的涉企收费目录清单项目 ÷ 在册项目"),
    ];

    /// <summary>The manual indicators of the standard set (until a module computes them): name, unit, comparator, target.</summary>
    private static readonly (string Name, string Unit, Comparator Comparator, decimal Target, string DataNeeded)[] Manual =
    [
        ("每万人口高价值发明专利拥有量", "件/万人", Comparator.AtLeast, 12m, "知识产权部门数据（知识产权科填报）"),
        ("公平竞争环境社会满意率", "%", Comparator.AtLeast, 95m, "第三方社会调查结果（综合科填报）"),
    ];

    /// <summary>The standard monitoring set as plan indicators (ZJ01 …).</summary>
    public static List<PlanIndicator> Build()
    {
        var list = new List<PlanIndicator>();
        void Add(string name, string unit, Comparator comparator, decimal? target, Accumulation accumulation, string? formula, string category,
            string quote, string dataNeeded) => list.Add(new PlanIndicator
            {
                Order = list.Count + 1,
                Code = $"ZJ{list.Count + 1:00}",
                Name = name,
                Category = category,
                Unit = unit,
                Comparator = comparator,
                Direction = IndicatorRules.DefaultDirection(comparator, target),
                TargetYear = target is null ? null : "2030",
                TargetValue = target,
                TargetText = target?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Accumulation = accumulation,
                Formula = formula,
                WarningMargin = IndicatorRules.DefaultMargin(unit, target),
                Quote = quote,
                Section = "智监标准监测指标",
                DataNeeded = dataNeeded,
            });

        foreach (var s in All) Add(s.Name, s.Unit, s.Comparator, s.Target, s.Accumulation, s.Formula, "运行监测", s.Explanation, "");
        foreach (var m in Manual) Add(m.Name, m.Unit, m.Comparator, m.Target, Accumulation.YearToDate, null, "手工填报", "各地规划的通行目标值", m.DataNeeded);
        return list;
    }

    /// <summary>The formula a seed indicator gets (by its name in the plan and its unit), or null = manual.</summary>
    public static (string Formula, Accumulation Accumulation)? ForSeed(string name, string unit)
    {
        string? f = name switch
        {
            "企业开办时间" or "一般企业开办时间" => StartupTime,
            "企业平均登记注册时间" => RegistrationTime,
            "全省市场主体总量" or "市场主体总量" => unit == "万户" ? EntitiesTotal + " / 10000" : EntitiesTotal,
            "每千人拥有企业数" => "entities.enterprises_active / population * 1000",
            "部门联合“双随机、一公开”抽查占比" => JointShare,
            "信用风险分类抽查占比" => RiskShare,
            "消费投诉按期办结率" => ConsumerOnTime,
            "新设企业网上登记率" => OnlineRate,
            "企业名称网上自主申报率" => NameRate,
            "企业年报率" => AnnualReportRate,
            "“双随机”抽查覆盖市场主体比例" => Coverage,
            "抽查计划、事项、清单、抽查结果公示率" => InspectionPublication,
            "消费者投诉举报按时办结率" => FilingsOnTime,
            "行政执法全过程记录登记率" => RecordRate,
            "应当依法公开的执法信息及时主动公开率" => PenaltyPublication,
            "重大行政执法决定法制审核率" => LegalReview,
            "食品抽检合格率" => FoodSamplingPassRate,
            "食品评价性抽检合格率" => FoodEvaluationPassRate,
            "食品抽检量" or "食品安全抽样检验量" or "农产品和食品检验量" => unit.StartsWith("批次/千人", StringComparison.Ordinal) || unit.StartsWith("份/千人", StringComparison.Ordinal)
                ? FoodSamplingPerThousand : null,
            "食品安全监督抽检" or "全区年食品检验量" => "food.sampling_batches",
            "食用农产品监测合格率" => FoodRapidPassRate,
            "特种设备定期检验率(应检尽检)" or "特种设备定检率" => SequipInspectionOnTime,
            "特种设备登记率" => SequipRegistration,
            "电梯责任保险投保率" => SequipElevatorInsurance,
            "万台特种设备死亡率" => SequipDeathRate,
            "特种设备重特大安全责任事故" => SequipMajorAccidents,
            "制造业产品质量合格率" => PqManufacturingPassRate,
            "每年监督抽查产品种类" => PqCategoriesChecked,
            "学校食堂“互联网+明厨亮灶”覆盖率" or "列入明厨亮灶的学校(幼儿园)食堂“互联网+明厨亮灶”覆盖率(178间)" => TransparentKitchens,
            _ => null,
        };
        if (f is null) return null;
        var pointInTime = f.StartsWith(EntitiesTotal, StringComparison.Ordinal) || f.StartsWith("entities.enterprises_active", StringComparison.Ordinal)
            || f == AnnualReportRate || f == TransparentKitchens || f == SequipRegistration || f == SequipElevatorInsurance || f == DrugsGridCoverage;
        return (f, pointInTime ? Accumulation.PointInTime : Accumulation.YearToDate);
    }
}
