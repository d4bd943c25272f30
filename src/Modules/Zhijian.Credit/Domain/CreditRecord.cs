using Zhijian.Credit.Contracts;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Domain;

/// <summary>
/// 涉企信用记录: one record about an entity from this bureau's modules or another department. The pair
/// (SourceSystem, SourceId) identifies it, so a re-send changes nothing.
/// </summary>
internal sealed class CreditRecord : IDivisionScoped
{
    public long Id { get; set; }

    public string Uscc { get; set; } = "";

    /// <summary>Entity name when the record arrived (the registry stays the source of truth).</summary>
    public string EntityName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public CreditRecordKind Kind { get; set; }

    public CreditField Field { get; set; }

    /// <summary>来源系统 (e.g. "zhijian.cases", "jinan-tax").</summary>
    public string SourceSystem { get; set; } = "";

    /// <summary>来源系统中的编号 (decision number, licence number …).</summary>
    public string SourceId { get; set; } = "";

    /// <summary>Department that made the decision (作出决定机关).</summary>
    public string Authority { get; set; } = "";

    /// <summary>决定文书号.</summary>
    public string? DocumentNo { get; set; }

    public string Title { get; set; } = "";

    public string Content { get; set; } = "";

    /// <summary>决定日期 / 发生日期.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>罚款、没收金额合计（元）.</summary>
    public decimal? Amount { get; set; }

    /// <summary>处罚种类, "；" separated (警告；罚款 …).</summary>
    public string? PenaltyKinds { get; set; }

    /// <summary>Severe penalty (责令停产停业、限制从业、吊销许可证或营业执照 …): never repaired early.</summary>
    public bool Severe { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>公示截止日 (inclusive); null = public with no end.</summary>
    public DateOnly? PublicUntil { get; set; }

    /// <summary>Disclosure ended early by 信用修复.</summary>
    public DateOnly? RepairedOn { get; set; }

    /// <summary>Decision revoked or changed: withdrawn from disclosure.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Who sent it last (<c>api:客户端名称</c> or a staff login; <c>system</c> for this bureau's modules).</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>审核: <see cref="RecordReview.Pending"/> for a record sent from outside the entity's area under a data-sharing scope.</summary>
    public RecordReview Review { get; set; }

    /// <summary>The <see cref="SharingScope"/> it was received under (outside the sender's own area), if any.</summary>
    public long? SharingScopeId { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>退回理由 (or an approval note).</summary>
    public string? ReviewNote { get; set; }

    /// <summary>In force: not waiting for review and not rejected (what risk classes, the feed and the public read).</summary>
    public bool InForce => Review is RecordReview.None or RecordReview.Approved;

    /// <summary>Whether the public may see it on <paramref name="today"/>.</summary>
    public bool IsPublicOn(DateOnly today) =>
        IsPublic && InForce && WithdrawnOn is null && RepairedOn is null && (PublicUntil is null || today <= PublicUntil);
}

/// <summary>审核状态 of a record received from outside the entity's area.</summary>
internal enum RecordReview
{
    /// <summary>From inside the sender's own area: in force at once.</summary>
    None = 0,

    /// <summary>待审核: not public, not counted, until a section chief of the entity's jurisdiction decides.</summary>
    Pending = 1,

    /// <summary>已审核通过.</summary>
    Approved = 2,

    /// <summary>已退回 (with the reason): never public.</summary>
    Rejected = 3,
}

/// <summary>Records whose USCC the registry does not know: kept with the reason, never dropped.</summary>
internal sealed class QuarantinedRecord
{
    public long Id { get; set; }

    public string SourceSystem { get; set; } = "";

    public string SourceId { get; set; } = "";

    public string Uscc { get; set; } = "";

    public string Reason { get; set; } = "";

    /// <summary>The record as received (JSON).</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Set when the record was accepted after the entity appeared in the registry.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>The sender (<c>api:客户端名称</c> or a staff login), re-checked at release.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The sender's org unit, matched against data-sharing scopes at release.</summary>
    public int? SenderOrgUnitId { get; set; }

    /// <summary>The sender's area when it sent the record: jurisdiction prefixes, comma-separated; "*" unrestricted; "" unknown (before 2026-12).</summary>
    public string SenderArea { get; set; } = "";
}
