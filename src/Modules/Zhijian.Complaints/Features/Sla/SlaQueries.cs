using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Statistics;
using Zhijian.Platform.Calendar;

namespace Zhijian.Complaints.Features.Sla;

/// <summary>Open items of one unit or handler against their deadlines.</summary>
internal sealed record SlaRow(string Key, string Name, int Open, int DueSoon, int Overdue, int Paused, int NotResponded);

internal sealed record SlaOverview(DateOnly Today, DateOnly DueSoonLimit, IReadOnlyList<SlaRow> Units, IReadOnlyList<SlaRow> Handlers);

/// <summary>
/// One unit's month: 按期办结率 = closed on time / closed (complaints only, and all kinds); 24小时回应率 = responded within
/// 24 h / received. A zero denominator gives null ("—"), never 100 %.
/// </summary>
internal sealed record MonthRow(int OrgUnitId, string OrgUnitName, string Month, int Received, int Responded24h, decimal? ResponseRate,
    int ComplaintsClosed, int ComplaintsOnTime, decimal? ComplaintOnTimeRate, int Closed, int OnTime, decimal? OnTimeRate, int Transfers,
    int Rated, decimal? Satisfaction);

/// <summary>期限管理: due-soon/overdue per unit and handler, monthly on-time and 24-hour response rates per unit.</summary>
internal sealed class SlaQueries(ComplaintsDbContext db, FilingQueries filings, TimeProvider clock)
{
    public async Task<SlaOverview> OverviewAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var soon = filings.DueSoonLimit();
        var now = clock.GetUtcNow();
        // The open counts from the rollup's open cells (per unit, handler and due date: a few thousand for a city, not its
        // 100,000 open filings); today decides which due dates are soon or past. Not-responded depends on the instant, so it is
        // read from the filings themselves: the few open ones without a first response, through their own partial index.
        await FilingCounts.EnsureBuiltAsync(db, ct);
        var paused = FilingCounts.Paused;
        var open = await db.FilingCounts.AsNoTracking().Where(c => c.Dimension == FilingCounts.Open)
            .GroupBy(c => new { c.OrgUnitId, c.OrgUnitName, c.Key })
            .Select(g => new
            {
                g.Key.OrgUnitId,
                g.Key.OrgUnitName,
                Handler = g.Key.Key,
                Open = g.Sum(c => c.N),
                Soon = g.Sum(c => c.Period >= today && c.Period <= soon ? c.N : 0),
                Overdue = g.Sum(c => c.Period != paused && c.Period < today ? c.N : 0),
                Paused = g.Sum(c => c.Period == paused ? c.N : 0),
            }).ToListAsync(ct);
        var late = await db.Filings.AsNoTracking().Where(FilingCounts.InHandling)
            .Where(f => f.FirstRespondedAt == null && f.FirstResponseDue < now)
            .GroupBy(f => new { f.OrgUnitId, f.OrgUnitName, f.HandlerUserName, f.HandlerName })
            .Select(g => new { g.Key.OrgUnitId, g.Key.OrgUnitName, g.Key.HandlerUserName, g.Key.HandlerName, N = g.Count() }).ToListAsync(ct);
        var lateBy = late.ToDictionary(l => (l.OrgUnitId, l.OrgUnitName, FilingCounts.HandlerKey(l.HandlerUserName, l.HandlerName)), l => l.N);
        var cells = open.Where(o => o.Open != 0).Select(o =>
        {
            var (user, name) = FilingCounts.Handler(o.Handler);
            return new Cell(o.OrgUnitId, o.OrgUnitName, user, name, o.Open, o.Soon, o.Overdue, o.Paused,
                lateBy.GetValueOrDefault((o.OrgUnitId, o.OrgUnitName, o.Handler)));
        }).ToList();
        return new SlaOverview(today, soon,
            [.. cells.GroupBy(c => (c.OrgUnitId, c.OrgUnitName)).Select(g => Row(g.Key.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.OrgUnitName, g))
                .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.Ordinal)],
            [.. cells.Where(c => c.HandlerUserName is not null).GroupBy(c => (c.HandlerUserName!, c.HandlerName))
                .Select(g => Row(g.Key.Item1, g.Key.HandlerName ?? g.Key.Item1, g))
                .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.Ordinal)]);
    }

    private sealed record Cell(int OrgUnitId, string OrgUnitName, string? HandlerUserName, string? HandlerName, int Open, int Soon, int Overdue, int Paused, int NotResponded);

    private static SlaRow Row(string key, string name, IEnumerable<Cell> cells) =>
        new(key, name, cells.Sum(c => c.Open), cells.Sum(c => c.Soon), cells.Sum(c => c.Overdue), cells.Sum(c => c.Paused), cells.Sum(c => c.NotResponded));

    /// <summary>Per unit and month of <paramref name="year"/> (by date received for response, by date closed for completion).</summary>
    public async Task<IReadOnlyList<MonthRow>> MonthlyAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        // From the module's rollup (per unit and month, maintained with every save), not a year of filings per call.
        await FilingCounts.EnsureBuiltAsync(db, ct);
        var cells = await db.FilingCounts.AsNoTracking()
            .Where(c => (c.Dimension == FilingCounts.Received || c.Dimension == FilingCounts.Closed) && c.Period >= from && c.Period <= to)
            .GroupBy(c => new { c.Dimension, c.OrgUnitId, c.OrgUnitName, c.Period, c.Kind })
            .Select(g => new
            {
                g.Key.Dimension,
                g.Key.OrgUnitId,
                g.Key.OrgUnitName,
                g.Key.Period,
                g.Key.Kind,
                N = g.Sum(c => c.N),
                Responded = g.Sum(c => c.Responded),
                OnTime = g.Sum(c => c.OnTime),
                Rated = g.Sum(c => c.Rated),
                Score = g.Sum(c => c.Score),
            }).ToListAsync(ct);
        var received = cells.Where(c => c.Dimension == FilingCounts.Received).GroupBy(c => new { c.OrgUnitId, c.OrgUnitName, c.Period.Month })
            .Select(g => new { g.Key.OrgUnitId, g.Key.OrgUnitName, g.Key.Month, N = g.Sum(c => c.N), Responded = g.Sum(c => c.Responded) })
            .Where(r => r.N != 0).ToList();
        var closed = cells.Where(c => c.Dimension == FilingCounts.Closed).GroupBy(c => new { c.OrgUnitId, c.OrgUnitName, c.Period.Month })
            .Select(g => new
            {
                g.Key.OrgUnitId,
                g.Key.OrgUnitName,
                g.Key.Month,
                N = g.Sum(c => c.N),
                OnTime = g.Sum(c => c.OnTime),
                Complaints = g.Where(c => c.Kind == FilingKind.Complaint).Sum(c => c.N),
                ComplaintsOnTime = g.Where(c => c.Kind == FilingKind.Complaint).Sum(c => c.OnTime),
                Rated = g.Sum(c => c.Rated),
                Score = g.Sum(c => c.Score),
            }).Where(c => c.N != 0).ToList();
        var fromAt = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var toAt = fromAt.AddYears(1);
        var transfers = await db.Transfers.IgnoreQueryFilters().AsNoTracking().Where(t => t.At >= fromAt && t.At < toAt)
            .Select(t => new { t.FromOrgUnitId, t.FromDivision, t.DivisionCode, t.At }).ToListAsync(ct);
        var keys = received.Select(r => (r.OrgUnitId, r.OrgUnitName, r.Month)).Concat(closed.Select(c => (c.OrgUnitId, c.OrgUnitName, c.Month))).Distinct()
            .OrderBy(k => k.OrgUnitName, StringComparer.Ordinal).ThenBy(k => k.Month);
        return [.. keys.Select(k =>
        {
            var r = received.FirstOrDefault(x => x.OrgUnitId == k.OrgUnitId && x.Month == k.Month);
            var c = closed.FirstOrDefault(x => x.OrgUnitId == k.OrgUnitId && x.Month == k.Month);
            var t = transfers.Count(x => x.FromOrgUnitId == k.OrgUnitId && x.At.ToChinaDate().Month == k.Month);
            return new MonthRow(k.OrgUnitId, k.OrgUnitName, $"{year}-{k.Month:00}", r?.N ?? 0, r?.Responded ?? 0, Rate(r?.Responded ?? 0, r?.N ?? 0),
                c?.Complaints ?? 0, c?.ComplaintsOnTime ?? 0, Rate(c?.ComplaintsOnTime ?? 0, c?.Complaints ?? 0), c?.N ?? 0, c?.OnTime ?? 0, Rate(c?.OnTime ?? 0, c?.N ?? 0),
                t, c?.Rated ?? 0, c is { Rated: > 0 } ? Math.Round((decimal)c.Score / c.Rated, 2) : null);
        })];
    }

    public static decimal? Rate(int n, int d) => d == 0 ? null : Math.Round((decimal)n / d, 4);
}
