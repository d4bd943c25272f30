using Zhijian.Platform.Events;

namespace Zhijian.ProductQuality.Contracts;

/// <summary>
/// 案件线索 from product quality: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> is "follow-up" (监督抽查不合格复查仍不合格：停业整顿、吊销许可证),
/// "recall" (责令召回、拒不召回) or "licence" (无证生产、证后检查不合格) or "ccc" (CCC 标志检查不合格).
/// <see cref="Uscc"/> is the producer's or seller's.
/// </summary>
[EventName("pq.case-clue")]
public sealed record QualityCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
