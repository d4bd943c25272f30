using Zhijian.Inspections.Domain.Draw;
using Zhijian.Platform.Storage;

namespace Zhijian.Inspections.Domain;

/// <summary>年度抽查计划 of one org unit: its items, libraries and period; published before any draw.</summary>
internal sealed class InspectionPlan : IDivisionScoped
{
    public long Id { get; set; }

    public int Year { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public List<long> ItemIds { get; set; } = [];

    public List<long> LibraryIds { get; set; } = [];

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal enum TaskStatus
{
    /// <summary>待抽取</summary>
    Draft = 0,

    /// <summary>已冻结名录（待监督人员输入、摇号）</summary>
    Committed = 1,

    /// <summary>已抽取对象（待分派人员）</summary>
    Drawn = 2,

    /// <summary>检查中（已分派人员）</summary>
    Assigned = 3,

    /// <summary>已完成（全部结果已确认）</summary>
    Completed = 4,
}

/// <summary>抽取方式: by credit risk class ratios, or a fixed number of targets.</summary>
internal enum DrawMode
{
    RiskRatio = 1,
    FixedCount = 2,
}

/// <summary>A department taking part in a task: its items and how many officers it sends to each target.</summary>
internal sealed record TaskDepartment(string Department, List<long> ItemIds, int OfficersPerTarget);

/// <summary>抽查任务 of a plan: one library, one or more departments (联合抽查), a sampling rule, a period.</summary>
internal sealed class InspectionTask : IDivisionScoped
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public string Name { get; set; } = "";

    public long LibraryId { get; set; }

    public DrawMode Mode { get; set; }

    /// <summary>Ratios of A, B, C, D, U (unclassified) for <see cref="DrawMode.RiskRatio"/>.</summary>
    public decimal? RatioA { get; set; }

    public decimal? RatioB { get; set; }

    public decimal? RatioC { get; set; }

    public decimal? RatioD { get; set; }

    public decimal? RatioU { get; set; }

    public int? FixedCount { get; set; }

    /// <summary>Departments in order; the first is the lead (this org unit's). Joint when more than one.</summary>
    public List<TaskDepartment> Departments { get; set; } = [];

    public bool Joint => Departments.Count > 1;

    /// <summary>Targets per officer in this task.</summary>
    public int MaxLoad { get; set; }

    /// <summary>检查期间.</summary>
    public DateOnly StartOn { get; set; }

    public DateOnly EndOn { get; set; }

    public TaskStatus Status { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two users drawing at once → one wins.</summary>
    public int Version { get; set; }

    public decimal? RatioOf(string label) => label switch
    {
        "A" => RatioA,
        "B" => RatioB,
        "C" => RatioC,
        "D" => RatioD,
        "U" => RatioU,
        _ => null,
    };
}

internal enum DrawStatus
{
    Committed = 0,
    Drawn = 1,

    /// <summary>作废: a frozen draw cancelled before its draw, with a published reason.</summary>
    Cancelled = 2,
}

internal enum DrawKind
{
    Main = 1,
    Supplementary = 2,
}

/// <summary>补抽 grounds the system can show (docs/draw-verification.md §3).</summary>
internal static class ReplacementGround
{
    /// <summary>The registry status is no longer 存续 (注销, 吊销, 迁出); evidence: the status and its date.</summary>
    public const string RegistryStatus = "registry-status";

    /// <summary>A confirmed inspection result 通过登记的住所无法联系; evidence: the result id.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>A recusal left no eligible officer for the target; evidence: the short round's label.</summary>
    public const string NoOfficer = "no-officer";

    public static readonly IReadOnlyList<string> All = [RegistryStatus, Unreachable, NoOfficer];

    public static string Name(string ground) => ground switch
    {
        RegistryStatus => "登记状态已变更（注销、吊销或迁出）",
        Unreachable => "通过登记的住所无法联系（已确认的检查结果）",
        NoOfficer => "回避后无符合条件的执法检查人员",
        _ => ground,
    };
}

/// <summary>A target a 补抽 replaces, with the ground and its evidence (published with the draw).</summary>
internal sealed record Replacement(long TargetId, string Uscc, string EntityName, int DrawSeq, int Position, string Ground, string Evidence);

/// <summary>One draw of a task: the main one (Seq 1) or a 补抽. Published in full once drawn.</summary>
internal sealed class TaskDraw : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public int Seq { get; set; }

    /// <summary><see cref="DrawAlgorithm.V1"/> for draws frozen before the declaration existed, else v2.</summary>
    public string Algorithm { get; set; } = DrawAlgorithm.V2;

    public DrawKind Kind { get; set; } = DrawKind.Main;

    public string? Reason { get; set; }

    public DrawStatus Status { get; set; }

    public bool RiskLinked { get; set; }

    /// <summary>v2: the library as evaluated at the freeze (for a 补抽: its basis draw's).</summary>
    public FrozenLibrary? Library { get; set; }

    /// <summary>v2 补抽: the main draw whose frozen list it draws from.</summary>
    public int? BasisSeq { get; set; }

    /// <summary>v2 补抽: the targets replaced, with grounds and evidence.</summary>
    public List<Replacement> Replaces { get; set; } = [];

    /// <summary>v2: where the public value comes from (declared at the freeze).</summary>
    public string? PublicValueSource { get; set; }

    /// <summary>v2: the moment from which the public value exists; the draw is refused before it.</summary>
    public DateTimeOffset? PublicValueAt { get; set; }

    /// <summary>v2: the declared witnesses, with their values once drawn.</summary>
    public List<WitnessEntry> Witnesses { get; set; } = [];

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    public string? CancelReason { get; set; }

    public int CandidateCount { get; set; }

    public string CandidateHash { get; set; } = "";

    public string Commitment { get; set; } = "";

    /// <summary>The secret, sealed (Data Protection) until the draw, then published in clear.</summary>
    public string SecretSealed { get; set; } = "";

    public string? Secret { get; set; }

    /// <summary>Strata specs frozen at the commit (JSON: label, ratio, count).</summary>
    public List<StratumRecord> Strata { get; set; } = [];

    public List<Exemption> ExemptionTags { get; set; } = [];

    public DateTimeOffset CommittedAt { get; set; }

    public string CommittedBy { get; set; } = "";

    public string? WitnessName { get; set; }

    public string? WitnessValue { get; set; }

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>A stratum as frozen (Candidates, and Selected once drawn).</summary>
internal sealed record StratumRecord(string Label, decimal? Ratio, int Candidates, int? Count, int Selected);

/// <summary>The frozen candidate list of a draw ("USCC,label\n" lines, deflated) and its exempted entities.</summary>
internal sealed class DrawCandidates
{
    public long DrawId { get; set; }

    public byte[] Data { get; set; } = [];

    /// <summary>"USCC,tag\n" lines of the exempted entities.</summary>
    public string Exempted { get; set; } = "";

    /// <summary>v2 补抽: "USCC,reason\n" lines of the basis list's entities not drawn from (selected, or their registry status).</summary>
    public string Removed { get; set; } = "";
}

internal enum TargetStatus
{
    /// <summary>待检查</summary>
    Pending = 0,

    /// <summary>已录入结果（待确认）</summary>
    Entered = 1,

    /// <summary>结果已确认</summary>
    Confirmed = 2,

    /// <summary>已公示</summary>
    Published = 3,

    /// <summary>已被补抽替换</summary>
    Replaced = 9,
}

/// <summary>A drawn target of a task.</summary>
internal sealed class TaskTarget : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long DrawId { get; set; }

    public int DrawSeq { get; set; }

    /// <summary>Position in its draw's selection (the i of the inspectors' label).</summary>
    public int Position { get; set; }

    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public string LegalRep { get; set; } = "";

    public string Label { get; set; } = "";

    public TargetStatus Status { get; set; }

    public string? ReplacedReason { get; set; }

    /// <summary>The 补抽 (draw seq) that replaces this target; a target with a confirmed result keeps its status.</summary>
    public int? ReplacedInSeq { get; set; }

    /// <summary>0 for a main-draw target, n + 1 for the replacement of a target of generation n.</summary>
    public int Generation { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>An officer's assignment to a target, with the round it was drawn in; recused ones stay for the record.</summary>
internal sealed class Assignment : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long TargetId { get; set; }

    public int DepartmentIndex { get; set; }

    public long InspectorId { get; set; }

    public string InspectorName { get; set; } = "";

    public string CertificateNo { get; set; } = "";

    public int Round { get; set; }

    public bool Recused { get; set; }

    public string? RecusalReason { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>One drawing round of a slot (target × department): the published eligible list and the picks.</summary>
internal sealed class AssignmentRound : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long TargetId { get; set; }

    public int DepartmentIndex { get; set; }

    public int Round { get; set; }

    public string Label { get; set; } = "";

    public List<string> Eligible { get; set; } = [];

    public int Count { get; set; }

    public List<string> Picked { get; set; } = [];

    /// <summary>Why officers were not eligible: "请假 2, 回避 1" etc.</summary>
    public string Excluded { get; set; } = "";

    /// <summary>The officer draw (v2) whose seed drew this round; null for v1 rounds (the target draw's seed) and short rounds.</summary>
    public int? OfficerDrawSeq { get; set; }

    /// <summary>Fewer eligible officers than needed: nobody was picked (a recusal that leaves none is a 补抽 ground).</summary>
    public bool Short { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>
/// 执法检查人员摇号 (v2): one freeze → commitment → declared public value → reveal for a set of slots (the first
/// assignment of the targets, or the redraw after recusals). The frozen text is kept deflated and hashed.
/// </summary>
internal sealed class OfficerDraw : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public int Seq { get; set; }

    public DrawStatus Status { get; set; }

    public int SlotCount { get; set; }

    /// <summary>The frozen text (docs/draw-verification.md §8), deflated UTF-8.</summary>
    public byte[] Frozen { get; set; } = [];

    public string FrozenHash { get; set; } = "";

    public string Commitment { get; set; } = "";

    public string SecretSealed { get; set; } = "";

    public string? Secret { get; set; }

    public string PublicValueSource { get; set; } = "";

    public DateTimeOffset PublicValueAt { get; set; }

    public List<WitnessEntry> Witnesses { get; set; } = [];

    public DateTimeOffset CommittedAt { get; set; }

    public string CommittedBy { get; set; } = "";

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    public string? CancelReason { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>监督人员: a recorded person who may give a draw's public value (纪检监察, 人大代表, 政协委员, 群众代表 …).</summary>
internal sealed class DrawWitness : IDivisionScoped
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Role { get; set; } = "";

    public bool Active { get; set; } = true;

    public int OrgUnitId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
