using Zhijian.Platform.Events;

namespace Zhijian.Metrology.Contracts;

/// <summary>
/// 案件线索 from metrology: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> is "instrument" (强检计量器具未经检定、超过检定周期或检定不合格仍在使用;
/// <see cref="SourceId"/> the register id; <see cref="Number"/> the serial) or "check" (民生计量检查复查仍不合格).
/// <see cref="Uscc"/> is the owner's or the checked business's (null for a household).
/// </summary>
[EventName("metro.case-clue")]
public sealed record MetrologyCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
