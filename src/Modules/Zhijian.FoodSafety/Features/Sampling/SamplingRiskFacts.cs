using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Features.Grading;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>
/// 风险分级 dynamic factor "sampling-failure": non-compliant final results (初检不合格 not overturned by a retest) per
/// sampled business USCC, by report date in the period — one GROUP BY.
/// </summary>
internal sealed class SamplingRiskFacts(FoodSafetyDbContext db) : IFoodRiskFacts
{
    public const string Code = "sampling-failure";

    public string Factor => Code;

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.SamplingOrders.AsNoTracking().IgnoreQueryFilters()
            .Where(o => o.FinalPassed == false && o.ReportDate >= from && o.ReportDate <= to)
            .GroupBy(o => o.Uscc).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, StringComparer.Ordinal, ct);
}
