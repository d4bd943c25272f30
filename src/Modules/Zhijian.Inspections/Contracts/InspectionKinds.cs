namespace Zhijian.Inspections.Contracts;

/// <summary>检查方式.</summary>
public enum InspectionMethod
{
    /// <summary>现场检查</summary>
    OnSite = 1,

    /// <summary>书面检查</summary>
    Documents = 2,

    /// <summary>网络监测</summary>
    Online = 3,
}

/// <summary>抽查结果类别 (抽查检查结果公示用语).</summary>
public enum ResultCategory
{
    /// <summary>未发现问题</summary>
    NoProblem = 1,

    /// <summary>发现问题已责令改正</summary>
    Corrected = 2,

    /// <summary>发现问题待后续处理</summary>
    FollowUp = 3,

    /// <summary>未按规定公示应当公示的信息</summary>
    NotPublished = 4,

    /// <summary>公示信息隐瞒真实情况、弄虚作假</summary>
    FalseInformation = 5,

    /// <summary>通过登记的住所（经营场所）无法联系</summary>
    Unreachable = 6,

    /// <summary>不配合检查，情节严重</summary>
    Uncooperative = 7,

    /// <summary>未发现开展本次抽查涉及的经营活动</summary>
    NoActivity = 8,

    /// <summary>已注销、被吊销营业执照或已迁出</summary>
    NotOperating = 9,
}

public static class InspectionNames
{
    public static string Of(InspectionMethod m) => m switch
    {
        InspectionMethod.OnSite => "现场检查",
        InspectionMethod.Documents => "书面检查",
        _ => "网络监测",
    };

    public static string Of(ResultCategory c) => c switch
    {
        ResultCategory.NoProblem => "未发现问题",
        ResultCategory.Corrected => "发现问题已责令改正",
        ResultCategory.FollowUp => "发现问题待后续处理",
        ResultCategory.NotPublished => "未按规定公示应当公示的信息",
        ResultCategory.FalseInformation => "公示信息隐瞒真实情况、弄虚作假",
        ResultCategory.Unreachable => "通过登记的住所（经营场所）无法联系",
        ResultCategory.Uncooperative => "不配合检查，情节严重",
        ResultCategory.NoActivity => "未发现开展本次抽查涉及的经营活动",
        _ => "已注销、被吊销营业执照或已迁出",
    };
}
