namespace Zhijian.Platform.Rules;

/// <summary>
/// One version of a rule setting (时限、比例、阈值): the value in force from <see cref="EffectiveFrom"/> until the
/// next later version. A change never edits a row: it adds a version, so a record keeps the rule that was in
/// force on its trigger date.
/// </summary>
public sealed class RuleSetting
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Raw value in the definition's kind: "7WD", "60CD", "100000", "0.05", "12".</summary>
    public string Value { get; set; } = "";

    /// <summary>1 for the shipped default, then +1 per change of the same key and date.</summary>
    public int Version { get; set; }

    /// <summary>Legal source or the reason for the change.</summary>
    public string Note { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }
}
