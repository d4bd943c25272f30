using Zhijian.Platform.Storage;

namespace Zhijian.Prices.Domain.Fees;

/// <summary>收费主体类别.</summary>
internal enum ChargerKind
{
    /// <summary>政府部门及所属单位（行政事业性收费）</summary>
    Department = 1,

    /// <summary>行业协会商会</summary>
    Association = 2,

    /// <summary>水电气暖等公用事业</summary>
    Utility = 3,

    /// <summary>中介服务机构（行政审批中介服务）</summary>
    Intermediary = 4,

    /// <summary>商业银行等金融机构</summary>
    Bank = 5,
}

/// <summary>涉企收费目录清单: one fee item with its charger, legal basis and standard.</summary>
internal sealed class FeeItem : IDivisionScoped
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public ChargerKind ChargerKind { get; set; }

    public required string ChargerName { get; set; }

    /// <summary>收费依据 (文件名称及文号).</summary>
    public required string LegalBasis { get; set; }

    /// <summary>收费标准 in words (e.g. “每件 100 元”).</summary>
    public required string Standard { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>停止收费（取消或移出目录清单）的日期, when deactivated: the register as of a past day counts the item until then.</summary>
    public DateOnly? DeactivatedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

internal enum FeeCaseSource
{
    /// <summary>投诉举报</summary>
    Complaint = 1,

    /// <summary>监督检查（专项检查）</summary>
    Check = 2,
}

internal enum FeeCaseStatus
{
    /// <summary>核查中</summary>
    Open = 0,

    /// <summary>未发现违规</summary>
    NoViolation = 1,

    /// <summary>责令清退中</summary>
    RefundOrdered = 2,

    /// <summary>已清退</summary>
    Refunded = 3,
}

/// <summary>
/// 涉企收费 核查: a complaint about a fee or a check of a charger; a violation orders a refund to the enterprises charged (amount,
/// how many, deadline) and the refund made is recorded against it.
/// </summary>
internal sealed class FeeCase : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>SFJC + year + six digits.</summary>
    public required string Number { get; set; }

    public FeeCaseSource Source { get; set; }

    /// <summary>The registered fee item checked; null for a fee not in the register (charged without basis).</summary>
    public long? FeeItemId { get; set; }

    public ChargerKind ChargerKind { get; set; }

    public required string ChargerName { get; set; }

    /// <summary>投诉举报编号 when the source is a complaint.</summary>
    public string? ComplaintNumber { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public DateOnly OpenedOn { get; set; }

    public required string Subject { get; set; }

    public string? Inspectors { get; set; }

    public FeeCaseStatus Status { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    public string? Finding { get; set; }

    /// <summary>违规类型 (e.g. 无依据收费, 超标准收费, 强制服务收费), when a violation is found.</summary>
    public string? ViolationKind { get; set; }

    public decimal RefundOrdered { get; set; }

    public int Enterprises { get; set; }

    public DateOnly? RefundDue { get; set; }

    public decimal RefundMade { get; set; }

    public DateOnly? RefundedOn { get; set; }

    /// <summary>The refund was not made in full by <see cref="RefundDue"/> and the case went to cases as a clue (once).</summary>
    public bool ClueSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// 清退: one refund made to the enterprises charged, against a case's refund ordered; a refund may be made in parts, so the
/// window measure of refunds made counts these by their date.
/// </summary>
internal sealed class FeeRefund : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>清退日期.</summary>
    public DateOnly RefundedOn { get; set; }

    public string? Note { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
