using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>
/// Supervision measures per county (first six digits of the business's or point's division). 零售药店网格化监管覆盖率 =
/// <see cref="Gridded"/> / <see cref="ActivePharmacies"/> × 100; 检查覆盖率 = <see cref="Inspected"/> / <see cref="Supervised"/> × 100 (over a year).
/// </summary>
internal sealed class SupervisionMeasures(DrugsDbContext db) : IMeasureSource
{
    public const string Gridded = "drugs.pharmacies_gridded";
    public const string ActivePharmacies = "drugs.grid_pharmacies_active";
    public const string Inspections = "drugs.inspections";
    public const string Inspected = "drugs.businesses_inspected";
    public const string Supervised = "drugs.businesses_supervised";
    public const string Failed = "drugs.inspections_failed";
    public const string VaccineChecks = "drugs.vaccine_checks";
    public const string VaccineFailed = "drugs.vaccine_checks_failed";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Gridded, "纳入网格化监管的零售药店数", "家", MeasureKind.PointInTime,
            "在营的零售药店和连锁门店中已划入网格且网格明确监管责任人的（当前状态）；除以“在营零售药店数”即零售药店网格化监管覆盖率。", "/drugs/grids"),
        new(ActivePharmacies, "在营零售药店数（网格化监管）", "家", MeasureKind.PointInTime, "在营的零售药店和连锁门店（当前状态），网格化监管覆盖率的分母。", "/drugs/grids"),
        new(Inspections, "药械化监督检查次数", "次", MeasureKind.Window, "检查日期落在统计期内的药品零售、医疗器械、化妆品经营监督检查。", "/drugs/inspections"),
        new(Inspected, "已检查的经营企业数", "家", MeasureKind.Window, "统计期内至少检查一次的企业（同一企业只计一次）；除以“应检查的经营企业数”即检查覆盖率。",
            "/drugs/inspections"),
        new(Supervised, "应检查的经营企业数", "家", MeasureKind.PointInTime, "在营的零售药店、连锁门店、医疗器械和化妆品经营企业（当前状态）。", "/drugs/businesses"),
        new(Failed, "检查结论为限期整改或立案查处的次数", "次", MeasureKind.Window, "检查日期落在统计期内、结论不为“符合”的监督检查。", "/drugs/inspections?view=failed"),
        new(VaccineChecks, "疫苗储存和冷链检查次数", "次", MeasureKind.Window, "检查日期落在统计期内的预防接种单位疫苗储存和冷链检查。", "/drugs/vaccines"),
        new(VaccineFailed, "疫苗储存和冷链检查不合格次数", "次", MeasureKind.Window, "统计期内温度超出范围、记录不全、未扫码追溯或发现过期疫苗的检查。",
            "/drugs/vaccines?view=failed"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var values = new List<MeasureValue>();
        var pharmacies = db.Businesses.AsNoTracking().IgnoreQueryFilters()
            .Where(b => b.Active && b.DivisionCode.StartsWith(prefix) && (b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore));
        if (want.Contains(ActivePharmacies))
            Add(values, ActivePharmacies, await pharmacies.GroupBy(b => b.DivisionCode.Substring(0, 6)).Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        if (want.Contains(Gridded))
            Add(values, Gridded, await (from b in pharmacies
                                        join a in db.GridAssignments on b.Id equals a.BusinessId
                                        join g in db.Grids.IgnoreQueryFilters() on a.GridId equals g.Id
                                        where g.OfficerUser != null
                                        group b by b.DivisionCode.Substring(0, 6) into c
                                        select new Row(c.Key, c.Count())).ToListAsync(ct));
        if (want.Contains(Supervised))
            Add(values, Supervised, await db.Businesses.AsNoTracking().IgnoreQueryFilters()
                .Where(b => b.Active && b.DivisionCode.StartsWith(prefix) && b.Kind != DrugBusinessKind.Wholesale && b.Kind != DrugBusinessKind.ChainHeadquarters)
                .GroupBy(b => b.DivisionCode.Substring(0, 6)).Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        var window = db.Inspections.AsNoTracking().IgnoreQueryFilters().Where(i => i.DivisionCode.StartsWith(prefix) && i.InspectedOn >= from && i.InspectedOn <= to);
        if (want.Contains(Inspections))
            Add(values, Inspections, await window.GroupBy(i => i.DivisionCode.Substring(0, 6)).Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        if (want.Contains(Failed))
            Add(values, Failed, await window.Where(i => i.Conclusion != InspectionConclusion.Compliant).GroupBy(i => i.DivisionCode.Substring(0, 6))
                .Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        if (want.Contains(Inspected))
        {
            var pairs = await window.Select(i => new { County = i.DivisionCode.Substring(0, 6), i.BusinessId }).Distinct().ToListAsync(ct);
            Add(values, Inspected, [.. pairs.GroupBy(p => p.County).Select(g => new Row(g.Key, g.Count()))]);
        }

        var checks = db.VaccineChecks.AsNoTracking().IgnoreQueryFilters().Where(c => c.DivisionCode.StartsWith(prefix) && c.CheckedOn >= from && c.CheckedOn <= to);
        if (want.Contains(VaccineChecks))
            Add(values, VaccineChecks, await checks.GroupBy(c => c.DivisionCode.Substring(0, 6)).Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        if (want.Contains(VaccineFailed))
            Add(values, VaccineFailed, await checks.Where(c => !c.Passed).GroupBy(c => c.DivisionCode.Substring(0, 6)).Select(g => new Row(g.Key, g.Count())).ToListAsync(ct));
        return values;
    }

    private sealed record Row(string County, int N);

    private static void Add(List<MeasureValue> values, string code, IEnumerable<Row> rows)
    {
        foreach (var r in rows.Where(r => r.N != 0)) values.Add(new MeasureValue(code, r.County, r.N));
    }
}
