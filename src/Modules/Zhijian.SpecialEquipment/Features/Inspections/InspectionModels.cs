using Zhijian.SpecialEquipment.Domain.Inspections;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>One due item of the schedule endpoint: month "yyyy-MM", kind, and the date of the inspection that satisfied it.</summary>
internal sealed record DueItemView(string Due, string Kind, string KindName, DateOnly? DoneOn);

/// <summary>新增检验机构: categories are the category digits (1 锅炉 … 9 客运索道).</summary>
internal sealed record SaveInspectionBody(string Name, string Uscc, string LicenceNo, IReadOnlyList<int>? Categories);

internal sealed record InspectionBodyView(long Id, string Name, string Uscc, string LicenceNo, IReadOnlyList<int> Categories, string CategoryNames, bool Active,
    int? ApiClientId, string? ApiClientName);

/// <summary>An API client created for an inspection body: its key is shown once.</summary>
internal sealed record InspectionBodyClientCreated(long BodyId, int ClientId, string ClientName, string Key);

/// <summary>A defect the body found; <paramref name="Hazard"/> marks it as a 事故隐患 (passed to the hazard register).</summary>
internal sealed record DefectInput(string Item, string Description, bool Hazard);

/// <summary>
/// 检验结果 as a body reports it. Kind: 定期检验, 监督检验, 自行检测, 年度检查, 耐压试验. Conclusion: 合格, 复检合格, 不合格 (年度检查:
/// 符合要求, 基本符合要求, 不符合要求). NextDue: the body's 下次检验日期. BodyId: only when an administrator enters it.
/// </summary>
internal sealed record PostInspection(string? Kind, DateOnly? Date, string? Conclusion, string? ReportNo, IReadOnlyList<DefectInput>? Defects,
    DateOnly? NextDue, bool MajorRepair = false, long? BodyId = null);

internal sealed record InspectionView(long Id, long EquipmentId, string EquipmentCode, string UserName, string DivisionCode, string Category, string Body,
    string Kind, DateOnly InspectedOn, string Conclusion, bool Passed, string ReportNo, int Defects, int Hazards, DateOnly? BodyNextDue,
    DateOnly? ComputedNextDue, string Mismatch, string Objection, DateOnly? ObjectionBy, string? ObjectionReason, string? ObjectionDecision);

/// <summary>使用单位异议 (registered by staff from the user's letter).</summary>
internal sealed record FileObjection(string? Reason, DateOnly? FiledOn);

/// <summary>科室负责人对异议的处理: upheld (成立) or not, with the reason.</summary>
internal sealed record DecideObjection(bool Upheld, string? Reason);

/// <summary>检验日期不一致的处理: "body" (采用检验机构日期) or "computed" (保留系统计算日期).</summary>
internal sealed record ResolveMismatch(string? Accept);

/// <summary>One stored schedule in the warning lists.</summary>
internal sealed record ScheduleRow(long EquipmentId, string Code, string Variety, string Category, string UserName, string Address, string DivisionCode,
    DateOnly? NextDue, string? NextKind, DateOnly? NextPeriodic, string Warning, DateOnly? LastInspectedOn, string? LastConclusion, bool ClueSent);

internal sealed record SequipPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>An equipment's schedule for the console: the table and the stored state.</summary>
internal sealed record ScheduleDetail(long EquipmentId, string Code, string Category, string Variety, string UserName, string? Note, DateOnly? NextDue,
    string? NextKind, string Warning, IReadOnlyList<DueItemView> Items);

internal static class InspectionNames
{
    public static readonly IReadOnlyDictionary<string, InspectionKind> Kinds = new Dictionary<string, InspectionKind>
    {
        ["定期检验"] = InspectionKind.Periodic,
        ["监督检验"] = InspectionKind.Supervision,
        ["自行检测"] = InspectionKind.SelfTest,
        ["年度检查"] = InspectionKind.AnnualCheck,
        ["耐压试验"] = InspectionKind.PressureTest,
    };

    public static string Of(InspectionKind k) => Kinds.First(p => p.Value == k).Key;

    /// <summary>The conclusions a kind allows, each with whether it passes.</summary>
    public static IReadOnlyDictionary<string, bool> Conclusions(InspectionKind k) => k == InspectionKind.AnnualCheck
        ? new Dictionary<string, bool> { ["符合要求"] = true, ["基本符合要求"] = true, ["不符合要求"] = false }
        : new Dictionary<string, bool> { ["合格"] = true, ["复检合格"] = true, ["不合格"] = false };

    public static string Of(MismatchState m) => m switch
    {
        MismatchState.Open => "日期不一致待处理",
        MismatchState.AcceptedBody => "采用检验机构日期",
        MismatchState.KeptComputed => "保留系统计算日期",
        _ => "",
    };

    public static string Of(ObjectionState o) => o switch
    {
        ObjectionState.Open => "异议待处理",
        ObjectionState.Upheld => "异议成立",
        ObjectionState.Rejected => "异议不成立",
        _ => "",
    };
}
