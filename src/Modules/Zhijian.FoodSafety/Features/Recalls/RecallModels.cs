using Zhijian.FoodSafety.Domain.Recalls;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>A batch (lot) of a recalled product: production date, quantity produced and sold to the market, in the recall's unit.</summary>
internal sealed record RecallBatchInput(string Lot, DateOnly? ProductionDate, decimal Produced, decimal Sold);

/// <summary>A recalled product: name, specification, GTIN (8/12/13/14 digits with the GS1 check digit) if it has one, its batches.</summary>
internal sealed record RecallProductInput(string Name, string? Specification, string? Gtin, IReadOnlyList<RecallBatchInput>? Batches);

/// <summary>
/// 登记食品召回. <see cref="Level"/> 1 一级, 2 二级, 3 三级; <see cref="Kind"/> 主动召回 (Voluntary) or 责令召回 (Ordered, section
/// chiefs: also a 案件线索); <see cref="LearnedAt"/> 知悉食品安全风险的时间; <see cref="StartedAt"/> 召回开始时间 when already started.
/// </summary>
internal sealed record CreateRecall(string Uscc, int Level, RecallKind Kind, string Reason, string Unit, DateTimeOffset? LearnedAt, DateTimeOffset? StartedAt,
    string? OrderNo, IReadOnlyList<RecallProductInput>? Products);

/// <summary>召回计划 received by the bureau.</summary>
internal sealed record RecallPlanInput(DateOnly? ReceivedOn, string Summary, decimal? PlannedQuantity);

/// <summary>召回公告: published on the portal at once.</summary>
internal sealed record RecallAnnouncementInput(DateOnly? PublishedOn, string Text);

/// <summary>阶段性进展报告 (planned and sold default to the plan and the batches).</summary>
internal sealed record RecallProgressInput(DateOnly? ReportedOn, decimal? Recalled, decimal? Planned, decimal? Sold, string? Notes);

/// <summary>总结报告: totals; effectiveness = recalled / sold to the market.</summary>
internal sealed record RecallSummaryInput(DateOnly? SubmittedOn, decimal? Recalled, decimal? Sold, string Text);

/// <summary>处置 reported in advance: method, quantity, place, planned time.</summary>
internal sealed record PlanRecallDisposal(DisposalMethod Method, decimal? Quantity, string Place, DateTimeOffset? PlannedAt);

/// <summary>处置 done, witnessed by named staff (login names).</summary>
internal sealed record RecallDisposalDone(DateOnly? DoneOn, decimal? Quantity, IReadOnlyList<string>? Witnesses, string? Note);

/// <summary>召回完成.</summary>
internal sealed record CompleteRecall(DateOnly? CompletedOn);

/// <summary>延长完成期限 (bureau approval): new date and reason.</summary>
internal sealed record ExtendRecall(DateOnly? NewDueOn, string Reason);

/// <summary>召回效果评估: 达到召回要求, or not (责令重新召回, the note says why).</summary>
internal sealed record EvaluateRecall(bool Passed, string? Note);

/// <summary>从追溯链生成召回范围: the start batch (as the trace area keys it) and the depth (default 5).</summary>
internal sealed record TraceRecallScope(string BatchKey, int? Depth);

/// <summary>A scope line added by hand.</summary>
internal sealed record AddScopeLine(string PartyName, string? Uscc, string PartyKind, string? DivisionCode, string? BatchKey, decimal? QuantityReceived, string? Note);

/// <summary>A scope line's progress.</summary>
internal sealed record UpdateScopeLine(decimal? Recalled, ScopeLineStatus Status, string? Note);

/// <summary>A page of rows and the total.</summary>
internal sealed record RecallPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>召回列表 row, with the deadline in force and its mark (已超期 / 即将到期 / 启动超期 / 进展报告逾期).</summary>
internal sealed record RecallRow(long Id, string Number, string Level, string Kind, string ProducerName, string Product, string Status,
    DateTimeOffset StartBy, DateTimeOffset? StartedAt, DateOnly? DueOn, string? Mark);

