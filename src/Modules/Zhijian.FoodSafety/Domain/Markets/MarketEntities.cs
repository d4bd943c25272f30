using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Markets;

/// <summary>快检点类型.</summary>
internal enum TestPointKind
{
    /// <summary>农贸市场</summary>
    FarmersMarket = 1,

    /// <summary>商超</summary>
    Supermarket = 2,

    /// <summary>食堂</summary>
    Canteen = 3,
}

/// <summary>快检点: a market, supermarket or canteen that runs rapid tests, with its 开办者 (a registry entity).</summary>
internal sealed class TestPoint : IDivisionScoped
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public TestPointKind Kind { get; set; }

    /// <summary>开办者统一社会信用代码.</summary>
    public string OperatorUscc { get; set; } = "";

    public string OperatorName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>快检项目: an item with its method, the product groups it applies to and the reference method or standard.</summary>
internal sealed class RapidItem
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>检测方法, e.g. 酶抑制率法, 胶体金免疫层析法.</summary>
    public string Method { get; set; } = "";

    /// <summary>适用产品类别 codes (<see cref="ProductGroups"/>), comma-separated.</summary>
    public string Groups { get; set; } = "";

    /// <summary>依据的快检方法 / 标准, e.g. KJ 201710.</summary>
    public string Standard { get; set; } = "";

    public bool Active { get; set; } = true;
}

/// <summary>快检结果状态: 阴性; 阳性 → 停售控制 → (异议 → 待复检) → 实验室确认中 → 确认阳性 | 复检阴性（解除停售）; or 阳性（异议期满，已确定）.</summary>
internal enum RapidStatus
{
    /// <summary>阴性</summary>
    Negative = 1,

    /// <summary>阳性·停售控制（异议期内）</summary>
    Stopped = 2,

    /// <summary>已提出异议·待复检</summary>
    Objected = 3,

    /// <summary>实验室确认中</summary>
    LabPending = 4,

    /// <summary>阳性（异议期满未提异议，结果确定）</summary>
    Final = 5,

    /// <summary>确认阳性（实验室检验不合格）</summary>
    Confirmed = 6,

    /// <summary>复检阴性（解除停售）</summary>
    Cleared = 7,
}

/// <summary>一条快检结果.</summary>
internal sealed class RapidTest : IDivisionScoped
{
    public long Id { get; set; }

    public long TestPointId { get; set; }

    /// <summary>报送方自己的结果编号, unique per test point (a resent result is not counted twice).</summary>
    public string ClientId { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>摊位号.</summary>
    public string Stall { get; set; } = "";

    /// <summary>摊位经营者 (may be a person: masked in public).</summary>
    public string StallOperator { get; set; } = "";

    public string ProductName { get; set; } = "";

    public string ProductGroup { get; set; } = "";

    public string? SupplierName { get; set; }

    public string? SupplierUscc { get; set; }

    /// <summary>产地: 6-digit division code or a country name.</summary>
    public string? Origin { get; set; }

    /// <summary>批次 (free text; may be a 追溯 batch key).</summary>
    public string? BatchRef { get; set; }

    /// <summary>The 追溯 batch key when the trace area knew <see cref="BatchRef"/>.</summary>
    public string? TraceBatchKey { get; set; }

    public long ItemId { get; set; }

    public string ItemName { get; set; } = "";

    public string Method { get; set; } = "";

    public bool Positive { get; set; }

    /// <summary>检测值 (e.g. 抑制率 62%).</summary>
    public string? Value { get; set; }

    public DateTimeOffset TestedAt { get; set; }

    public string Tester { get; set; } = "";

    /// <summary>结果送达（告知摊位）时间: the objection window runs from it.</summary>
    public DateTimeOffset DeliveredAt { get; set; }

    /// <summary>异议截止 (positives only).</summary>
    public DateTimeOffset? ObjectionBy { get; set; }

    public RapidStatus Status { get; set; }

    /// <summary>停售通知 text (positives).</summary>
    public string? StopNotice { get; set; }

    public DateTimeOffset? ObjectedAt { get; set; }

    public string? ObjectionReason { get; set; }

    public long? SamplingOrderId { get; set; }

    public string? SamplingOrderNumber { get; set; }

    /// <summary>When the positive became final / confirmed / cleared.</summary>
    public DateTimeOffset? SettledAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string PostedBy { get; set; } = "";
}

/// <summary>熔断依据: what "the same" means for counting failures.</summary>
internal enum FuseBasis
{
    /// <summary>同一供货者</summary>
    Supplier = 1,

    /// <summary>同一产地</summary>
    Origin = 2,

    /// <summary>同一产品</summary>
    Product = 3,
}

/// <summary>
/// 熔断规则 version: per product group ("*" = all groups without their own rule), effective from a date. An edit adds a version.
/// </summary>
internal sealed class FuseRule
{
    public long Id { get; set; }

    public string ProductGroup { get; set; } = "*";

    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public FuseBasis Basis { get; set; }

    /// <summary>N: failed batches that trigger.</summary>
    public int Threshold { get; set; }

    /// <summary>Window D in days: failures with at ≥ trigger − D days count.</summary>
    public int WindowDays { get; set; }

    public int SuspensionDays { get; set; }

    /// <summary>Whether final rapid positives count (lab/sampling failures always do).</summary>
    public bool CountRapid { get; set; } = true;

    public string Note { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A failed batch that counts towards 熔断: a final rapid positive, a lab confirmation, or a sampling failure.</summary>
internal sealed class FoodFailure : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>"rapid" | "lab" | "sampling".</summary>
    public string Source { get; set; } = "";

    /// <summary>The rapid test or sampling order id.</summary>
    public long SourceId { get; set; }

    public string BatchKey { get; set; } = "";

    public string? SupplierKey { get; set; }

    public string? SupplierName { get; set; }

    public string? Origin { get; set; }

    public string ProductName { get; set; } = "";

    public string ProductGroup { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>A retest overturned it: no longer counted.</summary>
    public bool Withdrawn { get; set; }
}

/// <summary>熔断 (暂停入市): a subject suspended from the markets of a jurisdiction.</summary>
internal sealed class Suspension : IDivisionScoped
{
    public long Id { get; set; }

    public string Number { get; set; } = "";

    public long RuleId { get; set; }

    public int RuleVersion { get; set; }

    public string ProductGroup { get; set; } = "";

    public FuseBasis Basis { get; set; }

    /// <summary>The suspended supplier / origin / product as shown.</summary>
    public string Subject { get; set; } = "";

    public string SubjectKey { get; set; } = "";

    /// <summary>Jurisdiction: the bureau's division.</summary>
    public string DivisionCode { get; set; } = "";

    public string BureauName { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Triggering failure ids, comma-separated.</summary>
    public string FailureIds { get; set; } = "";

    public DateTimeOffset? LiftedAt { get; set; }

    public string? LiftReason { get; set; }

    public string? LiftedBy { get; set; }

    /// <summary>Set by the sweep when <see cref="EndsAt"/> passed (audited).</summary>
    public DateTimeOffset? ExpiredAt { get; set; }

    /// <summary>The instant after which failures count towards a re-trigger (lift or end).</summary>
    public DateTimeOffset ClosedAt => LiftedAt is { } l && l < EndsAt ? l : EndsAt;

    public bool IsActive(DateTimeOffset now) => LiftedAt is null && now < EndsAt;
}

/// <summary>熔断通知: one per active test point of the jurisdiction.</summary>
internal sealed class FuseNotice
{
    public long Id { get; set; }

    public long SuspensionId { get; set; }

    public long TestPointId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Text { get; set; } = "";
}
