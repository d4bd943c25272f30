using Zhijian.Platform.Events;

namespace Zhijian.ProductQuality.Contracts;

/// <summary>
/// 案件线索 from product quality: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> is "follow-up" (监督抽查不合格再次复查仍不合格：停业整顿、吊销许可证),
/// "follow-up-refusal" (拒不停止生产销售或拒不整改), "recall" (责令召回、拒不召回), "licence" (无证生产、证后检查不合格、
/// 许可证失效仍在生产) or "ccc" (CCC 标志检查不合格).
/// <see cref="Uscc"/> is the producer's or seller's.
/// </summary>
[EventName("pq.case-clue")]
public sealed record QualityCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
