using Zhijian.Platform.Events;

namespace Zhijian.SpecialEquipment.Contracts;

/// <summary>
/// 案件线索 from special equipment: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> is "hazard" (重大隐患 / 逾期未整改), "accident" (事故) or "overdue-inspection"
/// (超期未检仍在使用). <see cref="Uscc"/> is the equipment user's (使用单位).
/// </summary>
[EventName("sequip.case-clue")]
public sealed record EquipmentCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
