using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhijian.FoodSafety.Domain.Sampling;

/// <summary>A limit parsed from a standard value: "≤0.5mg/kg", "&lt;100 CFU/g", "≥3.0 g/100g", "不得检出".</summary>
internal sealed record Limit(string Direction, decimal? Value, string Unit);

/// <summary>
/// The pure checks of a lab's item line: the unit of the measured value must be the unit of the standard value (mg/kg is
/// not g/kg), and where both numbers are known and the limit has a direction, the verdict must follow from them.
/// </summary>
internal static partial class ResultCheck
{
    [GeneratedRegex(@"^\s*(≤|<=|＜|<|≥|>=|＞|>)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$")]
    private static partial Regex LimitPattern();

    /// <summary>The limit of a standard value, or null when it is not a number with an optional direction and unit.</summary>
    public static Limit? ParseLimit(string? standardValue)
    {
        if (string.IsNullOrWhiteSpace(standardValue)) return null;
        var m = LimitPattern().Match(standardValue);
        if (!m.Success) return null;
        var dir = m.Groups[1].Value switch { "≤" or "<=" => "≤", "<" or "＜" => "<", "≥" or ">=" => "≥", ">" or "＞" => ">", _ => "" };
        return new Limit(dir, decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value.Trim());
    }

    /// <summary>A measured value as a number ("0.35"; "&lt;0.01" counts as below the limit of quantification: null), or null.</summary>
    public static decimal? ParseMeasured(string? measured) =>
        decimal.TryParse(measured?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Units compared without spaces and case ("mg/kg" = "MG/KG"; "mg/kg" ≠ "g/kg").</summary>
    public static bool SameUnit(string a, string b) =>
        string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string u) => u.Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="measured"/> meets <paramref name="limit"/> (null when the direction is not known).</summary>
    public static bool? Meets(Limit limit, decimal measured) => limit.Direction switch
    {
        "≤" => measured <= limit.Value,
        "<" => measured < limit.Value,
        "≥" => measured >= limit.Value,
        ">" => measured > limit.Value,
        _ => null,
    };

    /// <summary>The verdict text: "合格" → true, "不合格" → false, anything else null.</summary>
    public static bool? Verdict(string? text) => text?.Trim() switch
    {
        "合格" or "符合" or "pass" => true,
        "不合格" or "不符合" or "fail" => false,
        _ => null,
    };
}
