using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Events;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 产品质量监督抽查不合格 → 信用记录 (kind 抽检不合格, field 产品质量). <see cref="WithdrawnOn"/> is set when a retest overturned the
/// first conclusion (the same record is updated).
/// </summary>
[EventName("pq.sample-failed")]
internal sealed record QualitySampleFailed(long SampleId, string Number, string Uscc, string FirmName, string ProductName, string OrgUnitName,
    DateOnly NotifiedOn, string FailedItems, DateOnly? WithdrawnOn) : Zhijian.Platform.Events.IDomainEvent;

/// <summary>Hands the failure to <see cref="ICreditIntake"/>, idempotent by the sample (source id "sample-{id}").</summary>
internal sealed class SampleFailedCredit(ICreditIntake credit, ILogger<SampleFailedCredit> log) : IEventHandler<QualitySampleFailed>
{
    public const string SourceSystem = "zhijian-pq-spotcheck";

    public async Task HandleAsync(QualitySampleFailed e, EventContext context, CancellationToken ct)
    {
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(e.Uscc, CreditRecordKind.SamplingFailure, SourceSystem,
            FormattableString.Invariant($"sample-{e.SampleId}"), string.IsNullOrEmpty(e.OrgUnitName) ? "市场监督管理部门" : e.OrgUnitName,
            $"产品质量监督抽查不合格：{e.ProductName}", e.NotifiedOn,
            e.WithdrawnOn is null ? $"抽样单 {e.Number}，不合格项目：{e.FailedItems}" : $"抽样单 {e.Number}（复检合格，原结论不成立）",
            e.Number, CreditField.ProductQuality, WithdrawnOn: e.WithdrawnOn), ct);
        if (outcome.Outcome == CreditIntakeOutcome.Invalid)
            log.LogWarning("Spot-check failure credit record for sample {SampleId} refused: {Error}", e.SampleId, outcome.Error);
    }
}
