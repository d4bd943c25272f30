namespace Zhijian.ProductQuality.Domain.FollowUp;

/// <summary>
/// A spot-check sample whose result is 不合格 as notified to the firm (the SpotChecks area calls <see cref="IFollowUps"/> when
/// it records or receives such a result). <see cref="SampleId"/> is the SpotChecks area's sample id (the follow-up's key:
/// one follow-up per sample). <see cref="ProductKey"/> is the "same product" identity of Order 18 (producer USCC + standard +
/// brand + model, normalised by the SpotChecks area). <see cref="ProducerDivision"/> is the producer's GB/T 2260 code; when it is
/// outside the checking bureau's jurisdiction the follow-up goes to the producer's bureau (notice), the seller's part stays here.
/// </summary>
internal sealed record FailedSample(long SampleId, string SampleNumber, long PlanId, string PlanName, string Level, int? OrgUnitId, string OrgUnitName,
    string ProductCategoryCode, string ProductName, string ProductKey, string? Brand, string? Model, string? Standard,
    string ProducerUscc, string ProducerName, string ProducerDivision, string? SellerUscc, string? SellerName, string? SellerDivision,
    string FailedItems, DateOnly ResultNotifiedOn, bool ConsumerGood);

/// <summary>后处理 as the SpotChecks area sees it: open one when a failure is notified, withdraw it when a retest overturns the result.</summary>
internal interface IFollowUps
{
    /// <summary>Opens the follow-up of a failed sample (idempotent by <see cref="FailedSample.SampleId"/>); written in the caller's unit of work.</summary>
    Task OpenAsync(FailedSample failure, CancellationToken ct);

    /// <summary>复检合格（原结论不成立）: the follow-up is closed as withdrawn with the reason; idempotent.</summary>
    Task WithdrawAsync(long sampleId, DateOnly on, string reason, CancellationToken ct);

    /// <summary>Whether the product (by <see cref="FailedSample.ProductKey"/>) has an open follow-up: a 跟踪抽查 of it is exempt from the 6-month rule.</summary>
    Task<bool> HasOpenAsync(string productKey, CancellationToken ct);
}
