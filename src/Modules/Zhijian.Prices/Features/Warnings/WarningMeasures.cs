using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>
/// Price measures per county: warnings by level (a warning on a city's average counts in the city's code, which only a city or province
/// view adds up), and the monitoring network's coverage: 价格监测点覆盖率 = <see cref="CountiesCovered"/> / <see cref="Counties"/>.
/// </summary>
internal sealed class WarningMeasures(PricesDbContext db) : IMeasureSource
{
    public const string Level1 = "prices.warnings_l1";
    public const string Level2 = "prices.warnings_l2";
    public const string Level3 = "prices.warnings_l3";
    public const string Counties = "prices.counties";
    public const string CountiesCovered = "prices.counties_covered";
    public const string Reports = "prices.reports";

    private const string Period = "按预警期间的开始日期计入统计期；县级均价触发的计入该县，地市均价触发的计入地市。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Level1, "价格一级预警次数", "次", MeasureKind.Window, "一级（最严重）价格预警条数。" + Period, "/prices/warnings?level=1"),
        new(Level2, "价格二级预警次数", "次", MeasureKind.Window, "二级价格预警条数。" + Period, "/prices/warnings?level=2"),
        new(Level3, "价格三级预警次数", "次", MeasureKind.Window, "三级价格预警条数。" + Period, "/prices/warnings?level=3"),
        new(Counties, "县级行政区划数", "个", MeasureKind.PointInTime, "管辖范围内现行的县级行政区划（市辖区、县、县级市）数。", null),
        new(CountiesCovered, "设有价格监测点并报价的县级区划数", "个", MeasureKind.Window,
            "统计期内至少有一个价格监测点报送价格的县级行政区划数；除以县级行政区划数即“价格监测点覆盖率”。", "/prices/monitoring?tab=points"),
        new(Reports, "监测价格报送条数", "条", MeasureKind.Window, "采价日期在统计期内的监测价格条数（每个监测点、商品、日期一条）。计入监测点所在县。", "/prices/monitoring"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Level1, Level2, Level3]))
        {
            var rows = await db.Warnings.AsNoTracking().IgnoreQueryFilters()
                .Where(w => w.PeriodStart >= query.From && w.PeriodStart <= query.To && w.DivisionCode.StartsWith(prefix))
                .GroupBy(w => new { w.DivisionCode, w.Level }).Select(g => new { g.Key.DivisionCode, g.Key.Level, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows)
            {
                var code = r.Level switch { WarningLevel.Level1 => Level1, WarningLevel.Level2 => Level2, _ => Level3 };
                if (want.Contains(code)) values.Add(new MeasureValue(code, r.DivisionCode[..6], r.N));
            }
        }

        if (want.Contains(Counties))
        {
            foreach (var d in DivisionTable.Default.AllChildrenOf(query.DivisionRoot.Length == 6 && !query.DivisionRoot.EndsWith("00", StringComparison.Ordinal) ? null : query.DivisionRoot)
                         .Where(d => d.Level == DivisionTable.County && d.IsCurrent && d.Code.StartsWith(prefix, StringComparison.Ordinal)))
                values.Add(new MeasureValue(Counties, d.Code, 1));
            if (DivisionTable.Default.Find(query.DivisionRoot) is { Level: DivisionTable.County, IsCurrent: true } own) values.Add(new MeasureValue(Counties, own.Code, 1));
        }

        if (want.Overlaps([CountiesCovered, Reports]))
        {
            var rows = await db.Observations.AsNoTracking().IgnoreQueryFilters()
                .Where(o => o.On >= query.From && o.On <= query.To && o.DivisionCode.StartsWith(prefix))
                .GroupBy(o => o.County).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows.Where(r => r.N > 0))
            {
                if (want.Contains(CountiesCovered)) values.Add(new MeasureValue(CountiesCovered, r.County, 1));
                if (want.Contains(Reports)) values.Add(new MeasureValue(Reports, r.County, r.N));
            }
        }

        return values;
    }
}
