using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>
/// Batches sampled per food category by a unit in a year, for the yearly sampling plans' progress (ISamplingCounts of
/// Features/SamplingPlans). 风险监测 batches count too: plans size all sampling.
/// </summary>
internal sealed class SamplingCounts(FoodSafetyDbContext db) : SamplingPlans.ISamplingCounts
{
    public async Task<IReadOnlyDictionary<string, int>> CountsByCategoryAsync(int orgUnitId, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.SamplingOrders.AsNoTracking()
            .Where(o => o.OrgUnitId == orgUnitId && o.SampledOn >= from && o.SampledOn <= to)
            .GroupBy(o => o.CategoryCode).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, StringComparer.Ordinal, ct);
    }
}
