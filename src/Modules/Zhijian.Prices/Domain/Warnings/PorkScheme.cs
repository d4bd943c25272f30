namespace Zhijian.Prices.Domain.Warnings;

/// <summary>预警级别: 一级 is the most severe (the 预案 counts down from 三级).</summary>
internal enum WarningLevel
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
}

/// <summary>
/// The pork scheme's numbers (《完善政府猪肉储备调节机制 做好猪肉市场保供稳价工作预案》, 2021; research §7.2 P20–P23), every one an
/// effective-dated rule setting: over-fall on 猪粮比 — 三级 below <see cref="Level3Below"/> (6:1), 二级 between
/// <see cref="Level1Below"/> and <see cref="Level3Below"/> for <see cref="Level2Weeks"/> weeks in a row, 一级 below
/// <see cref="Level1Below"/> (5:1) [F-3P]; over-rise on the lean pork retail price year on year — 二级 from
/// <see cref="RiseLevel2"/> % to <see cref="RiseLevel1"/> % inclusive, 一级 above <see cref="RiseLevel1"/> % [F-3P], 三级 from
/// <see cref="RiseLevel3"/> % [R] (null: no 三级 band).
/// </summary>
internal sealed record PorkThresholds(decimal Level3Below, decimal Level1Below, int Level2Weeks, decimal RiseLevel2, decimal RiseLevel1, decimal? RiseLevel3)
{
    public static readonly PorkThresholds Default = new(6m, 5m, 3, 30m, 40m, 20m);

    /// <summary>The settings in force on <paramref name="on"/> (<c>prices.pork.*</c>); a 三级 line not below the 二级 line means no 三级 band.</summary>
    public static PorkThresholds From(Zhijian.Platform.Rules.IRuleBook rules, DateOnly on)
    {
        var rise2 = rules.GetDecimal("prices.pork.rise-level2", on);
        var rise3 = rules.GetDecimal("prices.pork.rise-level3", on);
        return new(rules.GetDecimal("prices.pork.fall-level3-below", on), rules.GetDecimal("prices.pork.fall-level1-below", on),
            rules.GetInt("prices.pork.fall-level2-weeks", on), rise2, rules.GetDecimal("prices.pork.rise-level1", on), rise3 < rise2 ? rise3 : null);
    }
}

/// <summary>One week of the pork scheme: the week's Monday, the hog ex-farm price and the grade-2 corn wholesale price (元/公斤; null when not reported).</summary>
internal sealed record PorkWeek(DateOnly Week, decimal? HogPrice, decimal? CornPrice);

/// <summary>A week's 猪粮比 and what it raises; <see cref="Ratio"/> null is 无法计算 (never 0), with <see cref="Reason"/> saying why.</summary>
internal sealed record RatioVerdict(DateOnly Week, decimal? Ratio, WarningLevel? Level, int WeeksInBand, string Reason);

/// <summary>The pork scheme as pure rules: 猪粮比 and its over-fall level, and the over-rise level of a year-on-year change.</summary>
internal static class PorkScheme
{
    /// <summary>猪粮比 = hog price ÷ corn price; null (无法计算) when either is missing or not positive. Compared unrounded; shown to 2 places.</summary>
    public static decimal? Ratio(decimal? hog, decimal? corn) => hog is > 0 && corn is > 0 ? hog.Value / corn.Value : null;

    /// <summary>
    /// The over-fall verdict of each week of <paramref name="weeks"/> (any order; one row per week). A run of 二级 counts weeks
    /// seven days apart whose ratio lies in [<see cref="PorkThresholds.Level1Below"/>, <see cref="PorkThresholds.Level3Below"/>);
    /// a missing week, a week not computable or outside the band ends it.
    /// </summary>
    public static IReadOnlyList<RatioVerdict> Fall(IEnumerable<PorkWeek> weeks, PorkThresholds t)
    {
        var result = new List<RatioVerdict>();
        var run = 0;
        DateOnly? previous = null;
        foreach (var w in weeks.OrderBy(x => x.Week))
        {
            var ratio = Ratio(w.HogPrice, w.CornPrice);
            var consecutive = previous is { } p && w.Week.DayNumber - p.DayNumber == 7;
            previous = w.Week;
            if (ratio is not { } r)
            {
                run = 0;
                result.Add(new(w.Week, null, null, 0, w.CornPrice is not > 0 ? "缺少本周二等玉米批发价格，猪粮比无法计算" : "缺少本周生猪出场价格，猪粮比无法计算"));
                continue;
            }

            var inBand = r >= t.Level1Below && r < t.Level3Below;
            run = inBand ? (consecutive ? run + 1 : 1) : 0;
            var (level, reason) = r < t.Level1Below ? (WarningLevel.Level1, $"猪粮比 {Show(r)}:1 低于 {Show(t.Level1Below)}:1")
                : inBand && run >= t.Level2Weeks ? (WarningLevel.Level2, $"猪粮比连续 {run} 周处于 {Show(t.Level1Below)}:1～{Show(t.Level3Below)}:1 之间（本周 {Show(r)}:1）")
                : r < t.Level3Below ? (WarningLevel.Level3, $"猪粮比 {Show(r)}:1 低于 {Show(t.Level3Below)}:1")
                : ((WarningLevel?)null, $"猪粮比 {Show(r)}:1，未触发过度下跌预警");
            result.Add(new(w.Week, r, level, run, reason));
        }

        return result;
    }

    /// <summary>
    /// The over-rise level of the lean pork retail price's year-on-year change in per cent (null: not computable, no level):
    /// above <see cref="PorkThresholds.RiseLevel1"/> 一级; from <see cref="PorkThresholds.RiseLevel2"/> to
    /// <see cref="PorkThresholds.RiseLevel1"/> inclusive 二级; from <see cref="PorkThresholds.RiseLevel3"/> 三级.
    /// </summary>
    public static WarningLevel? Rise(decimal? yoyPercent, PorkThresholds t) => yoyPercent switch
    {
        null => null,
        var p when p > t.RiseLevel1 => WarningLevel.Level1,
        var p when p >= t.RiseLevel2 => WarningLevel.Level2,
        var p when t.RiseLevel3 is { } l3 && p >= l3 => WarningLevel.Level3,
        _ => null,
    };

    public static string Show(decimal ratio) => ratio.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
