using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Statistics;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Analysis;

/// <summary>One bar of a hot-spot chart: <see cref="Group"/> is the parent (the industry's 门类) where there is one.</summary>
internal sealed record HotSpotRow(string Key, string Label, int Count, string? Group = null);

internal sealed record HotSpotResult(string Dimension, string DimensionName, string Kind, DateOnly From, DateOnly To, int Total, IReadOnlyList<HotSpotRow> Rows);

/// <summary>热点分析的查询条件: kind = complaint | report | all (投诉和举报); top for the business ranking.</summary>
internal sealed record HotSpotQuery(string? Dimension = null, DateOnly? From = null, DateOnly? To = null, string? Kind = null, int? Top = null);

/// <summary>ISO weeks (Monday start) on China dates.</summary>
internal static class Weeks
{
    public static DateOnly StartOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>"2026年第48周（11月23日—29日）": the ISO week as a clerk reads it, with its Monday and Sunday.</summary>
    public static string Label(DateOnly monday)
    {
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        var sunday = monday.AddDays(6);
        var end = sunday.Month == monday.Month ? $"{sunday.Day}日" : $"{sunday.Month}月{sunday.Day}日";
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt)}年第{ISOWeek.GetWeekOfYear(dt)}周（{monday.Month}月{monday.Day}日—{end}）");
    }
}

