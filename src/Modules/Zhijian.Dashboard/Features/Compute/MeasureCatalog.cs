using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Indicators;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>
/// Every measure the modules publish (<see cref="IMeasureSource"/>), by code: the only data the supervision centre can
/// ask for. It never reads a module's tables.
/// </summary>
internal sealed class MeasureCatalog
{
    /// <summary>常住人口, from the centre's own reference data.</summary>
    public static readonly MeasureDefinition PopulationMeasure = new(Formula.Population, "常住人口", "人", MeasureKind.PointInTime,
        "该行政区划在所属年度的常住人口（人口参考数据，取不晚于该年度的最近一年；没有数据时按人口计算的指标显示“—”）。", "/dashboard/population");

    private readonly Dictionary<string, (IMeasureSource Source, MeasureDefinition Definition)> _byCode = new(StringComparer.Ordinal);

    public MeasureCatalog(IEnumerable<IMeasureSource> sources)
    {
        foreach (var s in sources)
        {
            foreach (var m in s.Measures) _byCode[m.Code] = (s, m);
        }
    }

    public IReadOnlyList<MeasureDefinition> All => [.. _byCode.Values.Select(v => v.Definition).OrderBy(d => d.Code, StringComparer.Ordinal), PopulationMeasure];

    public MeasureDefinition? Find(string code) =>
        code == Formula.Population ? PopulationMeasure : _byCode.TryGetValue(code, out var v) ? v.Definition : null;

    public bool Known(string code) => Find(code) is not null;

    /// <summary>Parses a formula against this catalogue.</summary>
    public Formula? Parse(string? text, out string? error) => Formula.Parse(text, Known, out error);

    /// <summary>The values of <paramref name="codes"/> per county under <paramref name="root"/> over [from, to] (population excluded).</summary>
    public async Task<Dictionary<(string Code, string County), decimal>> ComputeAsync(string root, DateOnly from, DateOnly to,
        IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        // Different modules have their own contexts and connections: they run side by side, so a plan costs its slowest
        // module rather than the sum of them. The sources of one module share its scoped context (food safety has three),
        // so they run one after another.
        var requests = codes.Where(c => _byCode.ContainsKey(c)).GroupBy(c => _byCode[c].Source)
            .GroupBy(g => g.Key.GetType().Assembly)
            .Select(async module =>
            {
                var rows = new List<MeasureValue>();
                foreach (var g in module) rows.AddRange(await g.Key.ComputeAsync(new MeasureQuery(root, from, to, [.. g]), ct));
                return rows;
            }).ToList();
        var result = new Dictionary<(string, string), decimal>();
        foreach (var rows in await Task.WhenAll(requests))
        {
            foreach (var r in rows)
            {
                result[(r.Code, r.County)] = result.GetValueOrDefault((r.Code, r.County)) + r.Value;
            }
        }

        return result;
    }
}
