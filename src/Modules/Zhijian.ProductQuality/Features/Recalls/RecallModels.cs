using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 报送缺陷报告/事故报告. The firm: <see cref="Uscc"/> (checked against the registry when on record), else <see cref="FirmName"/> and
/// <see cref="DivisionCode"/> (an out-of-area firm). <see cref="AffectedUnits"/> 涉及数量 is required and &gt; 0; <see cref="KnownAt"/>
/// 知悉时间; <see cref="ReportedAt"/> defaults to now.
/// </summary>
internal sealed record CreateDefectReport(ProductKind Kind, string? Uscc, string? FirmName, string? DivisionCode, string Category, string Product,
    string? Models, DateOnly? ProducedFrom, DateOnly? ProducedTo, long? AffectedUnits, IncidentType Incident, string Description,
    DateTimeOffset? KnownAt, DateTimeOffset? ReportedAt);

/// <summary>立案缺陷调查: from a report (its firm and product), or from a complaint (then firm and product are given).</summary>
internal sealed record OpenInvestigation(long? DefectReportId, string? ComplaintRef, ProductKind? Kind, string? Uscc, string? FirmName, string? DivisionCode,
    string? Category, string? Product, string? Models, long? AffectedUnits, string Reason, DateOnly? OpenedOn);

/// <summary>调查措施: 约谈, 技术检测, 专家论证, 现场调查.</summary>
internal sealed record AddInvestigationStep(InvestigationStepKind Kind, DateOnly? On, string Text);

/// <summary>调查结论: 存在缺陷 / 不存在缺陷; cars: <see cref="NotifiedOn"/> the day the maker received the defect notice.</summary>
internal sealed record ConcludeInvestigation(bool? DefectFound, string Conclusion, DateOnly? ConcludedOn, DateOnly? NotifiedOn);

/// <summary>汽车生产者的异议 (within the window).</summary>
internal sealed record RecordObjection(DateOnly? ObjectedOn, string Text);

/// <summary>异议的决定: <see cref="Upheld"/> true 异议成立 (no defect), false 异议不成立.</summary>
internal sealed record DecideObjection(bool? Upheld, string Reason);

/// <summary>
/// 登记召回. Voluntary (主动召回; RecallPolicy) with <see cref="ConfirmedOn"/> 确认缺陷之日; ordered (责令召回; section chiefs) from an
/// investigation with a defect found — for cars after the objection window or a rejected objection — with <see cref="OrderNo"/>.
/// </summary>
internal sealed record CreateRecall(RecallMode Mode, ProductKind? Kind, long? InvestigationId, string? Uscc, string? FirmName, string? DivisionCode,
    string? Category, string? Product, string? Models, DateOnly? ProducedFrom, DateOnly? ProducedTo, long? AffectedUnits,
    string Defect, string Hazard, string? Contact, DateOnly? ConfirmedOn, string? OrderNo);

/// <summary>召回计划备案: measures, affected units, scope, start and end.</summary>
internal sealed record FileRecallPlan(RecallMeasures Measures, long? AffectedUnits, string Scope, DateOnly? Start, DateOnly? End, DateOnly? FiledOn);

/// <summary>召回公告 (on the portal from then on).</summary>
internal sealed record PublishRecallNotice(DateOnly? PublishedOn, string Text);

/// <summary>汽车：已通知车主.</summary>
internal sealed record NotifyOwners(DateOnly? NotifiedOn);

/// <summary>阶段性进展报告: recalled units to date, and by measure.</summary>
internal sealed record RecallProgressInput(DateOnly? ReportedOn, long? Recalled, long? Repaired, long? Replaced, long? Refunded, long? Warned, string? Notes);

/// <summary>召回总结报告.</summary>
internal sealed record RecallSummaryInput(DateOnly? SubmittedOn, long? Recalled, string Text);

/// <summary>拒不召回 / 不按计划实施 (an ordered recall): the case clue goes at once.</summary>
internal sealed record RefuseRecall(DateOnly? On, string Note);

/// <summary>A page of rows and the total.</summary>
internal sealed record RecallPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

internal sealed record DefectReportRow(long Id, string Number, string Kind, string FirmName, string Category, string Product, long AffectedUnits,
    string Incident, DateTimeOffset KnownAt, DateTimeOffset ReportedAt, DateOnly DueOn, bool Late, string Status);

