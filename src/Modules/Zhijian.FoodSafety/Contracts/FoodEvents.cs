using Zhijian.Platform.Events;

namespace Zhijian.FoodSafety.Contracts;

/// <summary>
/// 案件线索 from food safety (a 不符合 inspection, or a non-compliant sampling batch in 核查处置): the cases module turns
/// it into a clue to verify, once per (<see cref="SourceKind"/>, <see cref="SourceId"/>). <see cref="SourceKind"/> is
/// "inspection" (监督检查), "sampling" (抽检监测) or "recall" (责令召回).
/// </summary>
[EventName("food.case-clue")]
public sealed record FoodCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
