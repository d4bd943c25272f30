using Zhijian.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>
/// 追溯 measures for the supervision centre, counted in SQL per county (first six digits of the division where the batch
/// began). 追溯覆盖率 = <see cref="Complete"/> / <see cref="Batches"/>.
/// </summary>
internal sealed class TraceMeasures(FoodSafetyDbContext db) : IMeasureSource
{
    public const string Batches = "food.trace_batches";
    public const string Complete = "food.trace_batches_complete";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Batches, "追溯批次", "批次", MeasureKind.Window, "统计期内（北京时间）首次出现于追溯事件的食品批次（赋码、进口收货或加工产出）；计入批次起始参与方的属地县级区划。", "/food/trace"),
        new(Complete, "追溯链条完整批次", "批次", MeasureKind.Window, "“追溯批次”中链条完整的批次：可追溯至赋码（生产）记录，或进口收货且报关单、检疫证明、消毒证明、核酸检测证明齐全；加工产出的批次须全部投入批次完整。除以追溯批次即“追溯覆盖率”。", "/food/trace"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        if (!want.Overlaps([Batches, Complete])) return [];
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var from = ChinaTime.StartOfDay(query.From);
        var to = ChinaTime.EndOfDay(query.To);
        var rows = await db.TraceBatches.AsNoTracking()
            .Where(b => b.FirstSeenAt >= from && b.FirstSeenAt < to && b.DivisionCode.StartsWith(prefix))
            .GroupBy(b => b.DivisionCode.Substring(0, 6))
            .Select(g => new { County = g.Key, N = g.Count(), Ok = g.Count(b => b.Complete) })
            .ToListAsync(ct);
        var values = new List<MeasureValue>();
        foreach (var r in rows)
        {
            if (r.N != 0 && want.Contains(Batches)) values.Add(new MeasureValue(Batches, r.County, r.N));
            if (r.Ok != 0 && want.Contains(Complete)) values.Add(new MeasureValue(Complete, r.County, r.Ok));
        }

        return values;
    }
}
