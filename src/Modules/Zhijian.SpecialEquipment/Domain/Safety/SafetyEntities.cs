using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Safety;

/// <summary>
/// 隐患: one hazard of one piece of equipment, the responsible unit being its user (使用单位). Deadline by grade (rule settings
/// sequip.hazard-deadline-*), or as the 责令整改通知书 sets it; a 重大隐患 requires 停用. <see cref="ClueRaisedAt"/> marks that the
/// case clue went out (重大 at once, others when overdue): once per hazard.
/// </summary>
internal sealed class Hazard : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>隐患编号 YH{year}{000001}.</summary>
    public string Number { get; set; } = "";

    public long EquipmentId { get; set; }

    public string EquipmentCode { get; set; } = "";

    public EquipmentCategory Category { get; set; }

    public string DivisionCode { get; set; } = "";

    public string UserUscc { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>inspector | inspection-body | rescue | maintenance.</summary>
    public string Source { get; set; } = "";

    /// <summary>The source's own reference (inspection report no., 96333 call no.).</summary>
    public string? SourceReference { get; set; }

    /// <summary><see cref="HazardKinds"/> code.</summary>
    public string Kind { get; set; } = "";

    public string Description { get; set; } = "";

    public HazardGrade Grade { get; set; }

    public bool StopRequired { get; set; }

    public DateOnly FoundOn { get; set; }

    public string FoundBy { get; set; } = "";

    /// <summary>整改期限 (the current one: a failed 复查 sets a new one).</summary>
    public DateOnly DeadlineOn { get; set; }

    public string DeadlineRule { get; set; } = "";

    public HazardStatus Status { get; set; }

    /// <summary>1 + the number of failed 复查.</summary>
    public int Round { get; set; } = 1;

    /// <summary>责令整改通知书 number and date.</summary>
    public string? NoticeNo { get; set; }

    public DateOnly? NoticeOn { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public string? Measures { get; set; }

    /// <summary>复查期限 once the rectification report is in.</summary>
    public DateOnly? ReviewDueOn { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewOpinion { get; set; }

    /// <summary>销号 date.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>销号 within the deadline in force at the time.</summary>
    public bool? ClosedOnTime { get; set; }

    public DateTimeOffset? ClueRaisedAt { get; set; }

    public int? OrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One line of a hazard's timeline.</summary>
internal sealed class HazardEvent
{
    public long Id { get; set; }

    public long HazardId { get; set; }

    public Hazard? Hazard { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>事故状态.</summary>
internal enum AccidentStatus
{
    /// <summary>待核实 (a draft from a 96333 long entrapment).</summary>
    Draft = 0,

    /// <summary>报告中</summary>
    Reporting = 1,

    /// <summary>已结案</summary>
    Closed = 2,

    /// <summary>核实不属于事故</summary>
    Dismissed = 3,
}

/// <summary>
/// 事故: registered equipment (code) or an unregistered one described; the facts, the class they give (第61–64条, the reason
/// line stored with it), the report chain (<see cref="AccidentReport"/>) and the closing (调查结论, 责任认定, 整改).
/// </summary>
internal sealed class Accident : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>事故编号 SG{year}{0001}.</summary>
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public long? EquipmentId { get; set; }

    public string? EquipmentCode { get; set; }

    public EquipmentCategory? Category { get; set; }

    /// <summary>Unregistered equipment: what it is.</summary>
    public string? EquipmentDescription { get; set; }

    public string? UserUscc { get; set; }

    public string UserName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>China date of <see cref="OccurredAt"/> (measures group by it).</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The instant the report deadlines run from: the occurrence, or for an entrapment the moment it reached the threshold.</summary>
    public DateTimeOffset ReportFrom { get; set; }

    public string Place { get; set; } = "";

    public int Deaths { get; set; }

    public int SeriousInjuries { get; set; }

    public int Injuries { get; set; }

    /// <summary>直接经济损失（万元）.</summary>
    public decimal LossWan { get; set; }

    public int StrandedMinutes { get; set; }

    public int StrandedPeople { get; set; }

    public bool Explosion { get; set; }

    public int Evacuated { get; set; }

    public bool CraneOverturn { get; set; }

    public bool CraneStructureBreak { get; set; }

    public bool Boiler600Mw { get; set; }

    public int BoilerOutageHours { get; set; }

    public string Description { get; set; } = "";

    /// <summary>报告单位.</summary>
    public string ReporterUnit { get; set; } = "";

    public AccidentClass Class { get; set; }

    public string ClassReason { get; set; } = "";

    public AccidentStatus Status { get; set; }

    /// <summary>The 96333 call a draft came from (unique: one draft per call).</summary>
    public long? SourceCallId { get; set; }

    public string? SourceCallNumber { get; set; }

    public string? Conclusion { get; set; }

    public string? Responsibility { get; set; }

    public string? Rectification { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public DateTimeOffset? ClueRaisedAt { get; set; }

    public int? OrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// One report of an accident's chain: Seq 1 the unit → 县级局 (1 h), 2 县级 → 市级, 3 市级 → 省级, 4 省级 → 总局 (each 2 h
/// after the previous one was made, or was due), 9 续报 (30 days). <see cref="DueAt"/> is recomputed when the previous one is made.
/// </summary>
internal sealed class AccidentReport
{
    public long Id { get; set; }

    public long AccidentId { get; set; }

    public Accident? Accident { get; set; }

    public int Seq { get; set; }

    /// <summary>报告人 → 接收方 in words.</summary>
    public string Route { get; set; } = "";

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    public string? ReportedBy { get; set; }

    public string? Note { get; set; }

    public string? RecordedBy { get; set; }
}

/// <summary>One line of an accident's timeline.</summary>
internal sealed class AccidentEvent
{
    public long Id { get; set; }

    public long AccidentId { get; set; }

    public Accident? Accident { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}
