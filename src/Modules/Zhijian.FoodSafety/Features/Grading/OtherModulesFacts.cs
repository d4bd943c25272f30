using Zhijian.Complaints.Contracts;
using Zhijian.Credit.Contracts;

namespace Zhijian.FoodSafety.Features.Grading;

/// <summary>投诉举报 received about the business (the complaints module's contract): a dynamic risk factor.</summary>
internal sealed class ComplaintFacts(IComplaintQueries complaints) : IFoodRiskFacts
{
    public const string Code = "complaint";

    public string Factor => Code;

    public Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        complaints.FilingCountsAsync(from, to, ct);
}

/// <summary>食品领域的行政处罚 (penalty records of the food field held by the credit module): a dynamic risk factor.</summary>
internal sealed class PenaltyFacts(ICreditQueries credit) : IFoodRiskFacts
{
    public const string Code = "penalty";

    public string Factor => Code;

    public Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        credit.PenaltyCountsAsync(from, to, CreditField.Food, ct);
}