/// <summary>
/// 热点分析: filings received in a period inside the caller's jurisdiction (the context's filter), counted per category,
/// problem type, industry, business, handling unit's division or week. Counted from the module's rollup
/// (<see cref="FilingCounts"/>: per day for totals, divisions and weeks; per month for the other dimensions, the days
/// of a partial first and last month from the filings); only the grouped rows come back and get their names here.
/// </summary>
internal sealed class HotSpots(ComplaintsDbContext db, Categories categories, IndustryTable industries, DivisionTable divisions, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, string> Dimensions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["category"] = "投诉分类",
        ["problem"] = "问题类型",
        ["industry"] = "行业（大类）",
        ["industry-section"] = "行业（门类）",
        ["business"] = "经营者",
        ["division"] = "承办单位所在区划",
        ["week"] = "周（ISO，周一起）",
    };

    public const int MaxTop = 200;
    public const int MaxWeeks = 260;

    /// <summary>The twelve months up to <paramref name="to"/> (default today); from the first day of the calendar when that is earlier.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod(DateOnly? from, DateOnly? to)
    {
        var t = to ?? clock.Today();
        return (from ?? (t.Year > 1 ? t.AddMonths(-12).AddDays(1) : DateOnly.MinValue), t);
    }

    public async Task<Result<HotSpotResult>> QueryAsync(HotSpotQuery query, CancellationToken ct)
    {
        var dimension = string.IsNullOrWhiteSpace(query.Dimension) ? "category" : query.Dimension.Trim().ToLowerInvariant();
        if (!Dimensions.TryGetValue(dimension, out var dimensionName))
            return Result<HotSpotResult>.Invalid("dimension", "统计维度应为 category（分类）、problem（问题类型）、industry（行业）、industry-section（行业门类）、business（经营者）、division（区划）或 week（周）");
        var kind = string.IsNullOrWhiteSpace(query.Kind) ? "complaint" : query.Kind.Trim().ToLowerInvariant();
        if (kind is not ("complaint" or "report" or "all"))
            return Result<HotSpotResult>.Invalid("kind", "类别应为 complaint（投诉）、report（举报）或 all（投诉和举报）");
        var (from, to) = DefaultPeriod(query.From, query.To);
        if (from > to) return Result<HotSpotResult>.Invalid("from", "开始日期不能晚于结束日期");
        if (dimension == "week" && to.DayNumber - from.DayNumber > MaxWeeks * 7)
            return Result<HotSpotResult>.Invalid("from", $"按周统计的期间不能超过 {MaxWeeks} 周");
        var top = Math.Clamp(query.Top ?? 20, 1, MaxTop);

        await FilingCounts.EnsureBuiltAsync(db, ct);
        var days = Cells(FilingCounts.Day, kind).Where(c => c.Period >= from && c.Period <= to);
        var total = await days.SumAsync(c => c.N, ct);
        IReadOnlyList<HotSpotRow> rows = dimension switch
        {
            "category" => await ByCodeAsync(await CountAsync(FilingCounts.Category, kind, from, to, ct), ct),
            "problem" => await ByCodeAsync(await CountAsync(FilingCounts.Problem, kind, from, to, ct), ct),
            "industry" => ByIndustry(await CountAsync(FilingCounts.Industry, kind, from, to, ct), sections: false),
            "industry-section" => ByIndustry(await CountAsync(FilingCounts.Industry, kind, from, to, ct), sections: true),
            "business" => await ByBusinessAsync(kind, from, to, top, total, ct),
            "division" => ByDivision(await days.GroupBy(c => c.DivisionCode).Select(g => new { g.Key, N = g.Sum(c => c.N) }).ToDictionaryAsync(x => x.Key, x => x.N, ct)),
            _ => ByWeek(await days.GroupBy(c => c.Period).Select(g => new { g.Key, N = g.Sum(c => c.N) }).ToDictionaryAsync(x => x.Key, x => x.N, ct), from, to),
        };
        return new HotSpotResult(dimension, dimensionName, kind, from, to, total, rows);
    }

    /// <summary>
    /// The rollup's cells of a dimension for complaints, reports or both, inside the jurisdiction (the context's filter), or
    /// <paramref name="everywhere"/> (only to decide how to count, never shown).
    /// </summary>
    private IQueryable<FilingCount> Cells(string dimension, string kind, bool everywhere = false)
    {
        var q = (everywhere ? db.FilingCounts.IgnoreQueryFilters() : db.FilingCounts).AsNoTracking().Where(c => c.Dimension == dimension);
        return kind switch
        {
            "complaint" => q.Where(c => c.Kind == FilingKind.Complaint),
            "report" => q.Where(c => c.Kind == FilingKind.Report),
            _ => q.Where(c => c.Kind == FilingKind.Complaint || c.Kind == FilingKind.Report),
        };
    }

    /// <summary>The calendar months wholly inside [from, to], by their first days (none when First &gt; Last).</summary>
    public static (DateOnly First, DateOnly Last) WholeMonths(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : from >= new DateOnly(9999, 12, 1) ? DateOnly.MaxValue : FilingCounts.MonthOf(from).AddMonths(1);
        var last = to == EndOfMonth(to) ? FilingCounts.MonthOf(to) : to < new DateOnly(1, 2, 1) ? DateOnly.MinValue : FilingCounts.MonthOf(to).AddMonths(-1);
        return (first, last);
    }

    /// <summary>[from, to] as its whole months (first days of the first and last, or none) and the partial stretches around them.</summary>
    private static ((DateOnly First, DateOnly Last)? Months, List<(DateOnly From, DateOnly To)> Edges) Split(DateOnly from, DateOnly to)
    {
        var (first, last) = WholeMonths(from, to);
        if (first > last) return (null, [(from, to)]);
        var edges = new List<(DateOnly From, DateOnly To)>();
        if (from < first) edges.Add((from, first.AddDays(-1)));
        if (to > EndOfMonth(last)) edges.Add((EndOfMonth(last).AddDays(1), to));
        return ((first, last), edges);
    }

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    /// <summary>
    /// Filings per key of a monthly dimension (category, problem, industry) received in [from, to]: the whole months from the rollup, the days of a
    /// partial first and last month from the filings themselves (one GROUP BY on the received-date index each).
    /// </summary>
    private async Task<Dictionary<string, int>> CountAsync(string dimension, string kind, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;
        var (months, edges) = Split(from, to);
        if (months is { } m)
        {
            foreach (var c in await Cells(dimension, kind).Where(c => c.Period >= m.First && c.Period <= m.Last)
                         .GroupBy(c => c.Key).Select(g => new { g.Key, N = g.Sum(c => c.N) }).ToListAsync(ct))
                Add(c.Key, c.N);
        }

        foreach (var (f, t) in edges)
        {
            var q = Filings(kind, f, t);
            var rows = dimension switch
            {
                FilingCounts.Category => await q.GroupBy(x => x.CategoryCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct),
                FilingCounts.Problem => await q.GroupBy(x => x.ProblemCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct),
                _ => await q.GroupBy(x => (string?)x.IndustryCode!.Substring(0, 2)).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct),
            };
            foreach (var r in rows) Add(r.Key ?? "", r.N);
        }

        foreach (var key in counts.Where(c => c.Value == 0).Select(c => c.Key).ToList()) counts.Remove(key);
        return counts;
    }

    /// <summary>The filings counted: complaints, reports or both, received in [from, to], inside the jurisdiction.</summary>
    public IQueryable<Filing> Filings(string kind, DateOnly from, DateOnly to)
    {
        var q = db.Filings.AsNoTracking().Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to);
        return kind switch
        {
            "complaint" => q.Where(f => f.Kind == FilingKind.Complaint),
            "report" => q.Where(f => f.Kind == FilingKind.Report),
            _ => q.Where(f => f.Kind == FilingKind.Complaint || f.Kind == FilingKind.Report),
        };
    }

    // Category / problem code → name; "" is a filing without one.
    private async Task<IReadOnlyList<HotSpotRow>> ByCodeAsync(Dictionary<string, int> counts, CancellationToken ct)
    {
        var all = await categories.AllAsync(ct);
        return [.. counts.Select(c => new HotSpotRow(c.Key, c.Key.Length == 0 ? "未分类" : all.FirstOrDefault(x => x.Code == c.Key)?.Name ?? c.Key, c.Value))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // The 2-digit 大类 (division) of GB/T 4754; 门类 (section) rolled up here. "" is a filing without an industry.
    private IReadOnlyList<HotSpotRow> ByIndustry(Dictionary<string, int> counts, bool sections)
    {
        var rows = counts.Select(c =>
        {
            var division = c.Key.Length == 0 ? null : industries.Find(c.Key);
            var section = division is null ? null : industries.Ancestors(division.Code).LastOrDefault();
            return (Division: division, Section: section, c.Key, N: c.Value);
        }).ToList();
        if (sections)
        {
            return [.. rows.GroupBy(r => r.Section?.Code ?? "")
                .Select(g => new HotSpotRow(g.Key, g.First().Section is { } s ? $"{s.Code} {s.Name}" : "行业未知", g.Sum(r => r.N)))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
        }

        return [.. rows.Select(r => new HotSpotRow(r.Key, r.Division is { } d ? $"{d.Code} {d.Name}" : r.Key.Length == 0 ? "行业未知" : r.Key, r.N,
                r.Section is { } s ? $"{s.Code} {s.Name}" : null))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // The top N by count of the registered businesses (by USCC, named as on their latest filing of the period) and of the unregistered targets (by name).
    private async Task<IReadOnlyList<HotSpotRow>> ByBusinessAsync(string kind, DateOnly from, DateOnly to, int top, int seen, CancellationToken ct)
    {
        // The bounded ranking pays off for a caller who sees most of the period's filings (see TopAsync).
        var everywhere = await Cells(FilingCounts.Day, kind, everywhere: true).Where(c => c.Period >= from && c.Period <= to).SumAsync(c => c.N, ct);
        var bounded = seen * 2 >= everywhere;
        var known = await TopAsync(FilingCounts.Business, kind, from, to, top, bounded, ct);
        var unknown = await TopAsync(FilingCounts.Target, kind, from, to, top, bounded, ct);
        // Each business under the name of its latest filing of the period: one read of the (USCC, received) index each, not
        // its thousands of filings.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, _) in known)
            names[code] = await Filings(kind, from, to).Where(f => f.Uscc == code).OrderByDescending(f => f.ReceivedOn).ThenByDescending(f => f.Id)
                .Select(f => f.TargetName).FirstOrDefaultAsync(ct) ?? code;
        return [.. known.Select(k => new HotSpotRow(k.Key, names.GetValueOrDefault(k.Key) ?? k.Key, k.Value))
            .Concat(unknown.Select(u => new HotSpotRow("", $"{u.Key}（未关联主体）", u.Value)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key.Length == 0).ThenBy(r => r.Key, StringComparer.Ordinal).Take(top)];
    }

    /// <summary>The most candidates the bounded ranking (<see cref="TopAsync"/>) counts exactly before it ranks every key instead.</summary>
    private const int MaxCandidates = 2_560; // 2 N · 4⁴ for the default top 20

    /// <summary>
    /// The top N businesses (USCC) or unregistered targets (name) of a period, exact, without summing every key's cells when
    /// the caller sees most of the filings (a city has tens of thousands of businesses with complaints in a year: ~220,000
    /// month cells). No key has more filings in a period and a jurisdiction than ever, everywhere
    /// (<see cref="FilingCounts.BusinessAll"/>), so: take the K keys with the most filings ever (an index read in that
    /// order), count their period exactly (their month cells through <c>IX_FilingCounts_Key</c>, their filings of the partial
    /// months), and stop when the N-th of them outnumbers the K-th's all-time count: no other key can reach it.
    /// K starts at 2 N and grows fourfold, up to <see cref="MaxCandidates"/>. A caller who sees less than half of the period's
    /// filings (a county of a city: <paramref name="bounded"/> false) would mostly count other counties' businesses that way:
    /// their period is ranked whole (<see cref="RankAllAsync"/>), which is small for them.
    /// </summary>
    private async Task<List<KeyValuePair<string, int>>> TopAsync(string dimension, string kind, DateOnly from, DateOnly to, int top, bool bounded,
        CancellationToken ct)
    {
        var (months, edges) = Split(from, to);
        if (!bounded) return await RankAllAsync(dimension, kind, months, edges, top, ct);

        // Past the jurisdiction filter, as a bound only: the compacted all-time cells in descending order, and every key with
        // a change appended since the last compaction (a minute's intake: few), which the order does not include yet.
        var allTime = db.FilingCounts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Dimension == (dimension == FilingCounts.Business ? FilingCounts.BusinessAll : FilingCounts.TargetAll));
        var appended = await allTime.Where(c => c.Batch != 0 && c.N > 0).Select(c => c.Key).Distinct().ToListAsync(ct);
        for (var k = 2 * top; k <= MaxCandidates; k *= 4)
        {
            var leaders = await allTime.Where(c => c.Batch == 0).OrderByDescending(c => c.N).Take(k).Select(c => new { c.Key, c.N }).ToListAsync(ct);
            var keys = leaders.Select(c => c.Key).Concat(appended).Distinct(StringComparer.Ordinal).ToList();
            var counts = keys.ToDictionary(key => key, _ => 0, StringComparer.Ordinal);
            if (months is { } m && keys.Count > 0)
            {
                foreach (var c in await Cells(dimension, kind).Where(c => keys.Contains(c.Key) && c.Period >= m.First && c.Period <= m.Last)
                             .GroupBy(c => c.Key).Select(g => new { g.Key, N = g.Sum(c => c.N) }).ToListAsync(ct))
                    counts[c.Key] += c.N;
            }

            // The partial months' filings of the candidates only (through the (USCC, received) index; the others are bounded).
            foreach (var (f, t) in keys.Count > 0 ? edges : [])
            {
                foreach (var r in await KeysOf(Filings(kind, f, t), dimension).Where(x => keys.Contains(x.Key)).GroupBy(p => p.Key)
                             .Select(g => new { g.Key, N = g.Sum(p => p.N) }).ToListAsync(ct))
                    counts[r.Key] += r.N;
            }

            var ranked = counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).ToList();
            // Every key with a filing is a candidate, or none outside can reach the N-th (strictly: a tie could rank it higher by its key).
            if (leaders.Count < k || (ranked.Count == top && ranked[^1].Value > leaders[^1].N)) return ranked;
        }

        return await RankAllAsync(dimension, kind, months, edges, top, ct);
    }

    /// <summary>The period's filings of <paramref name="q"/> as keys of the dimension: USCC, or the target's name when there is none.</summary>
    private static IQueryable<KeyCount> KeysOf(IQueryable<Filing> q, string dimension) => dimension == FilingCounts.Business
        ? q.Where(x => x.Uscc != null).Select(x => new KeyCount { Key = x.Uscc!, N = 1 })
        : q.Where(x => x.Uscc == null).Select(x => new KeyCount { Key = x.TargetName, N = 1 });

    /// <summary>
    /// Every key of the period ranked in the database: the whole months' cells and the partial months' filings in one UNION
    /// ALL, grouped, ordered and cut there.
    /// </summary>
    private async Task<List<KeyValuePair<string, int>>> RankAllAsync(string dimension, string kind, (DateOnly First, DateOnly Last)? months,
        List<(DateOnly From, DateOnly To)> edges, int top, CancellationToken ct)
    {
        IQueryable<KeyCount>? parts = null;
        if (months is { } m)
            parts = Cells(dimension, kind).Where(c => c.Period >= m.First && c.Period <= m.Last).Select(c => new KeyCount { Key = c.Key, N = c.N });

        foreach (var (f, t) in edges)
        {
            var rows = KeysOf(Filings(kind, f, t), dimension);
            parts = parts is null ? rows : parts.Concat(rows);
        }

        return [.. (await parts!.GroupBy(p => p.Key).Select(g => new { g.Key, N = g.Sum(p => p.N) }).Where(x => x.N > 0)
            .OrderByDescending(x => x.N).ThenBy(x => x.Key).Take(top).ToListAsync(ct)).Select(x => KeyValuePair.Create(x.Key, x.N))];
    }

    private sealed class KeyCount
    {
        public string Key { get; init; } = "";

        public int N { get; init; }
    }

    // The handling unit's 属地 (division code) → name.
    private IReadOnlyList<HotSpotRow> ByDivision(Dictionary<string, int> counts) =>
        [.. counts.Where(c => c.Value != 0).Select(c => new HotSpotRow(c.Key, divisions.Find(c.Key)?.Name ?? c.Key, c.Value))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];

    // Days folded into ISO weeks; empty weeks shown as 0.
    private static List<HotSpotRow> ByWeek(Dictionary<DateOnly, int> days, DateOnly from, DateOnly to)
    {
        var byWeek = days.GroupBy(d => Weeks.StartOf(d.Key)).ToDictionary(g => g.Key, g => g.Sum(d => d.Value));
        var rows = new List<HotSpotRow>();
        for (var w = Weeks.StartOf(from); w <= to; w = w.AddDays(7))
            rows.Add(new HotSpotRow(w.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Weeks.Label(w), byWeek.GetValueOrDefault(w)));
        return rows;
    }
}
