using Microsoft.EntityFrameworkCore;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>
/// 指标快照: a plan's values per jurisdiction and month, stored so that trends and evaluations are reproducible. Past
/// months are read as stored (recomputed only on demand); the running month is recomputed when its snapshot is older
/// than <see cref="LiveAge"/>, so the dashboard is live without recomputing on every view.
/// </summary>
internal sealed class Snapshots(DashboardDbContext db, IndicatorEngine engine, TimeProvider clock)
{
    public static readonly TimeSpan LiveAge = TimeSpan.FromMinutes(10);

    /// <summary>Computes the plan for the division (and its children) and stores the values, replacing that month's.</summary>
    public async Task<int> RecordAsync(Plan plan, string division, DateOnly monthStart, CancellationToken ct)
    {
        var computation = await engine.ComputeAsync(plan, plan.Indicators, division, monthStart, ct);
        var period = computation.Period;
        var ids = plan.Indicators.Select(i => i.Id).ToList();
        var targets = computation.Values.Select(v => v.Division).Distinct().ToList();
        var existing = await db.Snapshots.IgnoreQueryFilters()
            .Where(s => ids.Contains(s.PlanIndicatorId) && s.Period == period && targets.Contains(s.DivisionCode))
            .ToDictionaryAsync(s => (s.PlanIndicatorId, s.DivisionCode), ct);
        var now = clock.GetUtcNow();
        foreach (var v in computation.Values)
        {
            if (!existing.TryGetValue((v.IndicatorId, v.Division), out var s))
            {
                s = new Snapshot { PlanIndicatorId = v.IndicatorId, DivisionCode = v.Division, Period = period };
                db.Snapshots.Add(s);
            }

            s.Value = v.Value;
            s.Source = v.Source;
            s.Status = v.Status;
            s.Inputs = v.Inputs;
            s.Formula = v.Formula;
            s.ComputedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return computation.Values.Count;
    }

    /// <summary>The stored values of the plan for the division and its children in the month, computing them first when missing or stale.</summary>
    public async Task<IReadOnlyList<Snapshot>> ReadAsync(Plan plan, string division, DateOnly monthStart, CancellationToken ct)
    {
        var period = IndicatorRules.Period(monthStart);
        var ids = plan.Indicators.Select(i => i.Id).ToList();
        var codes = new List<string> { division };
        codes.AddRange(engine.ChildrenOf(division).Select(c => c.Code));
        var rows = await Query(ids, codes, period).ToListAsync(ct);
        var today = clock.Today();
        var running = IndicatorRules.Period(today) == period;
        var own = rows.Where(r => r.DivisionCode == division).ToList();
        var stale = own.Count < ids.Count || (running && own.Any(r => clock.GetUtcNow() - r.ComputedAt > LiveAge));
        if (stale && monthStart <= today)
        {
            await RecordAsync(plan, division, monthStart, ct);
            db.ChangeTracker.Clear();
            rows = await Query(ids, codes, period).ToListAsync(ct);
        }

        return rows;
    }

    /// <summary>One indicator's stored monthly values for a division over the months ending with <paramref name="last"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Snapshot>> TrendAsync(int indicatorId, string division, DateOnly last, int months, CancellationToken ct) =>
        [.. (await TrendsAsync([indicatorId], division, last, months, ct)).OrderBy(s => s.Period, StringComparer.Ordinal)];

    /// <summary>Stored monthly values of several indicators for a division over the months ending with <paramref name="last"/>.</summary>
    public async Task<IReadOnlyList<Snapshot>> TrendsAsync(IReadOnlyCollection<int> indicatorIds, string division, DateOnly last, int months, CancellationToken ct)
    {
        var periods = Enumerable.Range(0, months).Select(i => IndicatorRules.Period(last.AddMonths(-i))).ToList();
        return await db.Snapshots.IgnoreQueryFilters().AsNoTracking()
            .Where(s => indicatorIds.Contains(s.PlanIndicatorId) && s.DivisionCode == division && periods.Contains(s.Period)).ToListAsync(ct);
    }

    private IQueryable<Snapshot> Query(List<int> ids, List<string> codes, string period) =>
        db.Snapshots.IgnoreQueryFilters().AsNoTracking()
            .Where(s => ids.Contains(s.PlanIndicatorId) && codes.Contains(s.DivisionCode) && s.Period == period);
}
