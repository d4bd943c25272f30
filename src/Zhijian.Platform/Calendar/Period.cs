using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zhijian.Platform.Calendar;

/// <summary>The unit a legal time limit is stated in.</summary>
public enum PeriodUnit
{
    /// <summary>工作日 (WD).</summary>
    WorkingDays,

    /// <summary>日, calendar days (CD).</summary>
    CalendarDays,
}

/// <summary>
/// 期限: a legal time limit such as 45 个工作日 ("45WD") or 60 日 ("60CD").
/// The text form is what the rule settings store.
/// </summary>
public readonly record struct Period(int Count, PeriodUnit Unit)
{
    /// <summary>Parses "45WD" or "60CD" (case-insensitive, count 0 or more).</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static Period Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"期限格式应为数字加 WD（工作日）或 CD（日），例如 45WD、60CD：{text}");

    /// <summary>Parses "45WD" or "60CD"; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 3)
        {
            return false;
        }

        var trimmed = text.Trim();
        var suffix = trimmed[^2..];
        PeriodUnit unit;
        if (suffix.Equals("WD", StringComparison.OrdinalIgnoreCase))
        {
            unit = PeriodUnit.WorkingDays;
        }
        else if (suffix.Equals("CD", StringComparison.OrdinalIgnoreCase))
        {
            unit = PeriodUnit.CalendarDays;
        }
        else
        {
            return false;
        }

        if (!int.TryParse(trimmed[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        period = new Period(count, unit);
        return true;
    }

    /// <summary>"45WD" / "60CD".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count}{(Unit == PeriodUnit.WorkingDays ? "WD" : "CD")}");

    /// <summary>"45个工作日" / "60日", as the regulations write it.</summary>
    public string ToChinese() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count}{(Unit == PeriodUnit.WorkingDays ? "个工作日" : "日")}");
}
