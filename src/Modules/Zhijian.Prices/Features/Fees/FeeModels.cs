namespace Zhijian.Prices.Features.Fees;

/// <summary>
/// A fee item of the 涉企收费目录清单: name, charger kind (政府部门 | 行业协会商会 | 公用事业 | 中介服务机构 | 金融机构), charger, legal basis
/// (文件名称及文号), standard, and the division where it is charged (county or town; a city's own items at the city code).
/// </summary>
internal sealed record SaveFeeItem(string? Name, string? ChargerKind, string? ChargerName, string? LegalBasis, string? Standard, string? DivisionCode);

/// <summary>停止收费: the item leaves the public register (kept for past cases and the register as of past days).</summary>
internal sealed record DeactivateFeeItem(string? Reason);

/// <summary>
/// 涉企收费核查: source (投诉举报 with the complaint number | 监督检查), a registered fee item or, for a fee not in the register, the charger
/// kind and name; the division (defaults to the item's), subject, inspectors, date opened (not in the future).
/// </summary>
internal sealed record OpenFeeCase(string? Source, string? ComplaintNumber, long? FeeItemId, string? ChargerKind, string? ChargerName, string? DivisionCode,
    string? Subject, string? Inspectors, DateOnly? OpenedOn);

/// <summary>
/// 核查结论: no violation (with the finding), or a violation of a kind of <see cref="Domain.Fees.FeeRules.ViolationKinds"/> ordering a refund
/// (amount in 元, how many enterprises, deadline after the conclusion).
/// </summary>
internal sealed record ConcludeFeeCase(bool Violation, string? Finding, string? ViolationKind, decimal? RefundOrdered, int? Enterprises, DateOnly? RefundDue,
    DateOnly? ConcludedOn);

/// <summary>清退: an amount refunded (in part or the rest) and its date.</summary>
internal sealed record RecordFeeRefund(decimal? Amount, DateOnly? RefundedOn, string? Note);

internal sealed record FeeItemView(long Id, string Name, string ChargerKind, string ChargerName, string LegalBasis, string Standard, string DivisionCode,
    string Division, bool Active, DateOnly? DeactivatedOn, DateOnly RegisteredOn);

internal sealed record FeeRefundView(long Id, decimal Amount, DateOnly RefundedOn, string? Note, string CreatedBy);

internal sealed record FeeCaseRow(long Id, string Number, string Source, string ChargerKind, string ChargerName, long? FeeItemId, string? FeeItemName,
    string Division, DateOnly OpenedOn, string Subject, string Status, string State, bool Overdue, string? ViolationKind, decimal RefundOrdered,
    decimal RefundMade, DateOnly? RefundDue);

internal sealed record FeeCaseView(long Id, string Number, string Source, string? ComplaintNumber, long? FeeItemId, string? FeeItemName, string ChargerKind,
    string ChargerName, string DivisionCode, string Division, DateOnly OpenedOn, string Subject, string? Inspectors, string Status, string State, bool Overdue,
    DateOnly? ConcludedOn, string? Finding, string? ViolationKind, decimal RefundOrdered, int Enterprises, DateOnly? RefundDue, decimal RefundMade,
    DateOnly? RefundedOn, bool ClueSent, IReadOnlyList<FeeRefundView> Refunds);

internal sealed record FeePage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>One line of the public 涉企收费目录清单 (收费目录清单公示).</summary>
internal sealed record PublicFeeItem(string Name, string ChargerKind, string ChargerName, string LegalBasis, string Standard, string Level);

internal sealed record PublicFeeList(string County, string CountyName, int Total, IReadOnlyList<PublicFeeItem> Items);