internal sealed record RecallBatchView(long Id, string Lot, DateOnly? ProductionDate, decimal Produced, decimal Sold);

internal sealed record RecallProductView(long Id, string Name, string? Specification, string? Gtin, IReadOnlyList<RecallBatchView> Batches);

internal sealed record RecallProgressView(long Id, int Round, DateOnly ReportedOn, decimal Recalled, decimal Planned, decimal Sold, string? Notes, string By);

internal sealed record RecallDisposalView(long Id, string Method, decimal Quantity, string Place, DateTimeOffset PlannedAt, DateTimeOffset ReportedAt,
    DateOnly? DoneOn, decimal? DoneQuantity, string? Witnesses, string? Note);

internal sealed record RecallScopeView(long Id, string? PartyId, string PartyName, string? Uscc, string PartyKind, string? DivisionCode, string? BatchKey,
    string? ProductName, decimal? QuantityReceived, DateTimeOffset? FirstReceivedAt, int? Depth, bool Manual, decimal Recalled, string Status, string? Note);

internal sealed record RecallHistoryEntry(DateTimeOffset At, string Actor, string Text);

/// <summary>The deadline box: each deadline with the rule version that gave it.</summary>
internal sealed record RecallDeadlineView(DateTimeOffset StartBy, int StartHours, string StartRule, bool StartOverdue, DateOnly? CompleteBy, string? CompleteRule,
    DateOnly? DueOn, string? ExtensionReason, string? ExtensionApprovedBy, DateOnly? ExtendedOn, bool CompleteOverdue, DateOnly? ProgressDueOn, bool ProgressOverdue,
    int ProgressGapDays);

/// <summary>食品召回 in full.</summary>
internal sealed record RecallView(long Id, string Number, int Level, string LevelName, string LevelDefinition, string LevelRegime, string Kind, string Status,
    int Round, string Uscc, string ProducerName, string ProducerAddress, string DivisionCode, string OrgUnit, string Reason, string Unit,
    DateTimeOffset LearnedAt, DateTimeOffset? StartedAt, string? OrderNo, DateOnly? OrderedOn,
    DateOnly? PlanReceivedOn, string? PlanSummary, decimal? PlannedQuantity, DateOnly? AnnouncedOn, string? AnnouncementText,
    DateOnly? SummaryOn, string? SummaryText, decimal? SummaryRecalled, decimal? SummarySold, decimal? Effectiveness,
    DateOnly? CompletedOn, DateOnly? EvaluatedOn, bool? EvaluationPassed, string? EvaluationNote, string? EvaluatedBy,
    string? ScopeBatchKey, int? ScopeDepth, DateTimeOffset? ScopeTracedAt, bool ScopeTruncated,
    decimal Produced, decimal Sold, decimal Recalled, RecallDeadlineView Deadlines,
    IReadOnlyList<RecallProductView> Products, IReadOnlyList<RecallProgressView> Progress, IReadOnlyList<RecallDisposalView> Disposals,
    IReadOnlyList<RecallScopeView> Scope, IReadOnlyList<RecallHistoryEntry> History);

/// <summary>召回公告 row on the portal: no personal data (firms, products, batches only).</summary>
internal sealed record PublicRecallRow(string Number, string ProducerName, string Products, string Batches, string Level, string Kind, string Reason,
    DateOnly AnnouncedOn, string Status);

/// <summary>召回公告 in full on the portal.</summary>
internal sealed record PublicRecallNotice(string Number, string ProducerName, string ProducerAddress, string Level, string LevelDefinition, string Kind,
    string Reason, DateOnly AnnouncedOn, string AnnouncementText, string Status, DateOnly? CompletedOn, string OrgUnit,
    IReadOnlyList<PublicRecallBatch> Batches);

/// <summary>A recalled batch as the notice lists it.</summary>
internal sealed record PublicRecallBatch(string Product, string? Specification, string? Gtin, string Lot, DateOnly? ProductionDate);
