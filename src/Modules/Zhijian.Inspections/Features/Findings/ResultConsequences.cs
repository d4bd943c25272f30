using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Events;

namespace Zhijian.Inspections.Features.Findings;

/// <summary>
/// 结果的后果: 通过登记的住所无法联系 / 未按规定公示 / 弄虚作假 → a proposal to list the entity in the abnormal-operation
/// list (a section chief confirms it in the credit module). Idempotent by the result id.
/// </summary>
internal sealed class ResultConfirmedHandler(ICreditIntake credit, ILogger<ResultConfirmedHandler> log) : IEventHandler<InspectionResultConfirmed>
{
    public async Task HandleAsync(InspectionResultConfirmed e, EventContext context, CancellationToken ct)
    {
        ListingGround? ground = e.Category switch
        {
            ResultCategory.Unreachable => ListingGround.Unreachable,
            ResultCategory.NotPublished => ListingGround.InformationNotPublished,
            ResultCategory.FalseInformation => ListingGround.FalseInformation,
            _ => null,
        };
        if (ground is null) return;
        var outcome = await credit.ProposeListingAsync(new ListingProposal(e.Uscc, ground.Value,
            $"{e.OrgUnitName}“{e.TaskName}”于 {e.InspectedOn:yyyy-MM-dd} 检查发现：{InspectionNames.Of(e.Category)}（检查人员：{string.Join("、", e.Officers)}）",
            "双随机抽查", SourceSystem, $"result-{e.ResultId}"), ct);
        if (outcome.Outcome == "invalid") log.LogWarning("Listing proposal for inspection result {ResultId} refused: {Error}", e.ResultId, outcome.Error);
    }

    public const string SourceSystem = "zhijian-inspections";
}

/// <summary>每个公示的结果 → 信用记录 (抽查检查结果) in the credit profile; a correction updates the same record.</summary>
internal sealed class ResultPublishedHandler(ICreditIntake credit, ILogger<ResultPublishedHandler> log) : IEventHandler<InspectionResultPublished>
{
    public async Task HandleAsync(InspectionResultPublished e, EventContext context, CancellationToken ct)
    {
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(e.Uscc, CreditRecordKind.InspectionResult, ResultConfirmedHandler.SourceSystem,
            $"result-{e.ResultId}", e.OrgUnitName, $"{e.TaskName}：{InspectionNames.Of(e.Category)}", e.InspectedOn,
            e.Version > 1 ? $"检查结果（第 {e.Version} 版，已更正）：{InspectionNames.Of(e.Category)}" : $"检查结果：{InspectionNames.Of(e.Category)}"), ct);
        if (outcome.Outcome == "invalid") log.LogWarning("Credit record for inspection result {ResultId} refused: {Error}", e.ResultId, outcome.Error);
    }
}
