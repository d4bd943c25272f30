using System.Globalization;

namespace Zhijian.Prices.Domain.Monitoring;

/// <summary>Weeks (ISO, Monday first), months, prices in 分, and the county / city levels the averages are kept at (pure).</summary>
internal static class Periods
{
    public static DateOnly WeekOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>“2026年第10周” (ISO week-numbering year).</summary>
    public static string WeekName(DateOnly monday)
    {
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt)}年第{ISOWeek.GetWeekOfYear(dt)}周");
    }

    /// <summary>The same week a year before: 52 weeks back (the week keeps its weekday alignment).</summary>
    public static DateOnly YearBefore(DateOnly monday) => monday.AddDays(-364);

    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    /// <summary>Price in 元 with at most two decimals → 分; null when it has more decimals.</summary>
    public static long? ToFen(decimal price) => decimal.Round(price, 2) == price ? (long)(price * 100m) : null;

    public static decimal Yuan(long fen) => fen / 100m;

    /// <summary>Average of <paramref name="sumFen"/> over <paramref name="count"/> in 元, to 4 places (null when nothing was reported).</summary>
    public static decimal? Average(long sumFen, long count) => count > 0 ? decimal.Round(sumFen / 100m / count, 4) : null;

    /// <summary>The averaging levels of a point's division: its county (6 digits) and its city (4 digits + "00").</summary>
    public static string[] Levels(string divisionCode) => [divisionCode[..6], divisionCode[..4] + "00"];

    /// <summary>Whether <paramref name="division"/> is a city-level code (ends in "00", not a province "0000").</summary>
    public static bool IsCity(string division) => division.Length == 6 && division.EndsWith("00", StringComparison.Ordinal) && !division.EndsWith("0000", StringComparison.Ordinal);
}
