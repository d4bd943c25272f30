using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Maintenance;

/// <summary>维保项目级别 (TSG T5002 附件: 半月、季度、半年、年度维护保养项目; a higher level includes the lower ones).</summary>
internal enum MaintenanceLevel
{
    /// <summary>半月维保</summary>
    HalfMonth = 1,

    /// <summary>季度维保</summary>
    Quarter = 2,

    /// <summary>半年维保</summary>
    HalfYear = 3,

    /// <summary>年度维保</summary>
    Year = 4,
}

/// <summary>
/// 维保单位: a registry entity (by USCC) holding the licence that allows it to maintain equipment of some categories (for elevators
/// 电梯安装改造修理许可). Not division-scoped: a company maintains equipment across the city.
/// </summary>
internal sealed class MaintenanceCompany
{
    public long Id { get; set; }

    public required string Uscc { get; set; }

    public required string Name { get; set; }

    /// <summary>The company's registry division (informative).</summary>
    public required string DivisionCode { get; set; }

    /// <summary>许可证编号.</summary>
    public required string LicenceNo { get; set; }

    /// <summary>Categories the licence covers: EquipmentCategory values, comma-separated, in order (e.g. "3,4").</summary>
    public required string Categories { get; set; }

    public DateOnly LicenceValidUntil { get; set; }

    /// <summary>24 小时应急电话.</summary>
    public string? Hotline { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// 维保合同 of one equipment with one company. The active contract (<see cref="EndedOn"/> null) also holds the maintenance
/// state of the equipment: the last maintenance of each level and the due dates (半月 by sequip.elevator-maintenance, or the
/// 按需维保 pilot's own interval; 季度/半年/年度 by their rule settings), recomputed when a record is written.
/// </summary>
internal sealed class MaintenanceContract : IDivisionScoped
{
    public long Id { get; set; }

    public long EquipmentId { get; set; }

    /// <summary>Set only when staging a contract with a registration not yet saved (EF fixes up <see cref="EquipmentId"/>).</summary>
    public Equipment? Equipment { get; set; }

    public required string EquipmentCode { get; set; }

    public required string DivisionCode { get; set; }

    public required string MaintainerUscc { get; set; }

    public required string MaintainerName { get; set; }

    public DateOnly From { get; set; }

    /// <summary>合同到期日 (null: open-ended).</summary>
    public DateOnly? To { get; set; }

    /// <summary>Set when the contract was ended (a change of company, or the equipment left service).</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>按需维保试点 (a per-elevator setting admins toggle).</summary>
    public bool OnDemand { get; set; }

    /// <summary>The pilot's maintenance interval in days.</summary>
    public int? OnDemandDays { get; set; }

    /// <summary>The document approving the pilot (批准文号).</summary>
    public string? OnDemandDocNo { get; set; }

    public DateOnly? LastMaintainedOn { get; set; }

    /// <summary>Next 半月 (or pilot-interval) maintenance due: last maintenance (or contract start) + interval.</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly QuarterDueOn { get; set; }

    public DateOnly HalfYearDueOn { get; set; }

    public DateOnly YearDueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// 维保记录. <see cref="CyclesDue"/> and <see cref="OnTime"/> are fixed when the record is written (see the measures): the gap from
/// the previous maintenance (or the contract start) against the interval in force.
/// </summary>
internal sealed class MaintenanceRecord : IDivisionScoped
{
    public long Id { get; set; }

    public long EquipmentId { get; set; }

    public required string EquipmentCode { get; set; }

    public required string DivisionCode { get; set; }

    public long ContractId { get; set; }

    public required string MaintainerUscc { get; set; }

    public required string MaintainerName { get; set; }

    public DateOnly On { get; set; }

    public MaintenanceLevel Level { get; set; }

    /// <summary>维保人员 (names, "、"-separated; masked in lists).</summary>
    public required string Staff { get; set; }

    public string? Findings { get; set; }

    /// <summary>使用单位签字确认.</summary>
    public bool SignedByUser { get; set; }

    public DateOnly? PreviousOn { get; set; }

    public int IntervalDays { get; set; }

    /// <summary>Half-monthly cycles that fell due since the previous maintenance: max(1, ⌈gap / interval⌉).</summary>
    public int CyclesDue { get; set; }

    /// <summary>Gap from the previous maintenance ≤ interval.</summary>
    public bool OnTime { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>使用单位月度自行检查 (条例 第27条: at least monthly).</summary>
internal sealed class SelfCheck : IDivisionScoped
{
    public long Id { get; set; }

    public long EquipmentId { get; set; }

    public required string EquipmentCode { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly On { get; set; }

    public required string CheckedBy { get; set; }

    public string? Findings { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
