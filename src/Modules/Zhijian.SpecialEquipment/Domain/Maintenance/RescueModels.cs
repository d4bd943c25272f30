using Zhijian.Platform.Storage;

namespace Zhijian.SpecialEquipment.Domain.Maintenance;

/// <summary>96333 工单状态.</summary>
internal enum RescueStatus
{
    /// <summary>已接警</summary>
    Received = 0,

    /// <summary>已派单</summary>
    Dispatched = 1,

    /// <summary>已到场</summary>
    Arrived = 2,

    /// <summary>已解困</summary>
    Released = 3,

    /// <summary>已关闭</summary>
    Closed = 4,
}

/// <summary>故障原因分类.</summary>
internal enum RescueCause
{
    /// <summary>门系统</summary>
    Door = 1,

    /// <summary>安全回路</summary>
    SafetyCircuit = 2,

    /// <summary>停电</summary>
    PowerCut = 3,

    /// <summary>人为</summary>
    Human = 4,

    /// <summary>其他</summary>
    Other = 5,
}

/// <summary>
/// A 96333 call: received → dispatched to the current maintainer → arrived → released → closed with the cause. The arrival SLA
/// (urban/rural minutes, see RescueSla) is fixed when the call is received; met/missed when the arrival is recorded (or when the
/// call is closed without arrival: missed).
/// </summary>
internal sealed class RescueCall : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>工单号 of the call centre.</summary>
    public required string CallNumber { get; set; }

    public long EquipmentId { get; set; }

    public required string EquipmentCode { get; set; }

    public required string DivisionCode { get; set; }

    public required string UserName { get; set; }

    public required string Address { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>报警人电话 (personal data: masked except for section chiefs and admins on the detail).</summary>
    public string? CallerPhone { get; set; }

    public int Trapped { get; set; }

    public string? Description { get; set; }

    public RescueStatus Status { get; set; }

    public string? MaintainerUscc { get; set; }

    public string? MaintainerName { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public RescueCause? Cause { get; set; }

    public string? CauseNote { get; set; }

    /// <summary>The arrival time limit in force for the call (minutes) and whether the division counts as urban.</summary>
    public int SlaMinutes { get; set; }

    public bool Urban { get; set; }

    public int? ArrivalMinutes { get; set; }

    /// <summary>Null while open without arrival.</summary>
    public bool? SlaMet { get; set; }

    /// <summary>Minutes from received to release when passengers were trapped.</summary>
    public int? EntrapmentMinutes { get; set; }

    /// <summary>Entrapment ≥ sequip.entrapment-accident-minutes (LongEntrapment published).</summary>
    public bool LongEntrapment { get; set; }

    /// <summary>China date of <see cref="ReceivedAt"/> (measures and filters).</summary>
    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// 96333 到场时限分区: whether a county-level division counts as urban (城区, sequip.rescue-urban) or not (sequip.rescue-rural).
/// A row overrides the shipped default (RescueSla.DefaultUrban: 济南 历下、市中、槐荫、天桥、历城); admins edit it.
/// </summary>
internal sealed class RescueZone
{
    public required string DivisionCode { get; set; }

    public bool Urban { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
