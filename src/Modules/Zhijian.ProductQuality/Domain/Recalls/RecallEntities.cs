using Zhijian.Platform.Storage;

namespace Zhijian.ProductQuality.Domain.Recalls;

/// <summary>
/// 缺陷报告 / 事故报告 from a firm (or the recall system): the firm (registry-checked when it has a USCC on record; an
/// out-of-area firm by name and division), the product, affected units, the incident, when the firm knew and when it reported;
/// the report is due pq.defect-report-wd working days after the day it knew (逾期报告 when later).
/// </summary>
internal sealed class DefectReport : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>报告编号, e.g. QXBG2026000001.</summary>
    public string Number { get; set; } = "";

    public ProductKind Kind { get; set; }

    public DefectReportStatus Status { get; set; } = DefectReportStatus.Received;

    public string? Uscc { get; set; }

    public string FirmName { get; set; } = "";

    /// <summary>Whether the firm was found in the registry (else given by name and division).</summary>
    public bool Registered { get; set; }

    /// <summary>属地 of the record: the firm's division when it is in the registry, else the receiving bureau's (an out-of-area firm).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The firm's own division (GB/T 2260), also for an out-of-area firm.</summary>
    public string FirmDivisionCode { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    /// <summary>产品类别 (儿童推车, 电动自行车充电器, 乘用车 …).</summary>
    public string Category { get; set; } = "";

    public string Product { get; set; } = "";

    /// <summary>型号/批次.</summary>
    public string Models { get; set; } = "";

    public DateOnly? ProducedFrom { get; set; }

    public DateOnly? ProducedTo { get; set; }

    /// <summary>涉及数量 (units; required, &gt; 0).</summary>
    public long AffectedUnits { get; set; }

    public IncidentType Incident { get; set; }

    public string Description { get; set; } = "";

    /// <summary>知悉时间.</summary>
    public DateTimeOffset KnownAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public DateOnly ReportedOn { get; set; }

    /// <summary>报告期限 = 知悉之日 + pq.defect-report-wd (working days, the day of knowing not counted).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The rule applied, in words.</summary>
    public string DueRule { get; set; } = "";

    /// <summary>逾期报告: reported after <see cref="DueOn"/>.</summary>
    public bool Late { get; set; }

    public long? InvestigationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// 缺陷调查: opened from a report or a complaint; steps (约谈, 技术检测, 专家论证); conclusion 存在缺陷 / 不存在缺陷. For cars the
/// conclusion is notified to the maker, who may object within pq.car-objection-wd working days; the objection is decided; after
/// the window (no objection) or a rejected objection the bureau may order the recall.
/// </summary>
internal sealed class Investigation : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>调查编号, e.g. QXDC2026000001.</summary>
    public string Number { get; set; } = "";

    public ProductKind Kind { get; set; }

    public InvestigationStatus Status { get; set; } = InvestigationStatus.Open;

    public long? DefectReportId { get; set; }

    /// <summary>投诉举报编号 when opened from a complaint.</summary>
    public string? ComplaintRef { get; set; }

    public string? Uscc { get; set; }

    public string FirmName { get; set; } = "";

    /// <summary>属地 of the record: the firm's division when it is in the registry, else the receiving bureau's (an out-of-area firm).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The firm's own division (GB/T 2260), also for an out-of-area firm.</summary>
    public string FirmDivisionCode { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string Category { get; set; } = "";

    public string Product { get; set; } = "";

    public string Models { get; set; } = "";

    public DateOnly? ProducedFrom { get; set; }

    public DateOnly? ProducedTo { get; set; }

    public long AffectedUnits { get; set; }

    public string Reason { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>true 存在缺陷, false 不存在缺陷.</summary>
    public bool? DefectFound { get; set; }

    public string? Conclusion { get; set; }

    /// <summary>Cars: the day the maker received the defect notice; the objection window counts from it.</summary>
    public DateOnly? NotifiedOn { get; set; }

    public DateOnly? ObjectionDueOn { get; set; }

    public string? ObjectionRule { get; set; }

    public DateOnly? ObjectedOn { get; set; }

    public string? ObjectionText { get; set; }

    /// <summary>true 异议成立 (no defect), false 异议不成立.</summary>
    public bool? ObjectionUpheld { get; set; }

    public DateOnly? ObjectionDecidedOn { get; set; }

    public string? ObjectionDecision { get; set; }

    public long? RecallId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>调查措施: 约谈, 技术检测, 专家论证.</summary>
internal sealed class InvestigationStep
{
    public long Id { get; set; }

    public long InvestigationId { get; set; }

    public InvestigationStepKind Kind { get; set; }

    public DateOnly On { get; set; }

    public string Text { get; set; } = "";

    public string By { get; set; } = "";
}

/// <summary>
/// 召回 (主动 or 责令; 消费品 or 汽车): the plan (measures, affected units, scope, start/end), its filing, the public notice, for
/// cars the owners told, progress reports, the summary; each deadline stored with the rule it came from. An ordered recall
/// refused, or with a step overdue, raises a case clue once (<see cref="ClueRaisedAt"/>).
/// </summary>
internal sealed class Recall : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>召回编号, e.g. QXZH2026000001 (the portal's notice address).</summary>
    public string Number { get; set; } = "";

    public ProductKind Kind { get; set; }

    public RecallMode Mode { get; set; }

    public RecallStatus Status { get; set; } = RecallStatus.Opened;

    public long? InvestigationId { get; set; }

    public string? Uscc { get; set; }

    public string FirmName { get; set; } = "";

    /// <summary>属地 of the record: the firm's division when it is in the registry, else the receiving bureau's (an out-of-area firm).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The firm's own division (GB/T 2260), also for an out-of-area firm.</summary>
    public string FirmDivisionCode { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string Category { get; set; } = "";

    public string Product { get; set; } = "";

    public string Models { get; set; } = "";

    public DateOnly? ProducedFrom { get; set; }

    public DateOnly? ProducedTo { get; set; }

    /// <summary>缺陷情况.</summary>
    public string Defect { get; set; } = "";

    /// <summary>可能造成的危害.</summary>
    public string Hazard { get; set; } = "";

    /// <summary>召回联系方式 (the firm's hotline; a company number, shown in full on the notice).</summary>
    public string Contact { get; set; } = "";

    /// <summary>确认缺陷之日 (voluntary) or 责令召回之日 (ordered): the plan deadline counts from it.</summary>
    public DateOnly ConfirmedOn { get; set; }

    public string? OrderNo { get; set; }

    public DateOnly? PlanDueOn { get; set; }

    public string? PlanRule { get; set; }

    public RecallMeasures Measures { get; set; }

    /// <summary>涉及数量 (plan).</summary>
    public long AffectedUnits { get; set; }

    /// <summary>召回范围 (地区、销售渠道).</summary>
    public string? Scope { get; set; }

    public DateOnly? PlanStart { get; set; }

    public DateOnly? PlanEnd { get; set; }

    public DateOnly? PlanFiledOn { get; set; }

    public DateOnly? NoticeDueOn { get; set; }

    public string? NoticeRule { get; set; }

    public DateOnly? NoticeOn { get; set; }

    public string? NoticeText { get; set; }

    /// <summary>Cars: owners told by this date (pq.car-owner-notice-wd after filing).</summary>
    public DateOnly? OwnerNoticeDueOn { get; set; }

    public string? OwnerNoticeRule { get; set; }

    public DateOnly? OwnersNotifiedOn { get; set; }

    /// <summary>Next progress report due (notice or last report + pq.recall-progress-months).</summary>
    public DateOnly? ProgressDueOn { get; set; }

    public DateOnly? LastProgressOn { get; set; }

    /// <summary>已召回数量 to date (latest report or the summary).</summary>
    public long RecalledUnits { get; set; }

    public DateOnly? SummaryDueOn { get; set; }

    public string? SummaryRule { get; set; }

    public DateOnly? SummaryOn { get; set; }

    public string? SummaryText { get; set; }

    public DateOnly? RefusedOn { get; set; }

    public string? RefusalNote { get; set; }

    /// <summary>When the case clue went to the outbox (once per recall).</summary>
    public DateTimeOffset? ClueRaisedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>阶段性进展报告: recalled units to date, by measure.</summary>
internal sealed class RecallProgress
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public DateOnly ReportedOn { get; set; }

    public long Recalled { get; set; }

    public long Repaired { get; set; }

    public long Replaced { get; set; }

    public long Refunded { get; set; }

    public long Warned { get; set; }

    public string? Notes { get; set; }

    public string By { get; set; } = "";
}

/// <summary>履历 of a report, an investigation or a recall (the timeline on their pages).</summary>
internal sealed class RecallEvent
{
    public long Id { get; set; }

    /// <summary>"report", "investigation" or "recall".</summary>
    public string Subject { get; set; } = "";

    public long SubjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}
