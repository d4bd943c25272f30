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

    /// <summary>Whether the public may see it on <paramref name="today"/>.</summary>
    public bool IsPublicOn(DateOnly today) =>
        IsPublic && WithdrawnOn is null && RepairedOn is null && (PublicUntil is null || today <= PublicUntil);
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
}
