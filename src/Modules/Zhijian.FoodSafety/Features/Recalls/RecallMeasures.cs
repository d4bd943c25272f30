using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 食品召回 measures, counted in SQL per county (first six digits of the producer's division): 召回按期完成率 =
/// <see cref="OnTime"/> / <see cref="Due"/>; recalls started in the period, in all and by level.
/// </summary>
internal sealed class RecallMeasures(FoodSafetyDbContext db) : IMeasureSource
{
    public const string Due = "food.recalls_due";
    public const string OnTime = "food.recalls_on_time";
    public const string Started = "food.recalls_started";
    public const string Started1 = "food.recalls_started_1";
    public const string Started2 = "food.recalls_started_2";
    public const string Started3 = "food.recalls_started_3";

    private const string Where = "计入食品生产者属地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Due, "应完成食品召回数", "件", MeasureKind.Window, "已发布召回公告的食品召回中，完成期限（自公告发布之日起按召回级别计算的工作日，经批准延期的以延长后的期限为准）落在统计期内，或在统计期内完成的件数。" + Where, "/food/recalls"),
        new(OnTime, "按期完成食品召回数", "件", MeasureKind.Window, "“应完成食品召回数”中在完成期限当日（含）之前完成的件数；除以应完成数即“召回按期完成率”。" + Where, "/food/recalls"),
        new(Started, "启动食品召回数", "件", MeasureKind.Window, "召回开始日期（北京时间）落在统计期内的食品召回（主动召回与责令召回）。" + Where, "/food/recalls"),
        new(Started1, "启动一级召回数", "件", MeasureKind.Window, "“启动食品召回数”中的一级召回。" + Where, "/food/recalls"),
        new(Started2, "启动二级召回数", "件", MeasureKind.Window, "“启动食品召回数”中的二级召回。" + Where, "/food/recalls"),
        new(Started3, "启动三级召回数", "件", MeasureKind.Window, "“启动食品召回数”中的三级召回。" + Where, "/food/recalls"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Due, OnTime]))
        {
            var rows = await db.Recalls.AsNoTracking()
                .Where(r => r.DueOn != null && r.DivisionCode.StartsWith(prefix)
                    && ((r.DueOn >= query.From && r.DueOn <= query.To) || (r.CompletedOn >= query.From && r.CompletedOn <= query.To)))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(r => r.CompletedOn != null && r.CompletedOn <= r.DueOn) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Due, r.County, r.N);
                Add(values, want, OnTime, r.County, r.OnTime);
            }
        }

        if (want.Overlaps([Started, Started1, Started2, Started3]))
        {
            var rows = await db.Recalls.AsNoTracking()
                .Where(r => r.StartedOn >= query.From && r.StartedOn <= query.To && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    L1 = g.Count(r => r.Level == RecallLevel.First),
                    L2 = g.Count(r => r.Level == RecallLevel.Second),
                    L3 = g.Count(r => r.Level == RecallLevel.Third),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Started, r.County, r.N);
                Add(values, want, Started1, r.County, r.L1);
                Add(values, want, Started2, r.County, r.L2);
                Add(values, want, Started3, r.County, r.L3);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
