namespace Zhijian.Prices.Features.Inspections;

/// <summary>One checklist item's result: the item's code (P1–P12), 合格 or not, and what was found (required when not).</summary>
internal sealed record ItemResultInput(string? Code, bool Passed, string? Note);

/// <summary>
/// 明码标价和价格欺诈检查: the business (registry USCC), where and when, who checked, whether it is an online shop (and its page),
/// the price warning that prompted it, one result per item of <see cref="Domain.Inspections.Checklist.For"/>, the evidence (required
/// when an item failed) and the illegal gains established (元, optional).
/// </summary>
internal sealed record RecordInspection(string? TargetUscc, string? DivisionCode, string? Address, DateOnly? CheckedOn, string? Inspectors, bool Online,
    string? Url, long? WarningId, IReadOnlyList<ItemResultInput>? Items, string? Evidence, decimal? IllegalGains);

/// <summary>An item of the Order 56 checklist as the API shows it; <see cref="Violation"/> is 不明码标价 or 价格欺诈.</summary>
internal sealed record ChecklistItemView(string Code, string Text, string Article, string Violation, bool OnlineOnly);

internal sealed record InspectionItemView(string Code, string Text, string Article, string Violation, bool Passed, string? Note);

internal sealed record InspectionRow(long Id, string Number, string TargetName, string TargetUscc, string Division, DateOnly CheckedOn, bool Online, int Items,
    int ItemsFailed, bool Passed, string Result, string? Violations, bool ClueSent);

internal sealed record InspectionView(long Id, string Number, string TargetName, string TargetUscc, string DivisionCode, string Division, string Address,
    bool Online, string? Url, DateOnly CheckedOn, string Inspectors, long? WarningId, string? WarningNumber, int ItemsFailed, bool Passed, string Result,
    bool Unmarked, bool Fraud, string? Violations, decimal? IllegalGains, string? PenaltyRange, string? Evidence, bool ClueSent, string CreatedBy,
    IReadOnlyList<InspectionItemView> Items);

internal sealed record InspectionPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>One deal of the shop: when (<c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm</c> in Beijing time, or ISO 8601 with an offset) and the price (元).</summary>
internal sealed record DealInput(string? At, decimal? Price);

/// <summary>“原价”核验: the was price shown, the first day of the promotion and the shop's deals of the good before it.</summary>
internal sealed record WasPriceRequest(decimal? WasPrice, DateOnly? PromotionStart, IReadOnlyList<DealInput>? Deals);
