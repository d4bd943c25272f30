using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Events;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>
/// 抽检不合格 → 信用记录 (the credit module's 抽检不合格 kind, field 食品). <see cref="WithdrawnOn"/> is set when a retest
/// overturned the first conclusion (the same record is updated).
/// </summary>
[EventName("food.sampling-failed")]
internal sealed record FoodSamplingFailed(long OrderId, string Number, string Uscc, string BusinessName, string FoodName, string OrgUnitName,
    DateOnly ReportDate, string FailedItems, DateOnly? WithdrawnOn) : IDomainEvent;

/// <summary>Hands the failure to <see cref="ICreditIntake"/>, idempotent by the order (source id "order-{id}").</summary>
internal sealed class SamplingFailedCredit(ICreditIntake credit, ILogger<SamplingFailedCredit> log) : IEventHandler<FoodSamplingFailed>
{
    public const string SourceSystem = "zhijian-food-sampling";

    public async Task HandleAsync(FoodSamplingFailed e, EventContext context, CancellationToken ct)
    {
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(e.Uscc, CreditRecordKind.SamplingFailure, SourceSystem,
            FormattableString.Invariant($"order-{e.OrderId}"), string.IsNullOrEmpty(e.OrgUnitName) ? "市场监督管理部门" : e.OrgUnitName,
            $"食品安全抽检不合格：{e.FoodName}", e.ReportDate,
            string.IsNullOrEmpty(e.FailedItems) ? $"抽样单 {e.Number}（复检合格，原结论不成立）" : $"抽样单 {e.Number}，不合格项目：{e.FailedItems}",
            e.Number, CreditField.Food, WithdrawnOn: e.WithdrawnOn), ct);
        if (outcome.Outcome == CreditIntakeOutcome.Invalid)
            log.LogWarning("Sampling-failure credit record for order {OrderId} refused: {Error}", e.OrderId, outcome.Error);
    }
}
