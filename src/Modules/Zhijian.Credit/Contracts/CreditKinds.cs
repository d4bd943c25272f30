namespace Zhijian.Credit.Contracts;

/// <summary>信用记录类别 (涉企信息归集).</summary>
public enum CreditRecordKind
{
    /// <summary>行政许可</summary>
    Licensing = 1,

    /// <summary>行政处罚</summary>
    Penalty = 2,

    /// <summary>抽查检查结果</summary>
    InspectionResult = 3,

    /// <summary>抽检不合格</summary>
    SamplingFailure = 4,

    /// <summary>列入经营异常名录（他部门推送）</summary>
    AbnormalListing = 5,

    /// <summary>列入严重违法失信名单（他部门推送）</summary>
    SeriousListing = 6,

    /// <summary>司法协助</summary>
    JudicialAssistance = 7,

    /// <summary>股权出质</summary>
    EquityPledge = 8,

    /// <summary>知识产权出质</summary>
    IpPledge = 9,

    /// <summary>投诉（被投诉且查实）</summary>
    Complaint = 10,

    /// <summary>表彰荣誉</summary>
    Commendation = 11,

    /// <summary>其他</summary>
    Other = 99,
}

/// <summary>监管领域: food, drugs and special equipment carry the longer minimum disclosure before repair.</summary>
public enum CreditField
{
    /// <summary>一般</summary>
    General = 0,

    /// <summary>食品</summary>
    Food = 1,

    /// <summary>药品、医疗器械、化妆品</summary>
    Drug = 2,

    /// <summary>特种设备</summary>
    SpecialEquipment = 3,

    /// <summary>产品质量</summary>
    ProductQuality = 4,
}

/// <summary>名单.</summary>
public enum CreditList
{
    /// <summary>经营异常名录（企业、农民专业合作社）</summary>
    Abnormal = 1,

    /// <summary>经营异常状态（个体工商户：标记，不列入名录）</summary>
    AbnormalMark = 2,

    /// <summary>严重违法失信名单</summary>
    Serious = 3,
}

/// <summary>列入事由.</summary>
public enum ListingGround
{
    /// <summary>未按规定期限公示年度报告</summary>
    AnnualReportMissing = 1,

    /// <summary>未在责令期限内公示有关企业信息</summary>
    InformationNotPublished = 2,

    /// <summary>公示企业信息隐瞒真实情况、弄虚作假</summary>
    FalseInformation = 3,

    /// <summary>通过登记的住所或者经营场所无法联系</summary>
    Unreachable = 4,

    /// <summary>列入经营异常名录届满3年仍未履行相关义务</summary>
    AbnormalThreeYears = 10,

    /// <summary>食品、药品、特种设备、产品质量等领域严重违法行为</summary>
    SeriousViolation = 11,
}

/// <summary>名单状态.</summary>
public enum ListingStatus
{
    /// <summary>拟列入（待科室负责人确认）</summary>
    Proposed = 0,

    /// <summary>列入中</summary>
    Listed = 1,

    /// <summary>已移出</summary>
    Removed = 2,

    /// <summary>期满自动移出</summary>
    Expired = 3,

    /// <summary>拟列入被否决</summary>
    Rejected = 4,
}

/// <summary>企业信用风险分类 (SAMR 2022): A 低, B 一般, C 较高, D 高.</summary>
public enum RiskClass
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

/// <summary>信用修复申请状态.</summary>
public enum RepairStatus
{
    /// <summary>已提交，待受理</summary>
    Submitted = 0,

    /// <summary>已受理，核实中</summary>
    Accepted = 1,

    /// <summary>不予受理</summary>
    NotAccepted = 2,

    /// <summary>准予修复（待办理）</summary>
    Approved = 3,

    /// <summary>不予修复</summary>
    Denied = 4,

    /// <summary>修复完成</summary>
    Done = 5,
}

public static class CreditNames
{
    /// <summary>
    /// Where a record came from, as a clerk says it: the demo generator and this bureau's own modules by name ("演示数据",
    /// "本局双随机抽查"), their internal keys left to the tooltip (<see cref="SourceKey"/>); another department's system
    /// keeps the name and number it sent.
    /// </summary>
    public static string SourceOf(string system, string? sourceId) => system switch
    {
        "demo" => "演示数据",
        "cases" => "本局行政执法办案",
        "zhijian-inspections" => "本局双随机抽查",
        "zhijian-complaints" => "本局投诉举报",
        _ => string.IsNullOrEmpty(sourceId) ? system : $"{system} / {sourceId}",
    };

    /// <summary>The source system and its record number, for a tooltip.</summary>
    public static string SourceKey(string system, string? sourceId) => $"来源系统 {system}，编号 {sourceId}";

    public static string Of(CreditRecordKind kind) => kind switch
    {
        CreditRecordKind.Licensing => "行政许可",
        CreditRecordKind.Penalty => "行政处罚",
        CreditRecordKind.InspectionResult => "抽查检查结果",
        CreditRecordKind.SamplingFailure => "抽检不合格",
        CreditRecordKind.AbnormalListing => "经营异常",
        CreditRecordKind.SeriousListing => "严重违法失信",
        CreditRecordKind.JudicialAssistance => "司法协助",
        CreditRecordKind.EquityPledge => "股权出质",
        CreditRecordKind.IpPledge => "知识产权出质",
        CreditRecordKind.Complaint => "投诉",
        CreditRecordKind.Commendation => "表彰荣誉",
        _ => "其他",
    };

    public static string Of(CreditList list) => list switch
    {
        CreditList.Abnormal => "经营异常名录",
        CreditList.AbnormalMark => "经营异常状态",
        _ => "严重违法失信名单",
    };

    public static string Of(ListingGround ground) => ground switch
    {
        ListingGround.AnnualReportMissing => "未按照规定的期限公示年度报告",
        ListingGround.InformationNotPublished => "未在市场监督管理部门依照规定责令的期限内公示有关企业信息",
        ListingGround.FalseInformation => "公示企业信息隐瞒真实情况、弄虚作假",
        ListingGround.Unreachable => "通过登记的住所或者经营场所无法联系",
        ListingGround.AbnormalThreeYears => "被列入经营异常名录届满3年仍未履行相关义务",
        _ => "实施严重违法行为，情节严重",
    };

    public static string Of(ListingStatus status) => status switch
    {
        ListingStatus.Proposed => "拟列入",
        ListingStatus.Listed => "列入中",
        ListingStatus.Removed => "已移出",
        ListingStatus.Expired => "期满移出",
        _ => "不予列入",
    };

    public static string Of(CreditField field) => field switch
    {
        CreditField.Food => "食品",
        CreditField.Drug => "药品医疗器械化妆品",
        CreditField.SpecialEquipment => "特种设备",
        CreditField.ProductQuality => "产品质量",
        _ => "一般",
    };
}
