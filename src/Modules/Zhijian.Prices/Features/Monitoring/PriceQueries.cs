using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Features.Monitoring;

/// <summary>One week of the pork scheme at a division: the inputs, the ratio (null: 无法计算, with the reason) and the level it raises.</summary>
internal sealed record PorkRow(DateOnly Week, string WeekName, decimal? Hog, decimal? Corn, decimal? Ratio, string? Level, string Reason, decimal? LeanPork, decimal? LeanPorkYoy,
    string? RiseLevel);

internal sealed record PorkView(string Division, string DivisionName, decimal Level3Below, decimal Level1Below, int Level2Weeks, IReadOnlyList<PorkRow> Weeks);

/// <summary>
/// Averages for the console and the portal, all from the daily averages (county: 6 digits; city: 4 + "00"): a good's series by day, week
/// or month with the change against the period before and the same period a year before; the overview of every good for a week; the pork
/// scheme's weeks. Public data: no jurisdiction filter (the portal shows them to everyone).
/// </summary>
internal sealed class PriceQueries(PricesDbContext db, Zhijian.Prices.Features.Warnings.PorkSettings pork, TimeProvider clock)
{
    public static string CityOf(string division) => division[..4] + "00";

    /// <summary>The averaging division for a requested one: a county or a city as is; a township its county; a province is not kept (null).</summary>
    public static string? Level(string? division)
    {
        var d = division?.Trim();
        if (string.IsNullOrEmpty(d) || d.Length < 6 || !DivisionTable.IsWellFormed(d)) return null;
        d = d[..6];
        return d.EndsWith("0000", StringComparison.Ordinal) ? null : d;
    }

    public async Task<Result<SeriesView>> SeriesAsync(string? goodCode, string? division, string? grain, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var good = await db.Goods.AsNoTracking().SingleOrDefaultAsync(g => g.Code == goodCode, ct);
        if (good is null) errors.Add("good", string.IsNullOrWhiteSpace(goodCode) ? "请选择商品" : $"商品“{goodCode}”不在价格监测商品目录中");
        var level = Level(division);
        if (level is null) errors.Add("division", "请选择县级或地市级行政区划（均价按县、市两级计算）");
        var g = (grain ?? "week").Trim();
        if (g is not ("day" or "week" or "month")) errors.Add("grain", "统计周期应为 day、week 或 month");
        if (from is { } f0 && !InRange(f0)) errors.Add("from", "开始日期应在 2000 年至 2099 年之间");
        if (to is { } t0 && !InRange(t0)) errors.Add("to", "结束日期应在 2000 年至 2099 年之间");
        if (errors.Count > 0) return Result<SeriesView>.Invalid(errors.ToDictionary());
        var end = to ?? clock.Today();
        var start = from ?? (g == "day" ? end.AddDays(-89) : g == "week" ? end.AddDays(-7 * 52) : end.AddMonths(-23));
        if (start > end) errors.Add("from", "开始日期不能晚于结束日期");
        else if (end.DayNumber - start.DayNumber > 366 * 6) errors.Add("from", "查询区间不能超过 6 年");
        if (errors.Count > 0) return Result<SeriesView>.Invalid(errors.ToDictionary());
        start = g == "week" ? Periods.WeekOf(start) : g == "month" ? Periods.MonthOf(start) : start;
        var readFrom = g == "day" ? start.AddDays(-366) : g == "week" ? Periods.YearBefore(start).AddDays(-7) : start.AddMonths(-13);
        var rows = await db.Averages.AsNoTracking().Where(a => a.GoodCode == good!.Code && a.DivisionCode == level && a.On >= readFrom && a.On <= end && a.Count > 0)
            .Select(a => new { a.On, a.Week, a.SumFen, a.Count, a.MinFen, a.MaxFen }).ToListAsync(ct);
        Func<DateOnly, DateOnly> key = g switch { "day" => d => d, "week" => Periods.WeekOf, _ => Periods.MonthOf };
        var byPeriod = rows.GroupBy(r => key(r.On)).ToDictionary(x => x.Key, x => (S: x.Sum(r => r.SumFen), C: x.Sum(r => r.Count), Min: x.Min(r => r.MinFen), Max: x.Max(r => r.MaxFen)));
        decimal? Avg(DateOnly p) => byPeriod.TryGetValue(p, out var v) ? Periods.Average(v.S, v.C) : null;
        var points = new List<SeriesPoint>();
        for (var p = start; p <= end; p = g == "day" ? p.AddDays(1) : g == "week" ? p.AddDays(7) : p.AddMonths(1))
        {
            if (!byPeriod.TryGetValue(p, out var v)) continue;
            var prev = g == "day" ? Avg(p.AddDays(-1)) : g == "week" ? Avg(p.AddDays(-7)) : Avg(p.AddMonths(-1));
            var yb = g == "day" ? Avg(p.AddDays(-364)) : g == "week" ? Avg(Periods.YearBefore(p)) : Avg(p.AddMonths(-12));
            var avg = Periods.Average(v.S, v.C);
            points.Add(new SeriesPoint(g == "day" ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : g == "week" ? Periods.WeekName(p) : p.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                p, avg, Periods.Yuan(v.Min), Periods.Yuan(v.Max), v.C, Round(ChangeRules.Percent(avg, prev)), Round(ChangeRules.Percent(avg, yb))));
        }

        return new SeriesView(good!.Code, good.Name, good.Unit, level!, DivisionTable.Default.FullName(level!), g, points);
    }

