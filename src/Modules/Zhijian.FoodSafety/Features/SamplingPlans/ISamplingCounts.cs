namespace Zhijian.FoodSafety.Features.SamplingPlans;

/// <summary>
/// 抽检计划的完成数: sampling orders (抽样单) of an org unit in a year, counted per food category code (two digits of
/// <see cref="Domain.FoodCategories"/>). The sampling area implements it over its orders; until it registers one,
/// <see cref="NoSamplingCounts"/> answers that nothing is done yet.
/// </summary>
internal interface ISamplingCounts
{
    Task<IReadOnlyDictionary<string, int>> CountsByCategoryAsync(int orgUnitId, int year, CancellationToken ct);
}

/// <summary>The default while no sampling orders exist: every category has 0 done.</summary>
internal sealed class NoSamplingCounts : ISamplingCounts
{
    public Task<IReadOnlyDictionary<string, int>> CountsByCategoryAsync(int orgUnitId, int year, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>(StringComparer.Ordinal));
}
