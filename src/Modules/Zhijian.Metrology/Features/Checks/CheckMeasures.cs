using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Metrology.Features.Checks;

/// <summary>
/// 民生计量 measures per county: 民生计量检查合格率 = <see cref="Passed"/> / <see cref="Checks"/> (checks in the period, passed at the
/// check itself); 定量包装商品净含量合格率 = <see cref="PackagesPassed"/> / <see cref="Packages"/>.
/// </summary>
internal sealed class CheckMeasures(MetrologyDbContext db) : IMeasureSource
{
    public const string Checks = "metro.checks";
    public const string Passed = "metro.checks_passed";
    public const string Packages = "metro.package_checks";
    public const string PackagesPassed = "metro.package_checks_passed";

    private const string Where = "计入检查地点所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Checks, "民生计量检查次数", "次", MeasureKind.Window, "检查日期在统计期内的民生计量检查（集贸市场、加油站、医疗机构）。" + Where, "/metro/checks"),
        new(Passed, "民生计量检查合格次数", "次", MeasureKind.Window, "“民生计量检查次数”中检查时全部项目合格的次数（复查合格的不计）；除以检查次数即“民生计量检查合格率”。" + Where,
            "/metro/checks"),
        new(Packages, "定量包装商品净含量检验批次", "批次", MeasureKind.Window, "检验日期在统计期内的定量包装商品净含量检验批次。" + Where, "/metro/checks?tab=package"),
        new(PackagesPassed, "定量包装商品净含量合格批次", "批次", MeasureKind.Window, "“定量包装商品净含量检验批次”中判定合格的批次。" + Where, "/metro/checks?tab=package"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Checks, Passed]))
        {
            var rows = await db.Checks.AsNoTracking().Where(c => c.CheckedOn >= query.From && c.CheckedOn <= query.To && c.DivisionCode.StartsWith(prefix))
                .GroupBy(c => c.County).Select(g => new { County = g.Key, N = g.Count(), P = g.Count(c => c.Passed) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(Checks) && r.N > 0) values.Add(new MeasureValue(Checks, r.County, r.N));
                if (want.Contains(Passed) && r.P > 0) values.Add(new MeasureValue(Passed, r.County, r.P));
            }
        }

        if (want.Overlaps([Packages, PackagesPassed]))
        {
            var rows = await db.PackageChecks.AsNoTracking().Where(c => c.CheckedOn >= query.From && c.CheckedOn <= query.To && c.DivisionCode.StartsWith(prefix))
                .GroupBy(c => c.County).Select(g => new { County = g.Key, N = g.Count(), P = g.Count(c => c.Passed) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(Packages) && r.N > 0) values.Add(new MeasureValue(Packages, r.County, r.N));
                if (want.Contains(PackagesPassed) && r.P > 0) values.Add(new MeasureValue(PackagesPassed, r.County, r.P));
            }
        }

        return values;
    }
}
