using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>
/// 隐患与事故 measures, counted in SQL per county (first six digits of the equipment's division): 隐患整改率 =
/// <see cref="HazardsClosed"/> / <see cref="HazardsFound"/> × 100 (and the on-time variant with <see cref="HazardsClosedOnTime"/>);
/// 万台设备死亡率 = <see cref="AccidentDeaths"/> / (sequip.equipment / 10,000).
/// </summary>
internal sealed class SafetyMeasures(EquipmentDbContext db) : IMeasureSource
{
    public const string HazardsFound = "sequip.hazards_found";
    public const string HazardsClosed = "sequip.hazards_closed";
    public const string HazardsClosedOnTime = "sequip.hazards_closed_on_time";
    public const string AccidentDeaths = "sequip.accident_deaths";
    public const string AccidentCount = "sequip.accidents";
    public const string MajorAccidents = "sequip.accidents_major";

    private const string Where = "计入设备使用地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(HazardsFound, "发现特种设备隐患数", "项", MeasureKind.Window, "发现日期落在统计期内的特种设备隐患（一般隐患与重大隐患，各来源）。" + Where, "/sequip/hazards"),
        new(HazardsClosed, "隐患销号数", "项", MeasureKind.Window, "复查通过、销号日期落在统计期内的隐患；除以“发现特种设备隐患数”即“隐患整改率”。" + Where, "/sequip/hazards?tab=closed"),
        new(HazardsClosedOnTime, "按期整改销号的隐患数", "项", MeasureKind.Window, "“隐患销号数”中整改完成日期不晚于（最后一次确定的）整改期限的隐患。" + Where, "/sequip/hazards?tab=closed"),
        new(AccidentDeaths, "特种设备事故死亡人数", "人", MeasureKind.Window, "事故发生日期（北京时间）落在统计期内、经核实的特种设备事故的死亡人数之和；除以在用设备万台数即“万台设备死亡率”。" + Where, "/sequip/accidents"),
        new(AccidentCount, "特种设备事故数", "起", MeasureKind.Window, "事故发生日期落在统计期内、经核实的特种设备事故（不含待核实和核实不属于事故的）。" + Where, "/sequip/accidents"),
        new(MajorAccidents, "特种设备重特大事故数", "起", MeasureKind.Window, "“特种设备事故数”中定为重大事故或特别重大事故的（条例第61、62条）。" + Where, "/sequip/accidents"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Contains(HazardsFound))
        {
            var rows = await db.Hazards.AsNoTracking().Where(h => h.FoundOn >= query.From && h.FoundOn <= query.To && h.DivisionCode.StartsWith(prefix))
                .GroupBy(h => h.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, HazardsFound, r.County, r.N);
        }

        if (want.Overlaps([HazardsClosed, HazardsClosedOnTime]))
        {
            var rows = await db.Hazards.AsNoTracking().Where(h => h.ClosedOn >= query.From && h.ClosedOn <= query.To && h.DivisionCode.StartsWith(prefix))
                .GroupBy(h => h.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(h => h.ClosedOnTime == true) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(HazardsClosed)) Add(values, HazardsClosed, r.County, r.N);
                if (want.Contains(HazardsClosedOnTime)) Add(values, HazardsClosedOnTime, r.County, r.OnTime);
            }
        }

        if (want.Overlaps([AccidentDeaths, AccidentCount, MajorAccidents]))
        {
            var rows = await db.Accidents.AsNoTracking()
                .Where(a => a.OccurredOn >= query.From && a.OccurredOn <= query.To && (a.Status == AccidentStatus.Reporting || a.Status == AccidentStatus.Closed)
                    && a.DivisionCode.StartsWith(prefix))
                .GroupBy(a => a.DivisionCode.Substring(0, 6)).Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Deaths = g.Sum(a => a.Deaths),
                    Major = g.Count(a => a.Class == AccidentClass.Major || a.Class == AccidentClass.ExtraMajor),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(AccidentCount)) Add(values, AccidentCount, r.County, r.N);
                if (want.Contains(AccidentDeaths)) Add(values, AccidentDeaths, r.County, r.Deaths);
                if (want.Contains(MajorAccidents)) Add(values, MajorAccidents, r.County, r.Major);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, string code, string county, decimal n)
    {
        if (n != 0) values.Add(new MeasureValue(code, county, n));
    }
}
