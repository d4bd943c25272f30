namespace Zhijian.FoodSafety.Features.SamplingPlans;

/// <summary>
/// 抽检计划的完成数: sampling orders (抽样单) of an org unit in a year, counted per food category code (two digits of
/// <see cref="Domain.FoodCategories"/>). Implemented by the sampling area over its orders
/// (Features/Sampling/SamplingCounts.cs).
/// </summary>
internal interface ISamplingCounts
{
    Task<IReadOnlyDictionary<string, int>> CountsByCategoryAsync(int orgUnitId, int year, CancellationToken ct);
}
