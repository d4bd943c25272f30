namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>
/// 报送隐患. <c>source</c>: inspector (default for staff) | inspection-body (default for API clients with sequip.inspect) | rescue |
/// maintenance; <c>kind</c> a <see cref="Domain.Safety.HazardKinds"/> code; <c>grade</c> 1 一般 / 2 重大 (a serious kind forces 2);
/// <c>deadlineOn</c> optional (the 责令整改通知书's date; default by grade).
/// </summary>
internal sealed record ReportHazard(string? Kind, string? Description, int? Grade, string? Source, DateOnly? FoundOn, DateOnly? DeadlineOn, string? SourceReference);

/// <summary>下达责令整改通知书 (date optional: today).</summary>
internal sealed record IssueHazardNotice(DateOnly? NoticeOn);

/// <summary>整改报告: date and measures.</summary>
internal sealed record RectifyHazard(DateOnly? RectifiedOn, string? Measures);

/// <summary>复查: 通过 → 销号; 不通过 → back to 整改中 with a new deadline (default by grade from today).</summary>
internal sealed record ReviewHazard(bool Passed, string? Opinion, DateOnly? NewDeadlineOn);

/// <summary>A hazard in a list.</summary>
internal sealed record HazardRow(long Id, string Number, string EquipmentCode, string Category, string UserName, string Kind, string Grade, string Source,
    DateOnly FoundOn, DateOnly DeadlineOn, string Status, bool Overdue, string DivisionCode);

/// <summary>A page of rows and the total.</summary>
internal sealed record HazardList(IReadOnlyList<HazardRow> Items, int Total, int Page, int Size);

/// <summary>One timeline line.</summary>
internal sealed record SafetyHistoryEntry(DateTimeOffset At, string Actor, string Text);

/// <summary>A hazard in full with its timeline and what may be done next.</summary>
internal sealed record HazardView(long Id, string Number, long EquipmentId, string EquipmentCode, string Category, string DivisionCode, string UserUscc, string UserName,
    string Source, string? SourceReference, string KindCode, string Kind, string Description, string Grade, bool StopRequired, DateOnly FoundOn, string FoundBy,
    DateOnly DeadlineOn, string DeadlineRule, string Status, bool Overdue, int Round, string? NoticeNo, DateOnly? NoticeOn, DateOnly? RectifiedOn,
    string? Measures, DateOnly? ReviewDueOn, DateOnly? ReviewedOn, string? ReviewedBy, string? ReviewOpinion, DateOnly? ClosedOn, bool? ClosedOnTime,
    bool CaseClueRaised, IReadOnlyList<string> NextSteps, IReadOnlyList<SafetyHistoryEntry> History);
