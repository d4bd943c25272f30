using Zhijian.Platform.Events;

namespace Zhijian.Prices.Contracts;

/// <summary>
/// 案件线索 from price supervision: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> is "inspection" (明码标价和价格欺诈检查 found a violation) or "fee" (涉企违规收费
/// not refunded by the deadline). <see cref="PenaltyRange"/> is the statutory range in words (《价格违法行为行政处罚规定》第七条、第十三条),
/// with <see cref="PenaltyMin"/> / <see cref="PenaltyMax"/> in 元 where known.
/// </summary>
[EventName("prices.case-clue")]
public sealed record PriceCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts, string? PenaltyRange,
    decimal? PenaltyMin, decimal? PenaltyMax, DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;

/// <summary>
/// 价格预警通知: published in the same save as the warning (and again when its level rises), for the price departments' exchange and the
/// 保供稳价 duty roster: good, level (1 most severe), the rule and its version, the period and the judged value with its inputs (JSON).
/// </summary>
[EventName("prices.warning-raised")]
public sealed record PriceWarningRaised(long WarningId, string Number, string GoodCode, string GoodName, int Level, string Rule, string RuleVersion,
    string Period, decimal Value, string ValueUnit, string Inputs, string Message, string DivisionCode) : IDomainEvent;
