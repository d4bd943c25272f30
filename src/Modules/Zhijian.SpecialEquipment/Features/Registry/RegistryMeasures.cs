using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>
/// 设备台账 measures, counted in SQL per county (first six digits of the equipment's division): 使用登记率 = <see cref="Registered"/> /
/// <see cref="InUse"/>; 电梯责任保险投保率 = <see cref="ElevatorsInsured"/> / <see cref="Elevators"/>; late registrations in the period.
/// </summary>
internal sealed class RegistryMeasures(EquipmentDbContext db) : IMeasureSource
{
    public const string InUse = "sequip.equipment";
    public const string Registered = "sequip.registered";
    public const string RegisteredLate = "sequip.registered_late";
    public const string Elevators = "sequip.elevators";
    public const string ElevatorsInsured = "sequip.elevators_insured";

    private const string Where = "计入设备使用地点所在县级区划。";
    private const string InUseText = "统计期末在用的特种设备：已投入使用（投入使用日期不晚于期末），期末前未停用、未报废、未注销（含尚未办理使用登记的）。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(InUse, "在用特种设备数", "台", MeasureKind.PointInTime, InUseText + Where, "/sequip/equipment"),
        new(Registered, "已办理使用登记的在用特种设备数", "台", MeasureKind.PointInTime, "“在用特种设备数”中期末前已办理使用登记的台数；除以在用数即“使用登记率”。" + Where, "/sequip/equipment"),
        new(RegisteredLate, "逾期办理使用登记数", "台", MeasureKind.Window, "登记日期落在统计期内、晚于投入使用后 30 日办理使用登记的台数。" + Where, "/sequip/equipment?late=true"),
        new(Elevators, "在用电梯数", "台", MeasureKind.PointInTime, "“在用特种设备数”中的电梯。" + Where, "/sequip/equipment?category=Elevator"),
        new(ElevatorsInsured, "投保电梯安全责任保险的在用电梯数", "台", MeasureKind.PointInTime, "“在用电梯数”中保险期限不早于统计期末的台数；除以在用电梯数即“电梯责任保险投保率”。" + Where,
            "/sequip/equipment?category=Elevator&insured=true"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var to = query.To;
        var values = new List<MeasureValue>();
        if (want.Overlaps([InUse, Registered, Elevators, ElevatorsInsured]))
        {
            var rows = await db.Equipment.AsNoTracking()
                .Where(e => e.DivisionCode.StartsWith(prefix) && e.FirstUseOn != null && e.FirstUseOn <= to
                    && !(e.ScrappedOn != null && e.ScrappedOn <= to) && !(e.CancelledOn != null && e.CancelledOn <= to)
                    && !(e.Status == EquipmentStatus.Stopped && e.StoppedOn <= to))
                .GroupBy(e => e.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Registered = g.Count(e => e.RegisteredOn != null && e.RegisteredOn <= to),
                    Elevators = g.Count(e => e.Category == EquipmentCategory.Elevator),
                    Insured = g.Count(e => e.Category == EquipmentCategory.Elevator && e.InsuredUntil >= to),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, InUse, r.County, r.N);
                Add(values, want, Registered, r.County, r.Registered);
                Add(values, want, Elevators, r.County, r.Elevators);
                Add(values, want, ElevatorsInsured, r.County, r.Insured);
            }
        }

        if (want.Contains(RegisteredLate))
        {
            var rows = await db.Equipment.AsNoTracking()
                .Where(e => e.RegisteredLate && e.RegisteredOn >= query.From && e.RegisteredOn <= to && e.DivisionCode.StartsWith(prefix))
                .GroupBy(e => e.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, want, RegisteredLate, r.County, r.N);
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
