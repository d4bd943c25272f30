using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Recalls;

/// <summary>
/// 食品召回: one recall of a food producer (a registry entity), its level with the definition of the rule version in force when
/// the risk became known, the start deadline (知悉时间 + hours) and the completion deadline (announcement + working days), the
/// plan, the announcement, the summary, the bureau's evaluation. Products, batches, reports, disposals, scope lines and the
/// timeline hang off it.
/// </summary>
internal sealed class Recall : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>召回编号, e.g. ZH2026000001 (the portal's notice address).</summary>
    public string Number { get; set; } = "";

    public RecallLevel Level { get; set; }

    public RecallKind Kind { get; set; }

    public RecallStatus Status { get; set; }

    /// <summary>1 for the first recall; +1 each time the evaluation orders a 重新召回.</summary>
    public int Round { get; set; } = 1;

    public string Uscc { get; set; } = "";

    public string ProducerName { get; set; } = "";

    public string ProducerAddress { get; set; } = "";

    /// <summary>生产者属地.</summary>
    public string DivisionCode { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    /// <summary>召回原因（食品安全风险、不合格项目或标签问题）.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The level's meaning under the rule version applied (2015 rule or the 2026 revision).</summary>
    public string LevelDefinition { get; set; } = "";

    /// <summary>"2015" or "2026": which 《食品召回管理办法》 defined the level (rule food.recall-levels on the 知悉 date).</summary>
    public string LevelRegime { get; set; } = "";

    /// <summary>计量单位 of every quantity of the recall (箱, 瓶, 千克 …).</summary>
    public string Unit { get; set; } = "";

    /// <summary>知悉食品安全风险的时间.</summary>
    public DateTimeOffset LearnedAt { get; set; }

    /// <summary>启动召回期限 = <see cref="LearnedAt"/> + food.recall-start-{level} hours in force on the 知悉 date.</summary>
    public DateTimeOffset StartBy { get; set; }

    public int StartHours { get; set; }

    /// <summary>The start rule's version applied (effective date, version and source).</summary>
    public string StartRule { get; set; } = "";

    /// <summary>召回开始时间 (given, or the time the plan was reported).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateOnly? StartedOn { get; set; }

    /// <summary>责令召回: 通知书文号 and date.</summary>
    public string? OrderNo { get; set; }

    public DateOnly? OrderedOn { get; set; }

    public DateOnly? PlanReceivedOn { get; set; }

    public string? PlanSummary { get; set; }

    public decimal? PlannedQuantity { get; set; }

    /// <summary>召回公告发布日期: the notice is on the portal from then on.</summary>
    public DateOnly? AnnouncedOn { get; set; }

    public string? AnnouncementText { get; set; }

    /// <summary>完成召回期限 = announcement + food.recall-complete-{level} (working days) in force on the start date.</summary>
    public DateOnly? CompleteBy { get; set; }

    /// <summary>The completion rule's period in words and its version.</summary>
    public string? CompleteRule { get; set; }

    /// <summary>The deadline in force: <see cref="CompleteBy"/>, or the date of an approved extension.</summary>
    public DateOnly? DueOn { get; set; }

    public string? ExtensionReason { get; set; }

    public string? ExtensionApprovedBy { get; set; }

    public DateOnly? ExtendedOn { get; set; }

    /// <summary>Date of the latest 阶段性进展报告 (or of the announcement when none yet): the progress gap counts from it.</summary>
    public DateOnly? LastProgressOn { get; set; }

    public DateOnly? SummaryOn { get; set; }

    public string? SummaryText { get; set; }

    /// <summary>总结报告：召回数量 / 已售出（流入市场）数量.</summary>
    public decimal? SummaryRecalled { get; set; }

    public decimal? SummarySold { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>true 达到召回要求; false 未达到（责令重新召回）.</summary>
    public bool? EvaluationPassed { get; set; }

    public string? EvaluationNote { get; set; }

    public string? EvaluatedBy { get; set; }

    /// <summary>The forward trace that filled the scope: start batch, depth, when.</summary>
    public string? ScopeBatchKey { get; set; }

    public int? ScopeDepth { get; set; }

    public DateTimeOffset? ScopeTracedAt { get; set; }

    public bool ScopeTruncated { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>召回产品: name, specification, GTIN (商品条码) when it has one.</summary>
internal sealed class RecallProduct
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public int Seq { get; set; }

    public string Name { get; set; } = "";

    public string? Specification { get; set; }

    public string? Gtin { get; set; }
}

/// <summary>召回批次: lot, production date, quantity produced and sold (in the recall's unit).</summary>
internal sealed class RecallBatch
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public long ProductId { get; set; }

    public string Lot { get; set; } = "";

    public DateOnly? ProductionDate { get; set; }

    public decimal Produced { get; set; }

    public decimal Sold { get; set; }
}

/// <summary>阶段性进展报告: recalled vs planned vs sold at a date.</summary>
internal sealed class RecallProgress
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public int Round { get; set; }

    public DateOnly ReportedOn { get; set; }

    public decimal Recalled { get; set; }

    public decimal Planned { get; set; }

    public decimal Sold { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>召回食品的处置: reported in advance (planned time and place), then done and witnessed by named staff.</summary>
internal sealed class RecallDisposal
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public DisposalMethod Method { get; set; }

    public decimal Quantity { get; set; }

    public string Place { get; set; } = "";

    /// <summary>计划处置时间 (reported to the bureau before it).</summary>
    public DateTimeOffset PlannedAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public DateOnly? DoneOn { get; set; }

    public decimal? DoneQuantity { get; set; }

    /// <summary>现场见证的执法人员 (display names joined by "、").</summary>
    public string? Witnesses { get; set; }

    public string? Note { get; set; }
}

/// <summary>召回范围: a downstream party holding a recalled batch (from the forward trace, or added by hand) and its progress.</summary>
internal sealed class RecallScopeLine
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    /// <summary>The trace area's party id; null for a line added by hand.</summary>
    public string? PartyId { get; set; }

    public string PartyName { get; set; } = "";

    public string? Uscc { get; set; }

    /// <summary>冷库 / 批发市场 / 摊位 / 商超 / 餐饮 …</summary>
    public string PartyKind { get; set; } = "";

    public string? DivisionCode { get; set; }

    public string? BatchKey { get; set; }

    public string? ProductName { get; set; }

    public decimal? QuantityReceived { get; set; }

    public DateTimeOffset? FirstReceivedAt { get; set; }

    /// <summary>Hops from the start batch (null for a manual line).</summary>
    public int? Depth { get; set; }

    public bool Manual { get; set; }

    public decimal Recalled { get; set; }

    public ScopeLineStatus Status { get; set; } = ScopeLineStatus.Pending;

    public string? Note { get; set; }
}

/// <summary>召回履历 (the timeline on the recall page).</summary>
internal sealed class RecallEvent
{
    public long Id { get; set; }

    public long RecallId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}
