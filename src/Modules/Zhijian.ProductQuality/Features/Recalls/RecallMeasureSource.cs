using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 缺陷召回 measures, counted in SQL per county (first six digits of the firm's division). 召回完成率 =
/// <see cref="UnitsRecalled"/> ÷ <see cref="UnitsAffected"/>, both over the recalls whose summary report (召回结束) falls in the period.
/// </summary>
internal sealed class RecallMeasureSource(QualityDbContext db) : IMeasureSource
{
    public const string Started = "pq.recalls";
    public const string Completed = "pq.recalls_completed";
    public const string UnitsAffected = "pq.recall_units_affected";
    public const string UnitsRecalled = "pq.recall_units_recalled";
    public const string Reports = "pq.defect_reports";
    public const string ReportsLate = "pq.defect_reports_late";

    private const string Where = "计入企业所在地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Started, "启动缺陷产品召回数", "件", MeasureKind.Window, "召回计划备案日期落在统计期内的消费品、汽车召回（主动召回与责令召回）。" + Where, "/pq/recalls"),
        new(Completed, "结束缺陷产品召回数", "件", MeasureKind.Window, "提交召回总结报告的日期落在统计期内的召回。" + Where, "/pq/recalls"),
        new(UnitsAffected, "结束召回涉及产品数量", "件", MeasureKind.Window, "“结束缺陷产品召回数”所含召回的涉及数量（召回计划）之和；召回完成率的分母。" + Where, "/pq/recalls"),
        new(UnitsRecalled, "结束召回已召回产品数量", "件", MeasureKind.Window, "“结束缺陷产品召回数”所含召回按总结报告已召回数量之和（每件召回不超过其涉及数量）；除以涉及数量即“召回完成率”。" + Where, "/pq/recalls"),
        new(Reports, "缺陷报告数", "件", MeasureKind.Window, "报告日期（北京时间）落在统计期内的缺陷报告、事故报告。" + Where, "/pq/recalls"),
        new(ReportsLate, "逾期缺陷报告数", "件", MeasureKind.Window, "“缺陷报告数”中晚于报告期限（知悉之日起的工作日）报送的件数。" + Where, "/pq/recalls"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Contains(Started))
        {
            var rows = await db.Recalls.AsNoTracking().Where(r => r.PlanFiledOn >= query.From && r.PlanFiledOn <= query.To && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, Started, r.County, r.N);
        }

        if (want.Overlaps([Completed, UnitsAffected, UnitsRecalled]))
        {
            // Units summed in memory per recall (long), so no provider-side overflow; recalled never counts above affected.
            var rows = await db.Recalls.AsNoTracking().Where(r => r.SummaryOn >= query.From && r.SummaryOn <= query.To && r.DivisionCode.StartsWith(prefix))
                .Select(r => new { r.DivisionCode, r.AffectedUnits, r.RecalledUnits }).ToListAsync(ct);
            foreach (var g in rows.GroupBy(r => r.DivisionCode[..Math.Min(6, r.DivisionCode.Length)]))
            {
                if (want.Contains(Completed)) Add(values, Completed, g.Key, g.Count());
                if (want.Contains(UnitsAffected)) Add(values, UnitsAffected, g.Key, g.Sum(r => (decimal)r.AffectedUnits));
                if (want.Contains(UnitsRecalled)) Add(values, UnitsRecalled, g.Key, g.Sum(r => (decimal)Math.Min(r.RecalledUnits, r.AffectedUnits)));
            }
        }

        if (want.Overlaps([Reports, ReportsLate]))
        {
            var rows = await db.DefectReports.AsNoTracking().Where(r => r.ReportedOn >= query.From && r.ReportedOn <= query.To && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count(), Late = g.Count(r => r.Late) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(Reports)) Add(values, Reports, r.County, r.N);
                if (want.Contains(ReportsLate)) Add(values, ReportsLate, r.County, r.Late);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, string code, string county, decimal n)
    {
        if (n != 0) values.Add(new MeasureValue(code, county, n));
    }
}