internal sealed record InvestigationRow(long Id, string Number, string Kind, string FirmName, string Product, string Status, DateOnly OpenedOn,
    DateOnly? ObjectionDueOn, string? Mark);

internal sealed record RecallRow(long Id, string Number, string Kind, string Mode, string FirmName, string Product, string Status, long AffectedUnits,
    long RecalledUnits, decimal? Effectiveness, DateOnly? NextDueOn, string? NextStep, string? Mark);

internal sealed record RecallHistoryEntry(DateTimeOffset At, string Actor, string Text);

internal sealed record DefectReportView(long Id, string Number, string Kind, string Status, string? Uscc, string FirmName, bool Registered, string DivisionCode,
    string OrgUnit, string Category, string Product, string Models, DateOnly? ProducedFrom, DateOnly? ProducedTo, long AffectedUnits, string Incident,
    string Description, DateTimeOffset KnownAt, DateTimeOffset ReportedAt, DateOnly DueOn, string DueRule, bool Late, long? InvestigationId,
    IReadOnlyList<RecallHistoryEntry> History);

internal sealed record InvestigationStepView(long Id, string Kind, DateOnly On, string Text, string By);

internal sealed record InvestigationView(long Id, string Number, string Kind, string Status, long? DefectReportId, string? ComplaintRef, string? Uscc,
    string FirmName, string DivisionCode, string OrgUnit, string Category, string Product, string Models, long AffectedUnits, string Reason, DateOnly OpenedOn,
    DateOnly? ConcludedOn, bool? DefectFound, string? Conclusion, DateOnly? NotifiedOn, DateOnly? ObjectionDueOn, string? ObjectionRule, DateOnly? ObjectedOn,
    string? ObjectionText, bool? ObjectionUpheld, DateOnly? ObjectionDecidedOn, string? ObjectionDecision, bool MayOrderRecall, long? RecallId,
    IReadOnlyList<InvestigationStepView> Steps, IReadOnlyList<RecallHistoryEntry> History);

/// <summary>One line of the deadline box: what is due, by when, the rule in words, done on, overdue.</summary>
internal sealed record RecallDeadlineLine(string Step, DateOnly? DueOn, string? Rule, DateOnly? DoneOn, bool Overdue);

internal sealed record RecallProgressView(long Id, DateOnly ReportedOn, long Recalled, long Repaired, long Replaced, long Refunded, long Warned, string? Notes, string By);

internal sealed record RecallView(long Id, string Number, string Kind, string Mode, string Status, long? InvestigationId, string? Uscc, string FirmName,
    string DivisionCode, string OrgUnit, string Category, string Product, string Models, DateOnly? ProducedFrom, DateOnly? ProducedTo, string Defect, string Hazard,
    string Contact, DateOnly ConfirmedOn, string? OrderNo, string Measures, long AffectedUnits, string? Scope, DateOnly? PlanStart, DateOnly? PlanEnd,
    DateOnly? PlanFiledOn, DateOnly? NoticeOn, string? NoticeText, DateOnly? OwnersNotifiedOn, long RecalledUnits, decimal? Effectiveness,
    DateOnly? SummaryOn, string? SummaryText, DateOnly? RefusedOn, string? RefusalNote, bool ClueRaised, string? RecordsNote,
    IReadOnlyList<RecallDeadlineLine> Deadlines, IReadOnlyList<RecallProgressView> Progress, IReadOnlyList<RecallHistoryEntry> History);

/// <summary>召回公告 row on the portal (firms and products only; no personal data).</summary>
internal sealed record PublicRecallRow(string Number, string Kind, string Mode, string FirmName, string Product, string Models, long AffectedUnits,
    DateOnly NoticeOn, string Status);

/// <summary>召回公告 on the portal.</summary>
internal sealed record PublicRecallNotice(string Number, string Kind, string Mode, string FirmName, string Product, string Category, string Models,
    DateOnly? ProducedFrom, DateOnly? ProducedTo, long AffectedUnits, string Defect, string Hazard, string Measures, string? Scope, DateOnly? PlanStart,
    DateOnly? PlanEnd, string Contact, DateOnly NoticeOn, string NoticeText, long RecalledUnits, decimal? Effectiveness, string Status, string OrgUnit);
