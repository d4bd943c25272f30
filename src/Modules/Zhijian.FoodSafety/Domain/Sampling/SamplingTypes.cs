namespace Zhijian.FoodSafety.Domain.Sampling;

/// <summary>抽检类型: the pass-rate indicators are split by it.</summary>
internal enum SamplingPurpose
{
    /// <summary>监督抽检</summary>
    Supervision = 1,

    /// <summary>评价性抽检</summary>
    Evaluation = 2,

    /// <summary>风险监测</summary>
    RiskMonitoring = 3,
}

/// <summary>任务来源层级.</summary>
internal enum SamplingLevel
{
    /// <summary>国家</summary>
    National = 1,

    /// <summary>省级</summary>
    Province = 2,

    /// <summary>市级</summary>
    City = 3,

    /// <summary>县级</summary>
    County = 4,
}

/// <summary>抽样环节.</summary>
internal enum SamplingPlace
{
    /// <summary>生产环节</summary>
    Production = 1,

    /// <summary>流通环节</summary>
    Circulation = 2,

    /// <summary>餐饮环节</summary>
    Catering = 3,

    /// <summary>网络（网络食品交易）</summary>
    Online = 4,
}

/// <summary>抽样单状态: 已抽样 → 已送检 → 检验中 → 已出结果 → 已告知 → (复检/异议) → 已完结.</summary>
internal enum SamplingStatus
{
    /// <summary>已抽样</summary>
    Sampled = 1,

    /// <summary>已送检 (样品送达检验机构)</summary>
    AtLab = 2,

    /// <summary>检验中</summary>
    Testing = 3,

    /// <summary>已出结果</summary>
    Reported = 4,

    /// <summary>已告知 (检验结果通知书已送达被抽样单位)</summary>
    Notified = 5,

    /// <summary>复检 / 异议处理中</summary>
    Review = 6,

    /// <summary>已完结</summary>
    Closed = 7,
}

/// <summary>复检 or 异议.</summary>
internal enum ReviewKind
{
    /// <summary>复检</summary>
    Retest = 1,

    /// <summary>异议</summary>
    Objection = 2,
}

/// <summary>复检 / 异议 progress.</summary>
internal enum ReviewStatus
{
    /// <summary>已申请，待受理</summary>
    Applied = 1,

    /// <summary>不予受理</summary>
    Refused = 2,

    /// <summary>已受理 (复检：已冻结复检机构名单并公布承诺值)</summary>
    Accepted = 3,

    /// <summary>已确定复检机构</summary>
    LabPicked = 4,

    /// <summary>已出复检结论 / 异议已作出处理决定</summary>
    Done = 5,
}

/// <summary>核查处置 checklist item kinds: the business's duties (S19) and the five points of DOMAIN.md §8.</summary>
internal enum DisposalStepKind
{
    /// <summary>企业义务</summary>
    Duty = 1,

    /// <summary>核查处置要点</summary>
    Point = 2,
}

/// <summary>Chinese names of the sampling enums.</summary>
internal static class SamplingNames
{
    public static string Of(SamplingPurpose p) => p switch
    {
        SamplingPurpose.Supervision => "监督抽检",
        SamplingPurpose.Evaluation => "评价性抽检",
        SamplingPurpose.RiskMonitoring => "风险监测",
        _ => "?",
    };

    public static string Of(SamplingLevel l) => l switch
    {
        SamplingLevel.National => "国家",
        SamplingLevel.Province => "省级",
        SamplingLevel.City => "市级",
        SamplingLevel.County => "县级",
        _ => "?",
    };

    public static string Of(SamplingPlace p) => p switch
    {
        SamplingPlace.Production => "生产环节",
        SamplingPlace.Circulation => "流通环节",
        SamplingPlace.Catering => "餐饮环节",
        SamplingPlace.Online => "网络",
        _ => "?",
    };

    public static string Of(SamplingStatus s) => s switch
    {
        SamplingStatus.Sampled => "已抽样",
        SamplingStatus.AtLab => "已送检",
        SamplingStatus.Testing => "检验中",
        SamplingStatus.Reported => "已出结果",
        SamplingStatus.Notified => "已告知",
        SamplingStatus.Review => "复检/异议中",
        SamplingStatus.Closed => "已完结",
        _ => "?",
    };

    public static string Of(ReviewKind k) => k == ReviewKind.Retest ? "复检" : "异议";

    public static string Of(ReviewStatus s) => s switch
    {
        ReviewStatus.Applied => "待受理",
        ReviewStatus.Refused => "不予受理",
        ReviewStatus.Accepted => "已受理",
        ReviewStatus.LabPicked => "已确定复检机构",
        ReviewStatus.Done => "已办结",
        _ => "?",
    };

    public static string Verdict(bool? pass) => pass switch { true => "合格", false => "不合格", null => "—" };
}
