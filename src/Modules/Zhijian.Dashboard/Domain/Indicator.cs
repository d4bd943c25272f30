using Zhijian.Platform.Storage;

namespace Zhijian.Dashboard.Domain;

/// <summary>比较符 of a target as the plans write it.</summary>
internal enum Comparator
{
    /// <summary>= (达到)</summary>
    Equal = 1,

    /// <summary>≥</summary>
    AtLeast = 2,

    /// <summary>≤</summary>
    AtMost = 3,

    /// <summary>&gt;</summary>
    Above = 4,

    /// <summary>&lt;</summary>
    Below = 5,

    /// <summary>≈ (约)</summary>
    About = 6,
}

/// <summary>Which way is better.</summary>
internal enum Direction
{
    /// <summary>越高越好</summary>
    Higher = 1,

    /// <summary>越低越好</summary>
    Lower = 2,
}

/// <summary>约束性 / 预期性.</summary>
internal enum ConstraintType
{
    /// <summary>未注明</summary>
    None = 0,

    /// <summary>约束性</summary>
    Binding = 1,

    /// <summary>预期性</summary>
    Expected = 2,
}

/// <summary>统计方式: which window a period's value covers.</summary>
internal enum Accumulation
{
    /// <summary>时点值（期末）</summary>
    PointInTime = 1,

    /// <summary>年度累计（当年1月至期末）</summary>
    YearToDate = 2,

    /// <summary>当月</summary>
    Month = 3,

    /// <summary>规划期累计（规划起始年1月至期末）</summary>
    PlanToDate = 4,
}

/// <summary>达标 / 预警 / 未达标 / 无数据 / 仅监测.</summary>
internal enum IndicatorStatus
{
    NoData = 0,
    Met = 1,
    Warning = 2,
    NotMet = 3,

    /// <summary>仅监测: a value without a target (市场主体总量 in the standard set).</summary>
    NoTarget = 4,
}

/// <summary>A plan (规划) whose indicators are monitored: a seed's 十四五 table or a bureau's own plan.</summary>
internal sealed class Plan
{
    public int Id { get; set; }

    /// <summary>Stable code: anhui-14, ili-14, jinan-14, bureau-defined codes.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>规划所属地区 as written (安徽省, 伊犁州直 …).</summary>
    public string Locality { get; set; } = "";

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    /// <summary>Where the plan came from: seed file, import file name, console.</summary>
    public string Source { get; set; } = "";

    /// <summary>Seeds are read-only (their numbers are the plans' own); bureau plans are editable.</summary>
    public bool Builtin { get; set; }

    /// <summary>The division of the bureau that defined it; null for the built-in seed plans (visible to all).</summary>
    public string? OwnerDivision { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlanIndicator> Indicators { get; set; } = [];
}

/// <summary>One indicator of a plan (指标登记): its target, and either a formula over module measures or manual entry.</summary>
internal sealed class PlanIndicator
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    /// <summary>Code unique in the plan (A01, ILI03 …).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>类别 (市场活力, 市场秩序 …) or the plan section.</summary>
    public string Category { get; set; } = "";

    public string Unit { get; set; } = "";

    public Comparator Comparator { get; set; }

    public Direction Direction { get; set; }

    public string? BaseYear { get; set; }

    public decimal? BaseValue { get; set; }

    /// <summary>The base as the plan writes it (≤3, -, 587.82).</summary>
    public string? BaseText { get; set; }

    public string? TargetYear { get; set; }

    public decimal? TargetValue { get; set; }

    public string? TargetText { get; set; }

    public ConstraintType Constraint { get; set; }

    public Accumulation Accumulation { get; set; }

    /// <summary>Formula over measure codes (<see cref="Formula"/>); null = manual entry (手工填报).</summary>
    public string? Formula { get; set; }

    /// <summary>预警 margin in the indicator's unit: a value worse than the target by at most this much is 预警, not 未达标.</summary>
    public decimal WarningMargin { get; set; }

    /// <summary>The plan's own words (原文) and section.</summary>
    public string Quote { get; set; } = "";

    public string Section { get; set; } = "";

    /// <summary>What the data would need when no module computes it yet.</summary>
    public string DataNeeded { get; set; } = "";

    public bool Computed => Formula is not null;
}

/// <summary>A plan attached to a jurisdiction (the jurisdiction and everything under it is monitored against it).</summary>
internal sealed class PlanAttachment : IDivisionScoped
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string AttachedBy { get; set; } = "";

    public DateTimeOffset AttachedAt { get; set; }
}

internal enum ManualStatus
{
    /// <summary>待审核</summary>
    Pending = 0,

    /// <summary>已审核</summary>
    Approved = 1,

    /// <summary>已退回</summary>
    Rejected = 2,
}

/// <summary>手工填报的指标值 for a period, with its evidence, approved by a 科室负责人.</summary>
internal sealed class ManualValue : IDivisionScoped
{
    public long Id { get; set; }

    public int PlanIndicatorId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>yyyy-MM.</summary>
    public string Period { get; set; } = "";

    public decimal Value { get; set; }

    public string Note { get; set; } = "";

    public string? EvidenceName { get; set; }

    public string? EvidenceType { get; set; }

    public byte[]? Evidence { get; set; }

    public string? EvidenceSha256 { get; set; }

    public string EnteredBy { get; set; } = "";

    public string EnteredByName { get; set; } = "";

    public string OrgUnitName { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }

    public ManualStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecidedByName { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? RejectReason { get; set; }
}

/// <summary>A stored value of an indicator for a jurisdiction and month (趋势、评估可复现).</summary>
internal sealed class Snapshot : IDivisionScoped
{
    public long Id { get; set; }

    public int PlanIndicatorId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>yyyy-MM.</summary>
    public string Period { get; set; } = "";

    /// <summary>Null = no data (zero denominator, no manual value): shown as "—".</summary>
    public decimal? Value { get; set; }

    /// <summary>computed | manual.</summary>
    public string Source { get; set; } = "";

    public IndicatorStatus Status { get; set; }

    /// <summary>The measure values the formula used (code → value), JSON; for manual values the manual value id.</summary>
    public Dictionary<string, decimal> Inputs { get; set; } = [];

    /// <summary>The formula as it was when computed (a later formula change does not rewrite history).</summary>
    public string? Formula { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>常住人口 per division and year (reference data for per-1,000-resident indicators).</summary>
internal sealed class Population
{
    public int Id { get; set; }

    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    public long Residents { get; set; }

    public string Source { get; set; } = "";
}
