using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>
/// Registers measures per county: adverse-reaction reports received (and of them the late ones) — 不良反应报告数 per million residents
/// needs a population per county, which the platform does not hold — 含麻 sales and 疑似异常购买 warnings.
/// </summary>
internal sealed class RegisterMeasures(DrugsDbContext db) : IMeasureSource
{
    public const string AdrReports = "drugs.adr_reports";
    public const string AdrLate = "drugs.adr_late";
    public const string EphedrineSales = "drugs.ephedrine_sales";
    public const string EphedrineWarnings = "drugs.ephedrine_warnings";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(AdrReports, "不良反应报告数", "份", MeasureKind.Window,
            "接收日期落在统计期内的药品不良反应、医疗器械不良事件、化妆品不良反应报告；计入报告单位所在县级区划。", "/drugs/adverse-reports"),
        new(AdrLate, "迟报的不良反应报告数", "份", MeasureKind.Window,
            "“不良反应报告数”中晚于报告时限（按类别和严重程度的规则设置）接收的；除以前者即迟报率。", "/drugs/adverse-reports?late=true"),
        new(EphedrineSales, "含麻黄碱类复方制剂销售笔数", "笔", MeasureKind.Window, "销售日期落在统计期内的含麻黄碱类复方制剂销售记录；计入药店所在县级区划。", "/drugs/ephedrine"),
        new(EphedrineWarnings, "含麻制剂疑似异常购买预警数", "件", MeasureKind.Window,
            "最近一次购买落在统计期内的疑似异常购买预警；计入最近一次购买的药店所在县级区划。", "/drugs/ephedrine?tab=warnings"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var values = new List<MeasureValue>();
        if (want.Overlaps([AdrReports, AdrLate]))
        {
            var rows = await db.AdverseReports.AsNoTracking().Where(r => r.DivisionCode.StartsWith(prefix) && r.ReceivedOn >= from && r.ReceivedOn <= to)
                .GroupBy(r => r.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count(), Late = g.Count(r => r.Late) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(AdrReports)) Add(values, AdrReports, r.County, r.N);
                if (want.Contains(AdrLate)) Add(values, AdrLate, r.County, r.Late);
            }
        }

        if (want.Contains(EphedrineSales))
        {
            var rows = await db.EphedrineSales.AsNoTracking().Where(s => s.DivisionCode.StartsWith(prefix) && s.SoldOn >= from && s.SoldOn <= to)
                .GroupBy(s => s.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, EphedrineSales, r.County, r.N);
        }

        if (want.Contains(EphedrineWarnings))
        {
            var rows = await db.EphedrineWarnings.AsNoTracking().Where(w => w.DivisionCode.StartsWith(prefix) && w.ToOn >= from && w.ToOn <= to)
                .GroupBy(w => w.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, EphedrineWarnings, r.County, r.N);
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, string code, string county, decimal n)
    {
        if (n != 0) values.Add(new MeasureValue(code, county, n));
    }
}
