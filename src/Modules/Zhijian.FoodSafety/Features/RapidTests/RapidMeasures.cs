using Zhijian.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>
/// 快检 and 熔断 measures, counted in SQL per county (first six digits of the test point's / jurisdiction's division): 快检量, 快检阳性
/// (快检阳性率 = positives / tests) and 熔断次数 (suspensions started). Periods are China-local days on the test / start instant.
/// </summary>
internal sealed class RapidMeasures(FoodSafetyDbContext db) : IMeasureSource
{
    public const string Tests = "food.rapid_tests";
    public const string Positive = "food.rapid_positive";
    public const string FuseTriggers = "food.fuse_triggers";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Tests, "食品快检批次", "批次", MeasureKind.Window, "统计期内（检测时间，北京时间）各快检点报送的快检结果条数（每条一个摊位批次、一个项目）；计入快检点属地县级区划。", "/food/rapid-tests"),
        new(Positive, "食品快检阳性批次", "批次", MeasureKind.Window, "“食品快检批次”中结果为阳性的条数（不论其后异议、复检结果）；除以快检批次即“快检阳性率”。", "/food/rapid-tests"),
        new(FuseTriggers, "熔断次数", "次", MeasureKind.Window, "统计期内（开始时间，北京时间）触发的熔断（暂停入市）次数，计入熔断辖区（作出熔断的市场监管部门区划）。", "/food/fuses"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var from = ChinaTime.StartOfDay(query.From);
        var to = ChinaTime.EndOfDay(query.To);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Tests, Positive]))
        {
            var rows = await db.RapidTests.AsNoTracking()
                .Where(t => t.TestedAt >= from && t.TestedAt < to && t.DivisionCode.StartsWith(prefix))
                .GroupBy(t => t.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), P = g.Count(t => t.Positive) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(Tests) && r.N > 0) values.Add(new MeasureValue(Tests, r.County, r.N));
                if (want.Contains(Positive) && r.P > 0) values.Add(new MeasureValue(Positive, r.County, r.P));
            }
        }

        if (want.Contains(FuseTriggers))
        {
            var rows = await db.Suspensions.AsNoTracking()
                .Where(s => s.StartedAt >= from && s.StartedAt < to && s.DivisionCode.StartsWith(prefix))
                .GroupBy(s => s.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.N > 0).Select(r => new MeasureValue(FuseTriggers, r.County, r.N)));
        }

        return values;
    }
}
