using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Rules;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>
/// 食品监督检查 measures: plan completion (planned and done in the window), two-year full-inspection coverage and 明厨亮灶
/// coverage, each a numerator and a denominator the dashboard divides. Counted in the database per county.
/// </summary>
internal sealed class SupervisionMeasures(FoodSafetyDbContext db, ActorContext actor, IRuleBook rules) : IMeasureSource
{
    public const string Planned = "food.inspections_planned";
    public const string Done = "food.inspections_done";
    /// <summary>The denominator of 两年全覆盖率, defined by the businesses area (FoodBusinessMeasures).</summary>
    public const string Active = Businesses.FoodBusinessMeasures.Active;
    public const string FullCovered = "food.businesses_full_inspected_2y";
    public const string Canteens = "food.school_canteens";
    public const string Transparent = "food.school_canteens_transparent";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Planned, "计划监督检查户次", "户次", MeasureKind.Window,
            "年度监督检查计划中安排在统计期内各季度的检查户次之和（季度的第一天落在统计期内的季度计入；计划按风险等级确定次数，未分级按B级）。计入被检查主体的属地县级区划。为“监督检查计划完成率”的分母。",
            "/food/inspections?tab=plan"),
        new(Done, "已完成计划监督检查户次", "户次", MeasureKind.Window,
            "统计期内检查日期的监督检查记录中，被检查主体在当年检查计划内的记录数（不含整改复查）。计入被检查主体的属地县级区划。为“监督检查计划完成率”的分子。",
            "/food/inspections?tab=records&from={from}&to={to}"),
        new(FullCovered, "两年内已全项检查的食品生产经营者", "户", MeasureKind.PointInTime,
            "在营食品生产经营者中，To日前两年内（含To日，年数为规则设置“全项目检查周期”）至少有一次全项目监督检查（逐项检查全部检查要点）的户数。为“两年全覆盖率”的分子。",
            "/food/inspections?tab=coverage"),
        new(Canteens, "学校和托幼机构食堂", "家", MeasureKind.PointInTime,
            "To日在营的学校（含中小学、高校）食堂和托幼机构食堂家数。计入食堂属地县级区划。为“明厨亮灶覆盖率”的分母。", "/food/canteens"),
        new(Transparent, "实施明厨亮灶的学校和托幼机构食堂", "家", MeasureKind.PointInTime,
            "学校和托幼机构食堂中，已登记实施明厨亮灶（透明玻璃、视频或两者）且实施日期不晚于To日的家数。为“明厨亮灶覆盖率”的分子。", "/food/canteens"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        void Add(string code, string county, int n)
        {
            if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
        }

        if (want.Contains(Planned))
        {
            for (var year = query.From.Year; year <= query.To.Year; year++)
            {
                var qs = Enumerable.Range(1, 4).Select(q => new DateOnly(year, ((q - 1) * 3) + 1, 1)).Select(d => d >= query.From && d <= query.To).ToArray();
                if (!qs.Any(x => x)) continue;
                bool q1 = qs[0], q2 = qs[1], q3 = qs[2], q4 = qs[3];
                var y = year;
                var rows = await db.InspectionPlanLines.AsNoTracking().Where(l => l.Year == y && l.DivisionCode.StartsWith(prefix))
                    .GroupBy(l => l.DivisionCode.Substring(0, 6))
                    .Select(g => new { County = g.Key, N = g.Sum(l => (q1 ? l.Q1 : 0) + (q2 ? l.Q2 : 0) + (q3 ? l.Q3 : 0) + (q4 ? l.Q4 : 0)) }).ToListAsync(ct);
                foreach (var r in rows) Add(Planned, r.County, r.N);
            }
        }

        if (want.Contains(Done))
        {
            var rows = await db.Inspections.AsNoTracking()
                .Where(i => i.InspectedOn >= query.From && i.InspectedOn <= query.To && i.ReinspectionOfId == null && i.DivisionCode.StartsWith(prefix)
                            && db.InspectionPlanLines.Any(l => l.BusinessId == i.BusinessId && l.Year == i.InspectedOn.Year))
                .GroupBy(i => i.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(Done, r.County, r.N);
        }

        var businesses = db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Where(b => b.Active && b.DivisionCode.StartsWith(prefix));
        if (want.Contains(FullCovered))
        {
            var cutoff = query.To.AddYears(-rules.GetInt("food.full-inspection-years", query.To));
            var to = query.To;
            var rows = await businesses.GroupBy(b => b.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Full = g.Count(b => db.Inspections.Any(i => i.BusinessId == b.Id && i.Full && i.InspectedOn > cutoff && i.InspectedOn <= to)),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(FullCovered, r.County, r.Full);
            }
        }

        if (want.Contains(Canteens) || want.Contains(Transparent))
        {
            var to = query.To;
            var rows = await businesses.Where(b => b.Canteen == CanteenKind.School || b.Canteen == CanteenKind.Nursery)
                .GroupBy(b => b.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), T = g.Count(b => b.TransparentKitchen && (b.TransparentKitchenSince == null || b.TransparentKitchenSince <= to)) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(Canteens, r.County, r.N);
                Add(Transparent, r.County, r.T);
            }
        }

        return values;
    }
}
