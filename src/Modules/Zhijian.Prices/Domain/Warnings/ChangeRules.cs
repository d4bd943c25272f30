namespace Zhijian.Prices.Domain.Warnings;

/// <summary>The window of a price-change rule: against the previous day, the previous week, or the same period a year before.</summary>
internal enum ChangeWindow
{
    Day = 1,
    Week = 2,
    YearOnYear = 3,
}

/// <summary>Which way a change must go to count.</summary>
internal enum ChangeDirection
{
    Up = 1,
    Down = 2,
    Either = 3,
}

/// <summary>A configurable rule of one good: a change over <see cref="Window"/> of at least <see cref="Percent"/> % in <see cref="Direction"/> raises <see cref="Level"/>.</summary>
internal sealed record PriceChangeRule(ChangeWindow Window, ChangeDirection Direction, decimal Percent, WarningLevel Level);

/// <summary>Percentage changes and the rules over them (pure).</summary>
internal static class ChangeRules
{
    /// <summary>(current − base) ÷ base × 100; null (无法计算, never 0) when either price is missing or the base is not positive.</summary>
    public static decimal? Percent(decimal? current, decimal? basePrice) =>
        current is { } c && basePrice is > 0 ? (c - basePrice.Value) / basePrice.Value * 100m : null;

    /// <summary>The most severe level among <paramref name="rules"/> of <paramref name="window"/> that <paramref name="change"/> reaches (edges included).</summary>
    public static WarningLevel? Level(IEnumerable<PriceChangeRule> rules, ChangeWindow window, decimal? change) =>
        change is not { } c ? null
        : rules.Where(r => r.Window == window && Reaches(r, c)).Select(r => (WarningLevel?)r.Level).OrderBy(l => l).FirstOrDefault();

    private static bool Reaches(PriceChangeRule r, decimal change) => r.Direction switch
    {
        ChangeDirection.Up => change >= r.Percent,
        ChangeDirection.Down => change <= -r.Percent,
        _ => Math.Abs(change) >= r.Percent,
    };
}