    public async Task<Result<OverviewView>> OverviewAsync(string? division, DateOnly? week, CancellationToken ct)
    {
        var level = Level(division);
        if (level is null) return Result<OverviewView>.Invalid("division", "请选择县级或地市级行政区划（均价按县、市两级计算）");
        if (week is { } w0 && !InRange(w0)) return Result<OverviewView>.Invalid("week", "日期应在 2000 年至 2099 年之间");
        var w = Periods.WeekOf(week ?? clock.Today());
        if (week is null)
        {
            // The latest week with prices (this week may not have any yet).
            var last = await db.Averages.AsNoTracking().Where(a => a.DivisionCode == level && a.On <= clock.Today()).MaxAsync(a => (DateOnly?)a.On, ct);
            if (last is { } l) w = Periods.WeekOf(l);
        }

        var weeks = new List<DateOnly> { w, w.AddDays(-7), Periods.YearBefore(w) };
        var sums = await db.Averages.AsNoTracking().Where(a => a.DivisionCode == level && weeks.Contains(a.Week))
            .GroupBy(a => new { a.GoodCode, a.Week }).Select(x => new { x.Key.GoodCode, x.Key.Week, S = x.Sum(a => a.SumFen), C = x.Sum(a => a.Count) }).ToListAsync(ct);
        var map = sums.ToDictionary(x => (x.GoodCode, x.Week), x => (x.S, x.C));
        decimal? Avg(string good, DateOnly wk) => map.TryGetValue((good, wk), out var v) ? Periods.Average(v.S, v.C) : null;
        var goods = await db.Goods.AsNoTracking().Where(g => g.Active).OrderBy(g => g.SortOrder).ToListAsync(ct);
        var rows = goods.Select(g =>
        {
            var now = Avg(g.Code, w);
            var lw = Avg(g.Code, w.AddDays(-7));
            var yb = Avg(g.Code, Periods.YearBefore(w));
            return new OverviewRow(g.Code, g.Name, g.Category, g.Unit, g.Grade, now, lw, Round(ChangeRules.Percent(now, lw)), yb, Round(ChangeRules.Percent(now, yb)),
                map.TryGetValue((g.Code, w), out var c) ? c.C : 0);
        }).ToList();
        return new OverviewView(level, DivisionTable.Default.FullName(level), w, Periods.WeekName(w), rows);
    }

    public async Task<Result<PorkView>> PorkAsync(string? division, int weeks, CancellationToken ct)
    {
        var level = Level(division);
        if (level is null) return Result<PorkView>.Invalid("division", "请选择县级或地市级行政区划（均价按县、市两级计算）");
        weeks = Math.Clamp(weeks, 4, 260);
        var last = Periods.WeekOf(clock.Today());
        var first = last.AddDays(-7 * (weeks - 1));
        var wanted = new[] { GoodsCatalogue.Hog, GoodsCatalogue.Corn, GoodsCatalogue.LeanPork };
        var readFrom = Periods.YearBefore(first);
        var sums = await db.Averages.AsNoTracking().Where(a => a.DivisionCode == level && wanted.Contains(a.GoodCode) && a.Week >= readFrom && a.Week <= last)
            .GroupBy(a => new { a.GoodCode, a.Week }).Select(x => new { x.Key.GoodCode, x.Key.Week, S = x.Sum(a => a.SumFen), C = x.Sum(a => a.Count) }).ToListAsync(ct);
        var map = sums.Where(x => x.C > 0).ToDictionary(x => (x.GoodCode, x.Week), x => Periods.Average(x.S, x.C)!.Value);
        decimal? Avg(string good, DateOnly wk) => map.TryGetValue((good, wk), out var v) ? v : null;
        var (t, _) = pork.PorkOn(last.AddDays(6));
        var porkWeeks = Enumerable.Range(0, weeks).Select(i => first.AddDays(7 * i))
            .Select(wk => new PorkWeek(wk, Avg(GoodsCatalogue.Hog, wk), Avg(GoodsCatalogue.Corn, wk))).ToList();
        var verdicts = PorkScheme.Fall(porkWeeks, t).ToDictionary(v => v.Week);
        var rows = porkWeeks.Select(pw =>
        {
            var v = verdicts[pw.Week];
            var lean = Avg(GoodsCatalogue.LeanPork, pw.Week);
            var yoy = ChangeRules.Percent(lean, Avg(GoodsCatalogue.LeanPork, Periods.YearBefore(pw.Week)));
            var rise = PorkScheme.Rise(yoy, t);
            var reason = pw.HogPrice is null && pw.CornPrice is null ? "本周没有生猪、玉米价格" : v.Reason;
            return new PorkRow(pw.Week, Periods.WeekName(pw.Week), pw.HogPrice, pw.CornPrice, v.Ratio is { } r ? decimal.Round(r, 2) : null,
                v.Level is { } l ? WarningEvaluation.NameOf(l) : null, reason, lean, Round(yoy), rise is { } rl ? WarningEvaluation.NameOf(rl) : null);
        }).ToList();
        return new PorkView(level, DivisionTable.Default.FullName(level), t.Level3Below, t.Level1Below, t.Level2Weeks, rows);
    }

    /// <summary>The divisions averages exist for: every city and county with a monitoring point, each city followed by its counties.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> DivisionsAsync(CancellationToken ct)
    {
        var counties = await db.Points.IgnoreQueryFilters().AsNoTracking().Select(p => p.County).Distinct().ToListAsync(ct);
        return [.. counties.GroupBy(CityOf).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(c => c, StringComparer.Ordinal).Select(c => (c, "　" + (DivisionTable.Default.Find(c)?.Name ?? c)))
                .Prepend((g.Key, DivisionTable.Default.Find(g.Key)?.Name ?? g.Key)))];
    }

    /// <summary>Dates the averages can hold (and the period arithmetic cannot overflow): years 2000–2099.</summary>
    private static bool InRange(DateOnly d) => d.Year is >= 2000 and <= 2099;

    private static decimal? Round(decimal? v) => v is { } x ? decimal.Round(x, 2) : null;
}
