using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Inspections;

/// <summary>到期预警 state of a stored schedule.</summary>
internal enum DueWarning
{
    /// <summary>未到预警期</summary>
    None = 0,

    /// <summary>60 日内到期</summary>
    Days60 = 1,

    /// <summary>30 日内到期（已到申报期限）</summary>
    Days30 = 2,

    /// <summary>超期未检</summary>
    Overdue = 3,
}

/// <summary>检验日期不一致 state of a result whose body's next-due differs from the engine's.</summary>
internal enum MismatchState
{
    None = 0,

    /// <summary>待处理</summary>
    Open = 1,

    /// <summary>采用检验机构日期</summary>
    AcceptedBody = 2,

    /// <summary>保留系统计算日期</summary>
    KeptComputed = 3,
}

/// <summary>使用单位对检验结论的异议.</summary>
internal enum ObjectionState
{
    None = 0,

    /// <summary>待处理</summary>
    Open = 1,

    /// <summary>异议成立（结论撤销，须重新检验）</summary>
    Upheld = 2,

    /// <summary>异议不成立（维持结论）</summary>
    Rejected = 3,
}

/// <summary>
/// The stored schedule of one equipment (one row per equipment; the inspections area owns it): the next item due (month and
/// kind), the next periodic inspection, the warning state and the rule stamp it was computed with. Written by
/// <see cref="IEquipmentSchedules.StageAsync"/>, by each result, and by the bulk recompute.
/// </summary>
internal sealed class EquipmentSchedule : IDivisionScoped
{
    public long EquipmentId { get; set; }

    /// <summary>The equipment (set for a new one so the key is fixed up on the registry's save).</summary>
    public Equipment? Equipment { get; set; }

    public required string DivisionCode { get; set; }

    public EquipmentCategory Category { get; set; }

    public DateOnly? NextDue { get; set; }

    public string? NextKind { get; set; }

    public DateOnly? NextPeriodic { get; set; }

    public DueWarning Warning { get; set; }

    /// <summary>True while the equipment is 在用 (so 超期仍在使用 lists read one table).</summary>
    public bool InUse { get; set; }

    public DateOnly? LastInspectedOn { get; set; }

    public string? LastConclusion { get; set; }

    public string? LastBody { get; set; }

    /// <summary>Why there is no schedule (停用, 5级…), or null.</summary>
    public string? Note { get; set; }

    /// <summary>The rule stamp (sum of the versions of the schedule rules in force) the row was computed with.</summary>
    public int RulesStamp { get; set; }

    /// <summary>When an 超期未检 case clue was sent (once per overdue item).</summary>
    public DateOnly? ClueSentFor { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>检验机构: a 综合/特种设备检验机构 with its 核准证 and the categories it may inspect; bound to an API client to report results.</summary>
internal sealed class InspectionBody
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Uscc { get; set; }

    /// <summary>特种设备检验检测机构核准证 number.</summary>
    public required string LicenceNo { get; set; }

    /// <summary>Categories it may inspect: the category digits joined by commas ("1,2,3,4").</summary>
    public required string Categories { get; set; }

    public bool Active { get; set; } = true;

    public int? ApiClientId { get; set; }

    public string? ApiClientName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool MayInspect(EquipmentCategory c) => Categories.Split(',').Contains(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>One inspection result reported by a body (or entered by an admin).</summary>
internal sealed class EquipmentInspection : IDivisionScoped
{
    public long Id { get; set; }

    public long EquipmentId { get; set; }

    public required string EquipmentCode { get; set; }

    public required string DivisionCode { get; set; }

    public EquipmentCategory Category { get; set; }

    public required string UserName { get; set; }

    public long? BodyId { get; set; }

    public required string BodyName { get; set; }

    public InspectionKind Kind { get; set; }

    public DateOnly InspectedOn { get; set; }

    /// <summary>合格, 复检合格, 不合格; 年度检查: 符合要求, 基本符合要求, 不符合要求.</summary>
    public required string Conclusion { get; set; }

    public bool Passed { get; set; }

    public required string ReportNo { get; set; }

    /// <summary>重大修理 (a supervision inspection after a major repair replaces that year's periodic inspection).</summary>
    public bool MajorRepair { get; set; }

    /// <summary>Defects as JSON ([{item, description, hazard}]).</summary>
    public string Defects { get; set; } = "[]";

    public int HazardCount { get; set; }

    public DateOnly? BodyNextDue { get; set; }

    /// <summary>The due month of the schedule item this result satisfied (null: none — too early, failed, or no schedule); feeds 定期检验率.</summary>
    public DateOnly? SatisfiedDue { get; set; }

    public DateOnly? ComputedNextDue { get; set; }

    public MismatchState Mismatch { get; set; }

    public string? MismatchResolvedBy { get; set; }

    public ObjectionState Objection { get; set; }

    /// <summary>Last day to object (10 working days from the result's receipt, for 不合格).</summary>
    public DateOnly? ObjectionBy { get; set; }

    public string? ObjectionReason { get; set; }

    public DateOnly? ObjectedOn { get; set; }

    public string? ObjectionDecision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
