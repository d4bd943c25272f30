using Zhijian.Platform.Events;

namespace Zhijian.Inspections.Contracts;

/// <summary>
/// 抽查结果已确认 (the officers confirmed it): consequences follow — an unreachable, unpublished or false-information
/// result becomes a proposal for the abnormal-operation list; a problem left for follow-up becomes a case clue.
/// </summary>
[EventName("inspections.result-confirmed")]
public sealed record InspectionResultConfirmed(long ResultId, long TaskId, string TaskName, string Uscc, string EntityName,
    ResultCategory Category, DateOnly InspectedOn, string DivisionCode, string OrgUnitName, IReadOnlyList<string> Officers) : IDomainEvent;

/// <summary>抽查结果已公示 (or a published result was corrected): the credit module records it.</summary>
[EventName("inspections.result-published")]
public sealed record InspectionResultPublished(long ResultId, long TaskId, string TaskName, string Uscc, ResultCategory Category,
    DateOnly InspectedOn, DateOnly PublishedOn, string OrgUnitName, int Version) : IDomainEvent;

/// <summary>
/// 案件线索 from a random inspection (发现问题待后续处理): the cases module turns it into a clue to verify.
/// </summary>
[EventName("inspections.case-clue")]
public sealed record InspectionCaseClue(long ResultId, long TaskId, string Uscc, string EntityName, string DivisionCode,
    DateOnly FoundOn, string Facts, IReadOnlyList<string> Officers) : IDomainEvent;
