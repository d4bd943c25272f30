using Zhijian.Platform.Events;

namespace Zhijian.Drugs.Contracts;

/// <summary>
/// 案件线索 from 药品·医疗器械·化妆品: the cases module turns it into a clue to verify, once per (<see cref="SourceKind"/>,
/// <see cref="SourceId"/>). <see cref="SourceKind"/> names the record that found it (e.g. "inspection" GSP 检查发现违法,
/// "licence" 无证经营或超范围经营, "ephedrine" 含麻黄碱类复方制剂可疑购买, "adr" 不良反应信号). <see cref="Uscc"/> is the business's.
/// </summary>
[EventName("drugs.case-clue")]
public sealed record DrugCaseClue(string SourceKind, long SourceId, string Number, string? Uscc, string PartyName, string Facts,
    DateOnly FoundOn, string FoundBy, string DivisionCode, int? OrgUnitId) : IDomainEvent;
