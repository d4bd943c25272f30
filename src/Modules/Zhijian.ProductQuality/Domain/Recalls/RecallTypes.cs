namespace Zhijian.ProductQuality.Domain.Recalls;

/// <summary>产品类别: which recall regime applies (《消费品召回管理暂行规定》 or 《缺陷汽车产品召回管理条例》); it drives the deadlines.</summary>
internal enum ProductKind
{
    /// <summary>消费品</summary>
    Consumer = 1,

    /// <summary>汽车</summary>
    Car = 2,
}

/// <summary>缺陷报告的事由.</summary>
internal enum IncidentType
{
    /// <summary>死亡</summary>
    Death = 1,

    /// <summary>严重人身伤害</summary>
    SeriousInjury = 2,

    /// <summary>重大财产损失</summary>
    PropertyLoss = 3,

    /// <summary>境外召回</summary>
    OverseasRecall = 4,

    /// <summary>其他缺陷信息</summary>
    Other = 5,
}

/// <summary>缺陷报告的办理状态.</summary>
internal enum DefectReportStatus
{
    /// <summary>已接收</summary>
    Received = 1,

    /// <summary>已立案调查</summary>
    Investigating = 2,

    /// <summary>已办结（无需调查或已转入召回）</summary>
    Closed = 3,
}

/// <summary>缺陷调查: 调查中 → 存在缺陷 / 不存在缺陷; cars: 生产者异议 → 异议成立 / 异议不成立.</summary>
internal enum InvestigationStatus
{
    /// <summary>调查中</summary>
    Open = 1,

    /// <summary>结论：存在缺陷</summary>
    DefectFound = 2,

    /// <summary>结论：不存在缺陷</summary>
    NoDefect = 3,

    /// <summary>生产者已提出异议，待决定</summary>
    Objected = 4,

    /// <summary>已转入召回</summary>
    Recalled = 5,
}

/// <summary>调查措施.</summary>
internal enum InvestigationStepKind
{
    /// <summary>约谈</summary>
    Interview = 1,

    /// <summary>技术检测</summary>
    Testing = 2,

    /// <summary>专家论证</summary>
    ExpertReview = 3,

    /// <summary>现场调查</summary>
    SiteVisit = 4,
}

/// <summary>召回方式.</summary>
internal enum RecallMode
{
    /// <summary>主动召回</summary>
    Voluntary = 1,

    /// <summary>责令召回</summary>
    Ordered = 2,
}

/// <summary>召回进度: 待提交召回计划 → 召回计划已备案（待公告）→ 召回实施中 → 已提交总结报告; 拒不召回 ends an ordered recall.</summary>
internal enum RecallStatus
{
    /// <summary>待提交召回计划</summary>
    Opened = 1,

    /// <summary>召回计划已备案，待发布召回公告</summary>
    PlanFiled = 2,

    /// <summary>召回实施中</summary>
    InProgress = 3,

    /// <summary>已提交总结报告，召回结束</summary>
    Completed = 4,

    /// <summary>拒不召回（已移送案件线索）</summary>
    Refused = 5,
}

/// <summary>召回措施 (more than one may apply).</summary>
[Flags]
internal enum RecallMeasures
{
    None = 0,

    /// <summary>修理</summary>
    Repair = 1,

    /// <summary>更换</summary>
    Replace = 2,

    /// <summary>退货</summary>
    Refund = 4,

    /// <summary>补充或修正警示标识</summary>
    Warning = 8,
}

/// <summary>Chinese names of the recall enums.</summary>
internal static class RecallNames
{
    public static string Of(ProductKind k) => k switch
    {
        ProductKind.Consumer => "消费品",
        ProductKind.Car => "汽车",
        _ => "?",
    };

    public static string Of(IncidentType t) => t switch
    {
        IncidentType.Death => "死亡",
        IncidentType.SeriousInjury => "严重人身伤害",
        IncidentType.PropertyLoss => "重大财产损失",
        IncidentType.OverseasRecall => "境外召回",
        IncidentType.Other => "其他缺陷信息",
        _ => "?",
    };

    public static string Of(DefectReportStatus s) => s switch
    {
        DefectReportStatus.Received => "已接收",
        DefectReportStatus.Investigating => "调查中",
        DefectReportStatus.Closed => "已办结",
        _ => "?",
    };

    public static string Of(InvestigationStatus s) => s switch
    {
        InvestigationStatus.Open => "调查中",
        InvestigationStatus.DefectFound => "存在缺陷",
        InvestigationStatus.NoDefect => "不存在缺陷",
        InvestigationStatus.Objected => "生产者异议待决定",
        InvestigationStatus.Recalled => "已转入召回",
        _ => "?",
    };

    public static string Of(InvestigationStepKind k) => k switch
    {
        InvestigationStepKind.Interview => "约谈",
        InvestigationStepKind.Testing => "技术检测",
        InvestigationStepKind.ExpertReview => "专家论证",
        InvestigationStepKind.SiteVisit => "现场调查",
        _ => "?",
    };

    public static string Of(RecallMode m) => m switch
    {
        RecallMode.Voluntary => "主动召回",
        RecallMode.Ordered => "责令召回",
        _ => "?",
    };

    public static string Of(RecallStatus s) => s switch
    {
        RecallStatus.Opened => "待提交召回计划",
        RecallStatus.PlanFiled => "计划已备案，待公告",
        RecallStatus.InProgress => "召回实施中",
        RecallStatus.Completed => "召回结束（已提交总结报告）",
        RecallStatus.Refused => "拒不召回",
        _ => "?",
    };

    /// <summary>The measures in words, joined by "、" ("—" when none).</summary>
    public static string Of(RecallMeasures m)
    {
        var parts = new List<string>();
        if (m.HasFlag(RecallMeasures.Repair)) parts.Add("修理");
        if (m.HasFlag(RecallMeasures.Replace)) parts.Add("更换");
        if (m.HasFlag(RecallMeasures.Refund)) parts.Add("退货");
        if (m.HasFlag(RecallMeasures.Warning)) parts.Add("补充或修正警示标识");
        return parts.Count == 0 ? "—" : string.Join("、", parts);
    }
}
