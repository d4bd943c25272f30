using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Inspections.Features.Metrics;

/// <summary>A rate with its parts; Value is null when the denominator is 0 (shown as "—", never 100 %).</summary>
internal sealed record Rate(int Numerator, int Denominator, decimal Target)
{
    public decimal? Value => Denominator == 0 ? null : Math.Round((decimal)Numerator / Denominator, 4);

    public bool? Met => Value is { } v ? v >= Target : null;
}

/// <summary>双随机、一公开 indicators of one org unit and year (the plans' 3 % / 50 % / 30 % / 100 %).</summary>
internal sealed record UnitMetrics(int OrgUnitId, string OrgUnitName, int Year, int Entities, int Inspected, Rate Coverage, int Tasks,
    Rate RiskLinked, Rate Joint, int Results, Rate Published, Rate PublishedOnTime, int Overdue, int PlansPublished, int Plans);

internal sealed record DueResult(long ResultId, long TaskId, string TaskName, string Uscc, string EntityName, DateOnly InspectedOn, DateOnly PublishBy,
    bool Overdue, bool Confirmed, string OrgUnitName);

/// <summary>Metrics per org unit and year, and the results due for publication (overdue warnings on the console).</summary>
internal sealed class InspectionMetrics(InspectionsDbContext db, IEntityDirectory directory, OrgScope scope, IWorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The farthest look-ahead of <see cref="DueAsync"/>, in working days (a year).</summary>
    public const int MaxDueDays = 250;

    public const decimal CoverageTarget = 0.03m;
    public const decimal RiskLinkedTarget = 0.5m;
    public const decimal JointTarget = 0.3m;

    public async Task<IReadOnlyList<UnitMetrics>> ForYearAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var today = clock.Today();
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.StartOn >= from && t.StartOn <= to).ToListAsync(ct);
        var drawnTaskIds = (await db.Draws.AsNoTracking().Where(d => d.Kind == DrawKind.Main && d.Status == DrawStatus.Drawn).Select(d => d.TaskId).ToListAsync(ct)).ToHashSet();
        var results = await db.Results.AsNoTracking().Where(r => r.InspectedOn >= from && r.InspectedOn <= to && r.ConfirmedAt != null)
            .Join(db.Tasks.AsNoTracking(), r => r.TaskId, t => t.Id, (r, t) => new { t.OrgUnitId, r.Uscc, r.PublishedOn, r.PublishBy })
            .ToListAsync(ct);
        var plans = await db.Plans.AsNoTracking().Where(p => p.Year == year).Select(p => new { p.OrgUnitId, p.OrgUnitName, p.PublishedAt }).ToListAsync(ct);
        var units = tasks.Select(t => (t.OrgUnitId, t.OrgUnitName)).Concat(plans.Select(p => (p.OrgUnitId, p.OrgUnitName))).Distinct().OrderBy(x => x.OrgUnitId).ToList();
        var list = new List<UnitMetrics>();
        foreach (var (unitId, unitName) in units)
        {
            var unit = await scope.FindAsync(unitId, ct);
            var entities = unit is null ? 0 : await directory.CountAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: unit.CoveredDivisions), ct);
            var drawn = tasks.Where(t => t.OrgUnitId == unitId && drawnTaskIds.Contains(t.Id)).ToList();
            var mine = results.Where(r => r.OrgUnitId == unitId).ToList();
            var inspected = mine.Select(r => r.Uscc).Distinct(StringComparer.Ordinal).Count();
            var due = mine.Where(r => r.PublishedOn != null || r.PublishBy < today).ToList();
            list.Add(new UnitMetrics(unitId, unitName, year, entities, inspected, new Rate(inspected, entities, CoverageTarget), drawn.Count,
                new Rate(drawn.Count(t => t.Mode == DrawMode.RiskRatio), drawn.Count, RiskLinkedTarget),
                new Rate(drawn.Count(t => t.Departments.Count > 1), drawn.Count, JointTarget),
                mine.Count, new Rate(mine.Count(r => r.PublishedOn != null), mine.Count, 1m),
                new Rate(due.Count(r => r.PublishedOn != null && r.PublishedOn <= r.PublishBy), due.Count, 1m),
                mine.Count(r => r.PublishedOn == null && r.PublishBy < today),
                plans.Count(p => p.OrgUnitId == unitId && p.PublishedAt != null), plans.Count(p => p.OrgUnitId == unitId)));
        }

        return list;
    }

    /// <summary>Results not yet published whose deadline has passed or falls within <paramref name="workingDays"/> working days.</summary>
    public async Task<IReadOnlyList<DueResult>> DueAsync(int workingDays, CancellationToken ct)
    {
        var today = clock.Today();
        var horizon = calendar.AddWorkingDays(today, workingDays);
        var rows = await db.Results.AsNoTracking().Where(r => r.PublishedAt == null && r.PublishBy <= horizon)
            .Join(db.Tasks.AsNoTracking(), r => r.TaskId, t => t.Id, (r, t) => new { r, t.Name, t.OrgUnitName })
            .OrderBy(x => x.r.PublishBy).Take(500).ToListAsync(ct);
        return [.. rows.Select(x => new DueResult(x.r.Id, x.r.TaskId, x.Name, x.r.Uscc, x.r.EntityName, x.r.InspectedOn, x.r.PublishBy, x.r.PublishBy < today, x.r.ConfirmedAt != null, x.OrgUnitName))];
    }
}
