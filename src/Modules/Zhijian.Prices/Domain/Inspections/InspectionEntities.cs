using Zhijian.Platform.Storage;

namespace Zhijian.Prices.Domain.Inspections;

/// <summary>
/// 明码标价和价格欺诈检查: one visit (or one online shop) with the Order 56 checklist (<see cref="Checklist"/>), the result, the evidence,
/// and — when an item fails — the violation kinds, the illegal gains found and the statutory penalty range sent to cases with the clue.
/// </summary>
internal sealed class PriceInspection : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>JGJC + year + six digits.</summary>
    public required string Number { get; set; }

    public required string TargetUscc { get; set; }

    public required string TargetName { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public required string Address { get; set; }

    /// <summary>网络交易经营者 (the online items apply; <see cref="Url"/> is the shop page).</summary>
    public bool Online { get; set; }

    public string? Url { get; set; }

    public DateOnly CheckedOn { get; set; }

    public required string Inspectors { get; set; }

    /// <summary>The price warning that prompted the check, if any.</summary>
    public long? WarningId { get; set; }

    public int Items { get; set; }

    public int ItemsFailed { get; set; }

    public bool Passed { get; set; }

    /// <summary>不明码标价 items failed.</summary>
    public bool Unmarked { get; set; }

    /// <summary>价格欺诈 items failed.</summary>
    public bool Fraud { get; set; }

    /// <summary>违法所得 found (元); null when none was established.</summary>
    public decimal? IllegalGains { get; set; }

    /// <summary>法定处罚幅度 in words, sent with the clue.</summary>
    public string? PenaltyRange { get; set; }

    /// <summary>证据: what was collected (photos of the price tags, receipts, page captures), in words.</summary>
    public string? Evidence { get; set; }

    public bool ClueSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>One checklist item's result.</summary>
internal sealed class PriceInspectionItem : IDivisionScoped
{
    public long Id { get; set; }

    public long InspectionId { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary><see cref="ChecklistItem.Code"/>.</summary>
    public required string Code { get; set; }

    public bool Passed { get; set; }

    public string? Note { get; set; }
}
