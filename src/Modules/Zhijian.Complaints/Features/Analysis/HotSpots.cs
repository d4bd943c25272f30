using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
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
/// problem type, industry, business, handling unit's division or week. Every count is one GROUP BY in the database on
/// the (DivisionCode, ReceivedOn) / (Uscc, ReceivedOn) indexes; only the grouped rows (hundreds at most) come back and
/// get their names here.
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

        var q = Filings(kind, from, to);
        var total = await q.CountAsync(ct);
        IReadOnlyList<HotSpotRow> rows = dimension switch
        {
            "category" => await ByCodeAsync(q.GroupBy(f => f.CategoryCode), ct),
            "problem" => await ByCodeAsync(q.GroupBy(f => f.ProblemCode), ct),
            "industry" => await ByIndustryAsync(q, sections: false, ct),
            "industry-section" => await ByIndustryAsync(q, sections: true, ct),
            "business" => await ByBusinessAsync(q, top, ct),
            "division" => await ByDivisionAsync(q, ct),
            _ => await ByWeekAsync(q, from, to, ct),
        };
        return new HotSpotResult(dimension, dimensionName, kind, from, to, total, rows);
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

    // GROUP BY "CategoryCode" / "ProblemCode"
    private async Task<IReadOnlyList<HotSpotRow>> ByCodeAsync(IQueryable<IGrouping<string?, Filing>> groups, CancellationToken ct)
    {
        var counts = await groups.Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var all = await categories.AllAsync(ct);
        return [.. counts.Select(c => new HotSpotRow(c.Key ?? "", c.Key is null ? "未分类" : all.FirstOrDefault(x => x.Code == c.Key)?.Name ?? c.Key, c.N))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // GROUP BY substr("IndustryCode", 1, 2): the 大类 (division) of GB/T 4754; 门类 (section) rolled up here.
    private async Task<IReadOnlyList<HotSpotRow>> ByIndustryAsync(IQueryable<Filing> q, bool sections, CancellationToken ct)
    {
        var counts = await q.GroupBy(f => f.IndustryCode!.Substring(0, 2)).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var rows = counts.Select(c =>
        {
            var division = c.Key is null ? null : industries.Find(c.Key);
            var section = division is null ? null : industries.Ancestors(division.Code).LastOrDefault();
            return (Division: division, Section: section, Key: c.Key, c.N);
        }).ToList();
        if (sections)
        {
            return [.. rows.GroupBy(r => r.Section?.Code ?? "")
                .Select(g => new HotSpotRow(g.Key, g.First().Section is { } s ? $"{s.Code} {s.Name}" : "行业未知", g.Sum(r => r.N)))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
        }

        return [.. rows.Select(r => new HotSpotRow(r.Key ?? "", r.Division is { } d ? $"{d.Code} {d.Name}" : r.Key is null ? "行业未知" : r.Key, r.N,
                r.Section is { } s ? $"{s.Code} {s.Name}" : null))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // GROUP BY "Uscc" (top N by count), then the unregistered targets by name (GROUP BY "TargetName" WHERE "Uscc" IS NULL).
    private static async Task<IReadOnlyList<HotSpotRow>> ByBusinessAsync(IQueryable<Filing> q, int top, CancellationToken ct)
    {
        var known = await q.Where(f => f.Uscc != null).GroupBy(f => f.Uscc!)
            .Select(g => new { g.Key, Name = g.Max(f => f.TargetName), N = g.Count() })
            .OrderByDescending(x => x.N).ThenBy(x => x.Key).Take(top).ToListAsync(ct);
        var unknown = await q.Where(f => f.Uscc == null).GroupBy(f => f.TargetName)
            .Select(g => new { g.Key, N = g.Count() })
            .OrderByDescending(x => x.N).ThenBy(x => x.Key).Take(top).ToListAsync(ct);
        return [.. known.Select(k => new HotSpotRow(k.Key, k.Name ?? k.Key, k.N))
            .Concat(unknown.Select(u => new HotSpotRow("", $"{u.Key}（未关联主体）", u.N)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key.Length == 0).ThenBy(r => r.Key, StringComparer.Ordinal).Take(top)];
    }

    // GROUP BY "DivisionCode" (the handling unit's 属地).
    private async Task<IReadOnlyList<HotSpotRow>> ByDivisionAsync(IQueryable<Filing> q, CancellationToken ct)
    {
        var counts = await q.GroupBy(f => f.DivisionCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return [.. counts.Select(c => new HotSpotRow(c.Key, divisions.Find(c.Key)?.Name ?? c.Key, c.N))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // GROUP BY "ReceivedOn" (at most one row a day), folded into ISO weeks here; empty weeks shown as 0.
    private static async Task<IReadOnlyList<HotSpotRow>> ByWeekAsync(IQueryable<Filing> q, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var days = await q.GroupBy(f => f.ReceivedOn).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var byWeek = days.GroupBy(d => Weeks.StartOf(d.Key)).ToDictionary(g => g.Key, g => g.Sum(d => d.N));
        var rows = new List<HotSpotRow>();
        for (var w = Weeks.StartOf(from); w <= to; w = w.AddDays(7))
            rows.Add(new HotSpotRow(w.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Weeks.Label(w), byWeek.GetValueOrDefault(w)));
        return rows;
    }
}
