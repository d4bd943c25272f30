namespace Zhijian.SpecialEquipment.Domain.Safety;

/// <summary>隐患等级.</summary>
internal enum HazardGrade
{
    /// <summary>一般隐患</summary>
    General = 1,

    /// <summary>重大隐患（停用整改）</summary>
    Major = 2,
}

/// <summary>
/// 隐患闭环: 待整改 (found) → 整改中 (责令整改通知书 issued) → 已整改 (the user's rectification report, waiting for 复查) → 复查:
/// 通过 → 已销号; 不通过 → 整改中 again with a new deadline. 逾期 is not a state: 待整改/整改中 with the deadline passed.
/// </summary>
internal enum HazardStatus
{
    /// <summary>待整改</summary>
    Open = 0,

    /// <summary>整改中</summary>
    Rectifying = 1,

    /// <summary>已整改（待复查）</summary>
    Rectified = 2,

    /// <summary>已销号</summary>
    Closed = 3,
}

/// <summary>A kind of hazard; <see cref="Serious"/> forces 重大隐患.</summary>
internal sealed record HazardKind(string Code, string Name, bool Serious);

/// <summary>
/// 隐患类别 code table. The serious kinds (安全保护装置失效, 超期未检仍在使用, 无证使用, 承压部件严重缺陷, 制动器失效, 安全附件失效)
/// follow the 重大隐患 examples of the issue and of local 特种设备隐患排查治理 practice [C]; any other kind is 一般 unless the
/// inspector grades it 重大.
/// </summary>
internal static class HazardKinds
{
    public static readonly IReadOnlyList<HazardKind> All =
    [
        new("protection-failed", "安全保护装置失效", true),
        new("overdue-inspection", "超期未检仍在使用", true),
        new("unregistered", "无证使用（未办理使用登记）", true),
        new("pressure-defect", "承压部件严重缺陷", true),
        new("brake-failed", "制动器失效", true),
        new("safety-accessory-failed", "安全附件（安全阀、压力表、爆破片）失效", true),
        new("maintenance-lapse", "未按规定维护保养", false),
        new("self-check-missing", "未按规定进行自行检查", false),
        new("operator-uncertified", "作业人员未持证上岗", false),
        new("records-missing", "安全技术档案不全", false),
        new("sign-missing", "未悬挂使用标志、安全注意事项", false),
        new("emergency-missing", "应急救援装置、通讯不畅", false),
        new("other", "其他", false),
    ];

    private static readonly Dictionary<string, HazardKind> ByCode = All.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static HazardKind? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var k) ? k : null;

    public static string NameOf(string code) => Find(code)?.Name ?? code;
}

/// <summary>Where a hazard was found (the seam's sources).</summary>
internal static class HazardSources
{
    public const string Inspector = "inspector";
    public const string InspectionBody = "inspection-body";
    public const string Rescue = "rescue";
    public const string Maintenance = "maintenance";

    public static readonly IReadOnlyList<string> All = [Inspector, InspectionBody, Rescue, Maintenance];

    public static string NameOf(string? source) => source switch
    {
        Inspector => "监督检查",
        InspectionBody => "检验机构",
        Rescue => "96333 救援",
        Maintenance => "维保单位",
        _ => source ?? "",
    };
}

/// <summary>The Chinese words of the safety area's states.</summary>
internal static class SafetyNames
{
    public static string Of(HazardGrade g) => g == HazardGrade.Major ? "重大隐患" : "一般隐患";

    public static string Of(HazardStatus s) => s switch
    {
        HazardStatus.Open => "待整改",
        HazardStatus.Rectifying => "整改中",
        HazardStatus.Rectified => "已整改（待复查）",
        HazardStatus.Closed => "已销号",
        _ => s.ToString(),
    };

    public static string Of(AccidentStatus s) => s switch
    {
        AccidentStatus.Draft => "待核实",
        AccidentStatus.Reporting => "报告中",
        AccidentStatus.Closed => "已结案",
        AccidentStatus.Dismissed => "核实不属于事故",
        _ => s.ToString(),
    };
}
