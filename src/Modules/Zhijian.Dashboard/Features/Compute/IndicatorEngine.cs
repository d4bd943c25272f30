using Microsoft.EntityFrameworkCore;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>One indicator's value for one division and period.</summary>
internal sealed record IndicatorValue(int IndicatorId, string Division, decimal? Value, IndicatorStatus Status, string Source,
    Dictionary<string, decimal> Inputs, string? Formula, string? Error);

/// <summary>A plan computed for a division (own values) and its child divisions (breakdown), for one month.</summary>
internal sealed record PlanComputation(string Division, string Period, IReadOnlyList<IndicatorValue> Values, IReadOnlyList<string> Children);

/// <summary>
/// Computes a plan's indicators for a jurisdiction and month from the modules' measures (one request per source and
/// window, grouped by county), the population reference data and the approved manual values. Pure arithmetic on top
/// lives in <see cref="Formula"/> and <see cref="IndicatorRules"/>.
/// </summary>
internal sealed class IndicatorEngine(DashboardDbContext db, MeasureCatalog catalog, DivisionTable divisions, TimeProvider clock)
{
    /// <summary>The child divisions a breakdown shows: cities of a province, counties of a city; none below county level.</summary>
    public IReadOnlyList<Division> ChildrenOf(string division)
    {
        var d = divisions.Find(division);
        if (d is null || d.Level is not (DivisionTable.Province or DivisionTable.City)) return [];
        return [.. divisions.ChildrenOf(division).Where(c => c.IsCurrent)];
    }

    public async Task<PlanComputation> ComputeAsync(Plan plan, IReadOnlyList<PlanIndicator> indicators, string division, DateOnly monthStart, CancellationToken ct)
    {
        var today = clock.Today();
        var period = IndicatorRules.Period(monthStart);
        var children = ChildrenOf(division);
        var childPrefixes = children.Select(c => (c.Code, Prefix: DivisionTable.ScopePrefix(c.Code))).ToList();
        var values = new List<IndicatorValue>();
        var targets = new List<string> { division };
        targets.AddRange(children.Select(c => c.Code));

        // Computed: one measure request per window.
        var computed = indicators.Where(i => i.Computed).ToList();
        foreach (var window in computed.GroupBy(i => IndicatorRules.Window(monthStart, i.Accumulation, plan.StartYear, today)))
        {
            var parsed = window.Select(i => (Indicator: i, Formula: catalog.Parse(i.Formula, out var error), Error: error)).ToList();
            var codes = parsed.Where(p => p.Formula is not null).SelectMany(p => p.Formula!.Inputs).Where(c => c != Formula.Population)
                .Distinct(StringComparer.Ordinal).ToList();
            var rows = codes.Count == 0 ? [] : await catalog.ComputeAsync(division, window.Key.From, window.Key.To, codes, ct);
            var population = await PopulationAsync(targets, window.Key.To.Year, ct);
            foreach (var target in targets)
            {
                var prefix = target == division ? null : childPrefixes.First(c => c.Code == target).Prefix;
                var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var ((code, county), v) in rows)
                {
                    if (prefix is null || county.StartsWith(prefix, StringComparison.Ordinal)) sums[code] = sums.GetValueOrDefault(code) + v;
                }

                foreach (var (indicator, formula, error) in parsed)
                {
                    if (formula is null)
                    {
                        values.Add(new IndicatorValue(indicator.Id, target, null, IndicatorStatus.NoData, "computed", [], indicator.Formula, error));
                        continue;
                    }

                    var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
                    foreach (var code in formula.Inputs)
                    {
                        if (code == Formula.Population)
                        {
                            if (population.TryGetValue(target, out var p)) inputs[code] = p;
                        }
                        else
                        {
                            inputs[code] = sums.GetValueOrDefault(code);
                        }
                    }

                    var value = formula.Evaluate(c => inputs.TryGetValue(c, out var v) ? v : null);
                    if (value is { } x) value = Math.Round(x, 4);
                    var status = IndicatorRules.Status(value, indicator.TargetValue, indicator.Comparator, indicator.Direction, indicator.WarningMargin);
                    values.Add(new IndicatorValue(indicator.Id, target, value, status, "computed", inputs, formula.Text, null));
                }
            }
        }

        // Manual: the latest approved value of the same year up to the period.
        var manual = indicators.Where(i => !i.Computed).ToList();
        if (manual.Count > 0)
        {
            var ids = manual.Select(i => i.Id).ToList();
            var periods = Enumerable.Range(1, monthStart.Month).Select(m => IndicatorRules.Period(new DateOnly(monthStart.Year, m, 1))).ToList();
            var approved = await db.ManualValues.IgnoreQueryFilters().AsNoTracking()
                .Where(m => ids.Contains(m.PlanIndicatorId) && targets.Contains(m.DivisionCode) && m.Status == ManualStatus.Approved
                            && periods.Contains(m.Period))
                .ToListAsync(ct);
            foreach (var indicator in manual)
            {
                foreach (var target in targets)
                {
                    var latest = approved.Where(m => m.PlanIndicatorId == indicator.Id && m.DivisionCode == target)
                        .OrderByDescending(m => m.Period, StringComparer.Ordinal).ThenByDescending(m => m.Id).FirstOrDefault();
                    var status = IndicatorRules.Status(latest?.Value, indicator.TargetValue, indicator.Comparator, indicator.Direction, indicator.WarningMargin);
                    var inputs = latest is null ? new Dictionary<string, decimal>() : new Dictionary<string, decimal> { ["manual.id"] = latest.Id };
                    values.Add(new IndicatorValue(indicator.Id, target, latest?.Value, status, "manual", inputs, null, null));
                }
            }
        }

        return new PlanComputation(division, period, values, [.. children.Select(c => c.Code)]);
    }

    /// <summary>常住人口 per division for a year: the latest figure not later than the year.</summary>
    private async Task<Dictionary<string, decimal>> PopulationAsync(IReadOnlyList<string> codes, int year, CancellationToken ct)
    {
        var rows = await db.Populations.AsNoTracking().Where(p => codes.Contains(p.DivisionCode) && p.Year <= year).ToListAsync(ct);
        return rows.GroupBy(r => r.DivisionCode).ToDictionary(g => g.Key, g => (decimal)g.OrderByDescending(r => r.Year).First().Residents, StringComparer.Ordinal);
    }
}
