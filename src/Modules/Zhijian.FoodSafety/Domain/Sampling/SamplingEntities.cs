using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Sampling;

/// <summary>承检机构: a testing laboratory (CMA 资质), bound to the API clients that post its results.</summary>
internal sealed class Lab
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>CMA 资质认定证书编号.</summary>
    public string CmaNumber { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>列入食品复检机构名录 (the retest lab is drawn from these).</summary>
    public bool OnRetestList { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>The platform API client (scope food.lab) that posts this lab's results; null until one is created.</summary>
    public int? ApiClientId { get; set; }

    public string? ApiClientName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>抽样单: one sampled batch, its result, notice, review and publication.</summary>
internal sealed class SamplingOrder : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>抽样单编号, e.g. CJ20260001.</summary>
    public string Number { get; set; } = "";

    public SamplingPurpose Purpose { get; set; }

    public SamplingLevel Level { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    /// <summary>抽样人员 (at least two), display names joined by "、".</summary>
    public string Samplers { get; set; } = "";

    /// <summary>未事先通知被抽样单位 (a required declaration).</summary>
    public bool NoAdvanceNotice { get; set; }

    public string Uscc { get; set; } = "";

    public string BusinessName { get; set; } = "";

    public string BusinessAddress { get; set; } = "";

    /// <summary>被抽样单位属地.</summary>
    public string DivisionCode { get; set; } = "";

    public SamplingPlace Place { get; set; }

    public string CategoryCode { get; set; } = "";

    public string FoodName { get; set; } = "";

    public string? Brand { get; set; }

    public string? Specification { get; set; }

    public string? BatchNumber { get; set; }

    public DateOnly? ProductionDate { get; set; }

    /// <summary>标称生产者.</summary>
    public string? ProducerName { get; set; }

    public string? ProducerAddress { get; set; }

    public string? ProducerUscc { get; set; }

    /// <summary>标称生产者所在区划 (for the producer's bureau in 核查处置), when known.</summary>
    public string? ProducerDivision { get; set; }

    public string Quantity { get; set; } = "";

    /// <summary>复检备份样品数量.</summary>
    public string Reserve { get; set; } = "";

    public DateOnly SampledOn { get; set; }

    public long LabId { get; set; }

    public SamplingStatus Status { get; set; }

    /// <summary>样品送达检验机构期限.</summary>
    public DateOnly ToLabBy { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>检验报告出具期限.</summary>
    public DateOnly? ReportBy { get; set; }

    public string? ReportNo { get; set; }

    public DateOnly? ReportDate { get; set; }

    /// <summary>初检结论: true 合格, false 不合格.</summary>
    public bool? Passed { get; set; }

    /// <summary>不合格项目含微生物指标 (no 复检).</summary>
    public bool MicrobiologicalFailure { get; set; }

    /// <summary>检验机构报送结论期限 (不合格 2 WD / 合格 10 WD from the report date).</summary>
    public DateOnly? ResultToBureauBy { get; set; }

    public DateOnly? ResultReceivedOn { get; set; }

    /// <summary>送达检验结果通知书期限.</summary>
    public DateOnly? NoticeBy { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    /// <summary>申请复检 / 提出异议 截止日.</summary>
    public DateOnly? RetestApplyBy { get; set; }

    /// <summary>最终结论 (复检结论为最终结论).</summary>
    public bool? FinalPassed { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>检验项目结果 (初检 or 复检).</summary>
internal sealed class SamplingResultItem
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public bool Retest { get; set; }

    public int Seq { get; set; }

    public string Item { get; set; } = "";

    public string Standard { get; set; } = "";

    public string StandardValue { get; set; } = "";

    public string Measured { get; set; } = "";

    public string Unit { get; set; } = "";

    public bool Passed { get; set; }

    public bool Microbiological { get; set; }
}

/// <summary>复检 or 异议 on one order, with the verifiable pick of the retest lab.</summary>
internal sealed class SamplingReview
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public ReviewKind Kind { get; set; }

    public ReviewStatus Status { get; set; }

    public DateOnly AppliedOn { get; set; }

    public string Reason { get; set; } = "";

    public DateOnly AcceptBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>受理 / 不予受理 决定书编号.</summary>
    public string? DecisionNo { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>复检机构确定期限 (5 WD from acceptance, once extendable by 5 WD) / 异议处理期限.</summary>
    public DateOnly? DueBy { get; set; }

    public string? ExtensionReason { get; set; }

    /// <summary>冻结的候选复检机构 ("id,name" per line, ordinal by id).</summary>
    public string? Candidates { get; set; }

    public string? CandidateHash { get; set; }

    public string? Commitment { get; set; }

    /// <summary>The draw secret, hex; shown only after the pick.</summary>
    public string? Secret { get; set; }

    public string? PublicValue { get; set; }

    public string? Algorithm { get; set; }

    public long? PickedLabId { get; set; }

    public DateOnly? PickedOn { get; set; }

    /// <summary>复检报告期限.</summary>
    public DateOnly? ReportBy { get; set; }

    public string? ReportNo { get; set; }

    /// <summary>复检结论 / 异议处理结论 (true = 原结论不成立, i.e. 合格 / 异议成立).</summary>
    public bool? Upheld { get; set; }

    public string? Decision { get; set; }
}

/// <summary>抽样单履历.</summary>
internal sealed class SamplingEvent
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>核查处置 of a non-compliant batch.</summary>
internal sealed class Disposal : IDivisionScoped
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public string Number { get; set; } = "";

    public string OrderNumber { get; set; } = "";

    public string Uscc { get; set; } = "";

    public string BusinessName { get; set; } = "";

    public string FoodName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public int OrgUnitId { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>核查处置完成期限.</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? Summary { get; set; }
}

/// <summary>核查处置任务 to a bureau (the producer's or the seller's) or an outgoing 协查函.</summary>
internal sealed class DisposalTask
{
    public long Id { get; set; }

    public long DisposalId { get; set; }

    /// <summary>"生产者" or "销售者".</summary>
    public string Role { get; set; } = "";

    public int? OrgUnitId { get; set; }

    /// <summary>承办机构 or 协查函 addressee (外省/外市).</summary>
    public string Addressee { get; set; } = "";

    /// <summary>An outgoing 协查函 to a bureau outside this deployment.</summary>
    public bool Outgoing { get; set; }

    public string? Address { get; set; }
}

/// <summary>核查处置 checklist item (企业义务 or 核查要点).</summary>
internal sealed class DisposalStep
{
    public long Id { get; set; }

    public long DisposalId { get; set; }

    public DisposalStepKind Kind { get; set; }

    public int Seq { get; set; }

    public string Label { get; set; } = "";

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}
