using System.Globalization;
using System.Text.Json;
using Zhijian.Prices.Domain.Monitoring;

namespace Zhijian.Prices.Domain.Warnings;

/// <summary>
/// A warning the rules call for: what <see cref="PriceWarning"/> stores (the writer numbers it and sends its notice). <see cref="InputsData"/>
/// is serialised (<see cref="Inputs"/>) only for what the writer stores: a full pass re-derives every past warning and keeps almost all.
/// </summary>
internal sealed record WarningCandidate(string RuleKey, string RuleName, string RuleVersion, long? RuleVersionId, string Good, string Division, WarningLevel Level,
    string Period, DateOnly Start, DateOnly End, decimal Value, string Unit, object InputsData, string Message)
{
    public string Inputs => JsonSerializer.Serialize(InputsData, WarningEvaluation.Json);
}

/// <summary>One period's average of a good in a division (元; null when nothing was reported).</summary>
internal sealed record PeriodAverage(DateOnly Start, decimal Average);

/// <summary>
/// The warning rules over series of averages (pure): percentage changes per window with the rule version in force on the period's last
/// day (the most severe level reached wins; keys change:day | change:week | change:yoy), the pork scheme's over-fall on 猪粮比
/// (pork.fall) and over-rise on the lean pork price year on year (pork.rise).
/// </summary>
internal static class WarningEvaluation
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The longest gap (days) between two reports that still makes a day-on-day change.</summary>
    public const int DayGap = 3;

    public static string KeyOf(ChangeWindow w) => w switch { ChangeWindow.Day => "change:day", ChangeWindow.Week => "change:week", _ => "change:yoy" };

    public static string NameOf(ChangeWindow w) => w switch { ChangeWindow.Day => "日环比", ChangeWindow.Week => "周环比", _ => "同比（周）" };

    public static string NameOf(WarningLevel l) => l switch { WarningLevel.Level1 => "一级", WarningLevel.Level2 => "二级", _ => "三级" };

    public static string NameOf(ChangeDirection d) => d switch { ChangeDirection.Up => "上涨", ChangeDirection.Down => "下跌", _ => "涨跌" };

    /// <summary>The version of a rule group in force on <paramref name="on"/>.</summary>
    public static bool InForce(ChangeRuleVersion r, DateOnly on) => r.EffectiveFrom <= on && (r.EffectiveTo is not { } to || to >= on);

    /// <summary>
    /// Day-on-day changes (日环比): each day against the latest earlier day with a price at most <see cref="DayGap"/> days before — a Monday
    /// against the Friday when markets skip the weekend; a longer gap is not a day-on-day change (not computable, no warning) — judged by
    /// the good's day rules in force on that day.
    /// </summary>
    public static IEnumerable<WarningCandidate> Days(string good, string goodName, string division, IReadOnlyList<PeriodAverage> days,
        IReadOnlyList<ChangeRuleVersion> rules, IReadOnlySet<DateOnly>? only = null)
    {
        var dayRules = rules.Where(r => r.Window == ChangeWindow.Day).ToList();
        if (dayRules.Count == 0) yield break;
        for (var i = 1; i < days.Count; i++)
        {
            var cur = days[i];
            var prev = days[i - 1];
            if (only is not null && !only.Contains(cur.Start)) continue;
            if (cur.Start.DayNumber - prev.Start.DayNumber > DayGap) continue;
            if (Judge(good, goodName, division, ChangeWindow.Day, cur.Start, cur.Start, cur.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cur.Average,
                    prev, dayRules) is { } c)
                yield return c;
        }
    }

    /// <summary>Week-on-week (against the week before) and year-on-year (against the same week 52 weeks before) changes of weekly averages.</summary>
    public static IEnumerable<WarningCandidate> Weeks(string good, string goodName, string division, IReadOnlyDictionary<DateOnly, decimal> weeks,
        IReadOnlyList<ChangeRuleVersion> rules, IEnumerable<DateOnly> judge)
    {
        foreach (var window in new[] { ChangeWindow.Week, ChangeWindow.YearOnYear })
        {
            var windowRules = rules.Where(r => r.Window == window).ToList();
            if (windowRules.Count == 0) continue;
            foreach (var w in judge)
            {
                if (!weeks.TryGetValue(w, out var avg)) continue;
                var baseWeek = window == ChangeWindow.Week ? w.AddDays(-7) : Periods.YearBefore(w);
                if (!weeks.TryGetValue(baseWeek, out var baseAvg)) continue;
                if (Judge(good, goodName, division, window, w, w.AddDays(6), Periods.WeekName(w), avg, new PeriodAverage(baseWeek, baseAvg), windowRules) is { } c)
                    yield return c;
            }
        }
    }

    private static WarningCandidate? Judge(string good, string goodName, string division, ChangeWindow window, DateOnly start, DateOnly end, string period,
        decimal avg, PeriodAverage basis, IReadOnlyList<ChangeRuleVersion> rules)
    {
        var inForce = rules.Where(r => InForce(r, end)).ToList();
        if (inForce.Count == 0) return null;
        var pct = ChangeRules.Percent(avg, basis.Average);
        if (pct is not { } p) return null;
        var hit = inForce.Where(r => Reaches(r, p)).OrderBy(r => r.Level).ThenBy(r => r.Id).FirstOrDefault();
        if (hit is null) return null;
        var p2 = decimal.Round(p, 2);
        var inputs = new
        {
            window = NameOf(window),
            current = new { period, start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), average = avg },
            @base = new { start = basis.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), average = basis.Average },
            percent = p2,
            rule = new { id = hit.Id, group = hit.GroupId, version = hit.Version, direction = NameOf(hit.Direction), threshold = hit.Percent, level = NameOf(hit.Level) },
        };
        var message = $"{goodName}{NameOf(window)}{(p >= 0 ? "上涨" : "下跌")} {Math.Abs(p2).ToString("0.##", CultureInfo.InvariantCulture)}%（{Yuan(basis.Average)} → {Yuan(avg)}），达到{NameOf(hit.Level)}预警线（{NameOf(hit.Direction)} {hit.Percent.ToString("0.##", CultureInfo.InvariantCulture)}%）";
        return new WarningCandidate(KeyOf(window), $"{NameOf(window)}{NameOf(hit.Direction)}预警", VersionName(hit), hit.Id, good, division, hit.Level, period, start, end, p2, "%",
            inputs, message);
    }

    public static string VersionName(ChangeRuleVersion r) => string.Create(CultureInfo.InvariantCulture, $"规则 {r.GroupId} 第 {r.Version} 版（{r.EffectiveFrom:yyyy-MM-dd} 起）");

    private static bool Reaches(ChangeRuleVersion r, decimal change) => r.Direction switch
    {
        ChangeDirection.Up => change >= r.Percent,
        ChangeDirection.Down => change <= -r.Percent,
        _ => Math.Abs(change) >= r.Percent,
    };

    /// <summary>
    /// 猪粮比 over-fall warnings for the weeks in <paramref name="judge"/>: each week judged with the thresholds in force on its last day
    /// (<paramref name="thresholdsOn"/>) over the whole run of <paramref name="weeks"/>.
    /// </summary>
    public static IEnumerable<WarningCandidate> PorkFall(string division, IReadOnlyList<PorkWeek> weeks, Func<DateOnly, (PorkThresholds T, string Version)> thresholdsOn,
        IReadOnlySet<DateOnly> judge)
    {
        var byThresholds = weeks.Where(w => judge.Contains(w.Week)).GroupBy(w => thresholdsOn(w.Week.AddDays(6)));
        foreach (var g in byThresholds)
        {
            var (t, version) = g.Key;
            var verdicts = PorkScheme.Fall(weeks, t).ToDictionary(v => v.Week);
            foreach (var w in g)
            {
                var v = verdicts[w.Week];
                if (v is not { Level: { } level, Ratio: { } ratio }) continue;
                var inputs = new
                {
                    week = Periods.WeekName(w.Week),
                    start = w.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    hog = w.HogPrice,
                    corn = w.CornPrice,
                    ratio = decimal.Round(ratio, 4),
                    weeksInBand = v.WeeksInBand,
                    thresholds = new { level3Below = t.Level3Below, level1Below = t.Level1Below, level2Weeks = t.Level2Weeks },
                };
                yield return new WarningCandidate("pork.fall", "生猪价格过度下跌（猪粮比）", version, null, GoodsCatalogue.Hog, division, level, Periods.WeekName(w.Week),
                    w.Week, w.Week.AddDays(6), decimal.Round(ratio, 4), ":1", inputs, $"{NameOf(level)}预警：{v.Reason}（生猪 {Yuan(w.HogPrice!.Value)}/公斤，玉米 {Yuan(w.CornPrice!.Value)}/公斤）");
            }
        }
    }

    /// <summary>Lean pork over-rise: the week's average against the same week 52 weeks before.</summary>
    public static IEnumerable<WarningCandidate> PorkRise(string division, IReadOnlyDictionary<DateOnly, decimal> leanPork,
        Func<DateOnly, (PorkThresholds T, string Version)> thresholdsOn, IEnumerable<DateOnly> judge)
    {
        foreach (var w in judge)
        {
            if (!leanPork.TryGetValue(w, out var avg) || !leanPork.TryGetValue(Periods.YearBefore(w), out var before)) continue;
            var yoy = ChangeRules.Percent(avg, before);
            var (t, version) = thresholdsOn(w.AddDays(6));
            if (PorkScheme.Rise(yoy, t) is not { } level) continue;
            var p2 = decimal.Round(yoy!.Value, 2);
            var inputs = new
            {
                week = Periods.WeekName(w),
                start = w.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                leanPork = avg,
                yearBeforeStart = Periods.YearBefore(w).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                yearBefore = before,
                yoy = p2,
                thresholds = new { level3 = t.RiseLevel3, level2 = t.RiseLevel2, level1 = t.RiseLevel1 },
            };
            yield return new WarningCandidate("pork.rise", "猪肉价格过度上涨（精瘦肉同比）", version, null, GoodsCatalogue.LeanPork, division, level, Periods.WeekName(w), w,
                w.AddDays(6), p2, "%", inputs,
                $"{NameOf(level)}预警：精瘦肉零售均价同比上涨 {p2.ToString("0.##", CultureInfo.InvariantCulture)}%（{Yuan(before)} → {Yuan(avg)}/500克）");
        }
    }

    private static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture) + " 元";
}
