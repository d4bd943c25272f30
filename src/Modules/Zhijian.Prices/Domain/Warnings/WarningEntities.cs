using Zhijian.Platform.Storage;

namespace Zhijian.Prices.Domain.Warnings;

/// <summary>
/// One version of a good's percentage-change rule. Editing a rule closes its version (<see cref="EffectiveTo"/>) and adds the next
/// (<see cref="Version"/> + 1, same <see cref="GroupId"/>); a period is judged by the version in force on its last day, and each
/// warning keeps the version that raised it.
/// </summary>
internal sealed class ChangeRuleVersion
{
    public long Id { get; set; }

    /// <summary>The id of the rule's first version.</summary>
    public long GroupId { get; set; }

    public int Version { get; set; }

    public required string GoodCode { get; set; }

    public ChangeWindow Window { get; set; }

    public ChangeDirection Direction { get; set; }

    public decimal Percent { get; set; }

    public WarningLevel Level { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

internal enum WarningStatus
{
    /// <summary>待处置</summary>
    Open = 0,

    /// <summary>已处置</summary>
    Handled = 1,
}

/// <summary>
/// 价格预警: raised once per rule, good, division and period (<see cref="RuleKey"/>, <see cref="GoodCode"/>, <see cref="DivisionCode"/>,
/// <see cref="PeriodStart"/>), with the rule version, the inputs (JSON) and the value; its notice goes out through the outbox in the same
/// save. A later re-evaluation that finds a more severe level for the same period raises the level (audited), never lowers it.
/// </summary>
internal sealed class PriceWarning : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>JGYJ + year + six digits.</summary>
    public required string Number { get; set; }

    /// <summary>pork.fall | pork.rise | change:{GroupId}.</summary>
    public required string RuleKey { get; set; }

    /// <summary>The rule in words (e.g. “猪粮比过度下跌（生猪预案）”).</summary>
    public required string RuleName { get; set; }

    /// <summary>The version that raised it: “第 2 版（2026-03-01 起）”.</summary>
    public required string RuleVersion { get; set; }

    public long? RuleVersionId { get; set; }

    public required string GoodCode { get; set; }

    public required string GoodName { get; set; }

    public required string DivisionCode { get; set; }

    public WarningLevel Level { get; set; }

    /// <summary>The period in words: 2026-03-02 (day), 2026年第10周.</summary>
    public required string Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>The judged value: 猪粮比 or a change in per cent.</summary>
    public decimal Value { get; set; }

    /// <summary>":1" or "%".</summary>
    public required string ValueUnit { get; set; }

    /// <summary>The inputs as JSON (prices, base period, thresholds in force).</summary>
    public required string Inputs { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public bool NoticeSent { get; set; }

    public WarningStatus Status { get; set; }

    public string? HandledNote { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    public string? HandledBy { get; set; }
}
