using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.SpecialEquipment.Data;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>
/// 维保与 96333 measures, counted in SQL per county (first six digits of the equipment's division). 维保按期率 =
/// <see cref="OnTime"/> / <see cref="Due"/>; 96333 到场及时率 = <see cref="RescueOnTime"/> / <see cref="RescueCalls"/>.
/// </summary>
internal sealed class MaintenanceMeasures(EquipmentDbContext db) : IMeasureSource
{
    public const string Due = "sequip.maintenance_due";
    public const string OnTime = "sequip.maintenance_on_time";
    public const string RescueCalls = "sequip.rescue_calls";
    public const string RescueOnTime = "sequip.rescue_on_time";
    public const string LongEntrapments = "sequip.entrapments_long";

    private const string Where = "计入设备使用地所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Due, "应完成电梯维保周期数", "次", MeasureKind.Window,
            "维保日期落在统计期内的电梯维保记录所覆盖的维保周期数：每条记录计 max(1, ⌈距上次维保（无则自合同开始）的天数 ÷ 维保间隔⌉) 个周期（维保间隔为 15 日，按需维保试点电梯为其批准的间隔），即逾期未维保的周期在下一次维保时计入。" + Where,
            "/sequip/maintenance"),
        new(OnTime, "按期完成电梯维保次数", "次", MeasureKind.Window,
            "维保日期落在统计期内、且距上次维保不超过维保间隔的电梯维保记录数；除以“应完成电梯维保周期数”即“维保按期率”。" + Where, "/sequip/maintenance"),
        new(RescueCalls, "96333 应急救援工单数", "件", MeasureKind.Window, "接警日期（北京时间）落在统计期内的 96333 电梯应急救援工单。" + Where, "/sequip/rescue"),
        new(RescueOnTime, "96333 按时到场工单数", "件", MeasureKind.Window,
            "“96333 应急救援工单数”中维保人员自接警起在到场时限内到场的件数（城区 30 分钟、其他地区 60 分钟，按接警时的规则）；除以工单数即“96333 到场及时率”（未到场即关闭或尚未到场的计为未按时）。" + Where,
            "/sequip/rescue"),
        new(LongEntrapments, "电梯长时间困人件数", "件", MeasureKind.Window, "接警日期落在统计期内、被困人员自接警至解困达到事故核查时长（2 小时）的 96333 工单。" + Where, "/sequip/rescue"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Due, OnTime]))
        {
            var rows = await db.MaintenanceRecords.AsNoTracking()
                .Where(r => r.On >= query.From && r.On <= query.To && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, Due = g.Sum(r => r.CyclesDue), OnTime = g.Count(r => r.OnTime) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Due, r.County, r.Due);
                Add(values, want, OnTime, r.County, r.OnTime);
            }
        }

        if (want.Overlaps([RescueCalls, RescueOnTime, LongEntrapments]))
        {
            var rows = await db.RescueCalls.AsNoTracking()
                .Where(c => c.ReceivedOn >= query.From && c.ReceivedOn <= query.To && c.DivisionCode.StartsWith(prefix))
                .GroupBy(c => c.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(c => c.SlaMet == true), Long = g.Count(c => c.LongEntrapment) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, RescueCalls, r.County, r.N);
                Add(values, want, RescueOnTime, r.County, r.OnTime);
                Add(values, want, LongEntrapments, r.County, r.Long);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
