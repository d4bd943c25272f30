using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Analysis;

internal sealed record SpikeWarningView(long Id, string Dimension, string DimensionName, string Key, string Label, DateOnly WeekStart, int Count,
    decimal Baseline, DateTimeOffset RaisedAt, string? AcknowledgedBy, string DivisionCode, string DivisionName);

/// <summary>The banner: open (unacknowledged) warnings and the list shown.</summary>
internal sealed record SpikeWarnings(int Open, IReadOnlyList<SpikeWarningView> Items);

internal sealed record SpikeRun(DateOnly WeekStart, DateOnly Today, int Min, int Ratio, int Raised, int Updated);

/// <summary>
/// 投诉激增预警: complaints received this week (Monday to today, China dates) against the weekly average of the 8 weeks
/// before, per business (USCC) and per category, per handling unit (DivisionCode). A warning is raised when
/// count ≥ max(complaint.spike-min, complaint.spike-ratio × baseline). Idempotent: one row per (dimension, key, week,
/// unit); a later run only raises the count. Two GROUP BY queries per dimension: this week's counts with HAVING ≥ min,
/// then the baseline of those candidates only.
/// </summary>
internal sealed class Spikes(ComplaintsDbContext db, IRuleBook rules, Categories categories, DivisionTable divisions, ActorContext actor,
    TimeProvider clock, ILogger<Spikes> log)
{
    public const string Business = "business";
    public const string Category = "category";
    public const int BaselineWeeks = 8;

    public static string DimensionName(string d) => d == Business ? "经营者" : "投诉分类";

    private sealed record Candidate(string Key, string DivisionCode, int Count, string Label);

    public async Task<SpikeRun> DetectAsync(CancellationToken ct)
    {
        try
        {
            return await DetectOnceAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another node (or the hourly sweep) inserted the same warning first: the unique index keeps one; run again on it.
            log.LogInformation(e, "Spike detection raced another run; retrying");
            db.ChangeTracker.Clear();
            return await DetectOnceAsync(ct);
        }
    }

    private async Task<SpikeRun> DetectOnceAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var week = Weeks.StartOf(today);
        var baseFrom = week.AddDays(-7 * BaselineWeeks);
        var baseTo = week.AddDays(-1);
        var min = Math.Max(1, rules.GetInt("complaint.spike-min", today));
        var ratio = rules.GetInt("complaint.spike-ratio", today);
        var complaints = db.Filings.AsNoTracking().Where(f => f.Kind == FilingKind.Complaint);

        // Per business: SELECT Uscc, DivisionCode, COUNT(*), MAX(TargetName) … WHERE ReceivedOn BETWEEN week AND today GROUP BY … HAVING COUNT(*) >= min
        var thisWeek = complaints.Where(f => f.ReceivedOn >= week && f.ReceivedOn <= today);
        var businesses = await thisWeek.Where(f => f.Uscc != null).GroupBy(f => new { f.Uscc, f.DivisionCode }).Where(g => g.Count() >= min)
            .Select(g => new { g.Key.Uscc, g.Key.DivisionCode, N = g.Count(), Name = g.Max(f => f.TargetName) }).ToListAsync(ct);
        var usccs = businesses.Select(b => b.Uscc!).Distinct().ToList();
        var businessBase = await complaints.Where(f => f.ReceivedOn >= baseFrom && f.ReceivedOn <= baseTo && usccs.Contains(f.Uscc!))
            .GroupBy(f => new { f.Uscc, f.DivisionCode }).Select(g => new { g.Key.Uscc, g.Key.DivisionCode, N = g.Count() }).ToListAsync(ct);

        // Per category: the same on CategoryCode.
        var cats = await thisWeek.Where(f => f.CategoryCode != null).GroupBy(f => new { f.CategoryCode, f.DivisionCode }).Where(g => g.Count() >= min)
            .Select(g => new { g.Key.CategoryCode, g.Key.DivisionCode, N = g.Count() }).ToListAsync(ct);
        var codes = cats.Select(c => c.CategoryCode!).Distinct().ToList();
        var catBase = await complaints.Where(f => f.ReceivedOn >= baseFrom && f.ReceivedOn <= baseTo && codes.Contains(f.CategoryCode!))
            .GroupBy(f => new { f.CategoryCode, f.DivisionCode }).Select(g => new { g.Key.CategoryCode, g.Key.DivisionCode, N = g.Count() }).ToListAsync(ct);

        var all = await categories.AllAsync(ct);
        var candidates = businesses.Select(b => (Business, new Candidate(b.Uscc!, b.DivisionCode, b.N, b.Name ?? b.Uscc!),
                businessBase.Where(x => x.Uscc == b.Uscc && x.DivisionCode == b.DivisionCode).Sum(x => x.N)))
            .Concat(cats.Select(c => (Category, new Candidate(c.CategoryCode!, c.DivisionCode, c.N, all.FirstOrDefault(x => x.Code == c.CategoryCode)?.Name ?? c.CategoryCode!),
                catBase.Where(x => x.CategoryCode == c.CategoryCode && x.DivisionCode == c.DivisionCode).Sum(x => x.N))));

        var existing = await db.Warnings.Where(w => w.WeekStart == week).ToListAsync(ct);
        int raised = 0, updated = 0;
        var now = clock.GetUtcNow();
        foreach (var (dimension, c, baseCount) in candidates)
        {
            var baseline = Math.Round((decimal)baseCount / BaselineWeeks, 2, MidpointRounding.AwayFromZero);
            if (c.Count < Math.Max(min, ratio * baseline)) continue;
            var w = existing.FirstOrDefault(x => x.Dimension == dimension && x.Key == c.Key && x.DivisionCode == c.DivisionCode);
            if (w is null)
            {
                w = new SpikeWarning
                {
                    Dimension = dimension,
                    Key = c.Key,
                    Label = Trim(c.Label, 200),
                    WeekStart = week,
                    Count = c.Count,
                    Baseline = baseline,
                    RaisedAt = now,
                    DivisionCode = c.DivisionCode,
                };
                db.Warnings.Add(w);
                existing.Add(w);
                raised++;
                db.Audit("complaints.spike-raised", nameof(SpikeWarning), $"{dimension}:{c.Key}:{week:yyyy-MM-dd}", null,
                    new { dimension, c.Key, c.Label, week, c.Count, baseline }, c.DivisionCode);
            }
            else if (c.Count > w.Count)
            {
                w.Count = c.Count;
                w.Baseline = baseline;
                updated++;
            }
        }

        if (raised + updated > 0) await db.SaveChangesAsync(ct);
        if (raised > 0) log.LogInformation("Raised {Raised} complaint spike warnings for the week of {Week}", raised, week);
        return new SpikeRun(week, today, min, ratio, raised, updated);
    }

    /// <summary>Open warnings (or the most recent 200 with acknowledged ones) inside the caller's jurisdiction.</summary>
    public async Task<SpikeWarnings> ListAsync(bool all, CancellationToken ct)
    {
        var open = await db.Warnings.CountAsync(w => w.AcknowledgedBy == null, ct);
        var q = db.Warnings.AsNoTracking();
        if (!all) q = q.Where(w => w.AcknowledgedBy == null);
        var rows = await q.OrderByDescending(w => w.WeekStart).ThenByDescending(w => w.Count).ThenBy(w => w.Id).Take(200).ToListAsync(ct);
        return new SpikeWarnings(open, [.. rows.Select(View)]);
    }

    /// <summary>已阅: records who acknowledged it (once).</summary>
    public async Task<Result<SpikeWarningView>> AcknowledgeAsync(long id, CancellationToken ct)
    {
        var w = await db.Warnings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Result<SpikeWarningView>.NotFound($"预警 {id} 不存在或不在您的管辖范围内");
        if (w.AcknowledgedBy is not null) return View(w);
        w.AcknowledgedBy = Trim(actor.Current.Name, 100);
        db.Audit("complaints.spike-acknowledged", nameof(SpikeWarning), id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { w.Dimension, w.Key, w.WeekStart, w.AcknowledgedBy }, w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(w);
    }

    private SpikeWarningView View(SpikeWarning w) => new(w.Id, w.Dimension, DimensionName(w.Dimension), w.Key, w.Label, w.WeekStart, w.Count, w.Baseline,
        w.RaisedAt, w.AcknowledgedBy, w.DivisionCode, divisions.Find(w.DivisionCode)?.Name ?? w.DivisionCode);

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
