namespace Zhijian.FoodSafety.Domain.Recalls;

/// <summary>召回级别 (《食品召回管理办法》): the names stay across the 2015 rule and the 2026 revision; the meaning is stored per rule version.</summary>
internal enum RecallLevel
{
    /// <summary>一级召回</summary>
    First = 1,

    /// <summary>二级召回</summary>
    Second = 2,

    /// <summary>三级召回</summary>
    Third = 3,
}

/// <summary>召回方式.</summary>
internal enum RecallKind
{
    /// <summary>主动召回 (the producer recalls on its own)</summary>
    Voluntary = 1,

    /// <summary>责令召回 (ordered by the bureau; also a 案件线索)</summary>
    Ordered = 2,
}

/// <summary>召回进度: 已启动 → 已报告召回计划 → 已发布召回公告（实施中）→ 已提交总结报告 → 已完成（待评估）→ 达到召回要求 (未达到: back to 实施中, 责令重新召回).</summary>
internal enum RecallStatus
{
    /// <summary>已登记（待报告召回计划）</summary>
    Opened = 1,

    /// <summary>已报告召回计划</summary>
    Planned = 2,

    /// <summary>已发布召回公告，召回实施中</summary>
    Announced = 3,

    /// <summary>已提交总结报告</summary>
    Summarised = 4,

    /// <summary>召回完成，待评估</summary>
    Completed = 5,

    /// <summary>经评估达到召回要求</summary>
    Closed = 6,
}

/// <summary>召回食品的处置方式 (食品安全法第63条).</summary>
internal enum DisposalMethod
{
    /// <summary>销毁</summary>
    Destroy = 1,

    /// <summary>无害化处理</summary>
    Harmless = 2,

    /// <summary>补正标签、标志（仅限三级召回中标签、标志问题，不影响食品安全，可继续销售并告知）</summary>
    LabelCorrection = 3,
}

/// <summary>召回范围中一个下游单位的进度.</summary>
internal enum ScopeLineStatus
{
    /// <summary>待通知</summary>
    Pending = 1,

    /// <summary>已通知停售</summary>
    Notified = 2,

    /// <summary>召回中</summary>
    Recalling = 3,

    /// <summary>已召回完毕</summary>
    Done = 4,

    /// <summary>已无库存（已售罄或已消费）</summary>
    NoStock = 5,
}

/// <summary>Chinese names of the recall enums.</summary>
internal static class RecallNames
{
    public static string Of(RecallLevel l) => l switch
    {
        RecallLevel.First => "一级召回",
        RecallLevel.Second => "二级召回",
        RecallLevel.Third => "三级召回",
        _ => "?",
    };

    public static string Of(RecallKind k) => k switch
    {
        RecallKind.Voluntary => "主动召回",
        RecallKind.Ordered => "责令召回",
        _ => "?",
    };

    public static string Of(RecallStatus s) => s switch
    {
        RecallStatus.Opened => "待报告召回计划",
        RecallStatus.Planned => "已报告召回计划",
        RecallStatus.Announced => "召回实施中",
        RecallStatus.Summarised => "已提交总结报告",
        RecallStatus.Completed => "召回完成，待评估",
        RecallStatus.Closed => "达到召回要求",
        _ => "?",
    };

    public static string Of(DisposalMethod m) => m switch
    {
        DisposalMethod.Destroy => "销毁",
        DisposalMethod.Harmless => "无害化处理",
        DisposalMethod.LabelCorrection => "补正标签、标志",
        _ => "?",
    };

    public static string Of(ScopeLineStatus s) => s switch
    {
        ScopeLineStatus.Pending => "待通知",
        ScopeLineStatus.Notified => "已通知停售",
        ScopeLineStatus.Recalling => "召回中",
        ScopeLineStatus.Done => "已召回完毕",
        ScopeLineStatus.NoStock => "已无库存",
        _ => "?",
    };
}
