using Zhijian.Credit.Contracts;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Domain;

/// <summary>企业信用风险分类: the current class of one entity with its score and factors.</summary>
internal sealed class RiskAssessment : IDivisionScoped
{
    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public RiskClass Class { get; set; }

    public decimal Score { get; set; }

    public string ModelVersion { get; set; } = "";

    /// <summary>Contributing factors, JSON array of {name, points}, largest first.</summary>
    public string Factors { get; set; } = "[]";

    public RiskClass? PreviousClass { get; set; }

    /// <summary>When the class last changed (early warning: worsened recently).</summary>
    public DateOnly? ClassChangedOn { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>History of class changes (one row per change, not per recompute).</summary>
internal sealed class RiskHistory : IDivisionScoped
{
    public long Id { get; set; }

    public string Uscc { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public RiskClass Class { get; set; }

    public RiskClass? PreviousClass { get; set; }

    public decimal Score { get; set; }

    public string ModelVersion { get; set; } = "";

    public DateOnly On { get; set; }
}

/// <summary>
/// 联合惩戒 feed: listings, removals and penalties in the order they happened; other departments poll it with a
/// cursor (the sequence number).
/// </summary>
internal sealed class FeedEntry : IDivisionScoped
{
    public long Seq { get; set; }

    /// <summary>abnormal.listed, abnormal.removed, serious.listed, serious.removed, serious.expired, penalty.published, penalty.withdrawn, penalty.repaired</summary>
    public string Kind { get; set; } = "";

    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>Decision number or source id of what happened.</summary>
    public string Reference { get; set; } = "";

    public string Summary { get; set; } = "";

    public DateOnly EffectiveOn { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

/// <summary>A saved risk model configuration (weights, thresholds); exactly one is active.</summary>
internal sealed class RiskModelVersion
{
    public string Version { get; set; } = "";

    /// <summary>The model configuration as JSON.</summary>
    public string Json { get; set; } = "";

    public bool Active { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
