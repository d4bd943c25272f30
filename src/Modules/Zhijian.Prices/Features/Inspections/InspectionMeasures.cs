using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.Prices.Data;

namespace Zhijian.Prices.Features.Inspections;

/// <summary>
/// 明码标价 measures per county: 明码标价检查合格率 = <see cref="Passed"/> / <see cref="Inspections"/> (inspections checked in the period,
/// passed when no checklist item failed).
/// </summary>
internal sealed class InspectionMeasures(PricesDbContext db) : IMeasureSource
{
    public const string Inspections = "prices.inspections";
    public const string Passed = "prices.inspections_passed";

    private const string Where = "计入被检查经营场所所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Inspections, "明码标价检查次数", "次", MeasureKind.Window, "检查日期在统计期内的明码标价和价格欺诈检查（含网络交易经营者）。" + Where, "/prices/inspections"),
        new(Passed, "明码标价检查合格次数", "次", MeasureKind.Window,
            "“明码标价检查次数”中全部检查项目合格的次数；除以检查次数即“明码标价检查合格率”。" + Where, "/prices/inspections?result=passed"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        if (!want.Overlaps([Inspections, Passed])) return [];
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var rows = await db.Inspections.AsNoTracking().Where(c => c.CheckedOn >= query.From && c.CheckedOn <= query.To && c.DivisionCode.StartsWith(prefix))
            .GroupBy(c => c.County).Select(g => new { County = g.Key, N = g.Count(), P = g.Count(c => c.Passed) }).ToListAsync(ct);
        var values = new List<MeasureValue>();
        foreach (var r in rows)
        {
            if (want.Contains(Inspections) && r.N > 0) values.Add(new MeasureValue(Inspections, r.County, r.N));
            if (want.Contains(Passed) && r.P > 0) values.Add(new MeasureValue(Passed, r.County, r.P));
        }

        return values;
    }
}
