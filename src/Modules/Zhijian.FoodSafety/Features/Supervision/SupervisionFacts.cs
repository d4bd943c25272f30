using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.Platform.Events;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>Dynamic risk fact: 不符合 inspection results per USCC in the period (one GROUP BY).</summary>
internal sealed class NonCompliantInspectionFacts(FoodSafetyDbContext db) : IFoodRiskFacts
{
    public string Factor => "inspection-noncompliant";

    public Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        InspectionFacts.CountAsync(db, InspectionResult.NonCompliant, from, to, ct);
}

/// <summary>Dynamic risk fact: 基本符合 inspection results per USCC in the period.</summary>
internal sealed class BasicInspectionFacts(FoodSafetyDbContext db) : IFoodRiskFacts
{
    public string Factor => "inspection-basic";

    public Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        InspectionFacts.CountAsync(db, InspectionResult.BasicallyCompliant, from, to, ct);
}

internal static class InspectionFacts
{
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(FoodSafetyDbContext db, InspectionResult result, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.Inspections.AsNoTracking().Where(i => i.Result == result && i.InspectedOn >= from && i.InspectedOn <= to)
            .GroupBy(i => i.Uscc).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, StringComparer.Ordinal, ct);
}

/// <summary>每个公示的监督检查结果 → 信用记录 (Order 49 第41条: results go into the credit file); idempotent by the record id.</summary>
internal sealed class InspectionPublishedHandler(ICreditIntake credit, ILogger<InspectionPublishedHandler> log) : IEventHandler<FoodInspectionPublished>
{
    public const string SourceSystem = "zhijian-food";

    public async Task HandleAsync(FoodInspectionPublished e, EventContext context, CancellationToken ct)
    {
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(e.Uscc, CreditRecordKind.InspectionResult, SourceSystem,
            $"inspection-{e.InspectionId}", e.OrgUnitName, $"食品安全监督检查：{InspectionRules.Name(e.Result)}", e.InspectedOn,
            $"{e.Number}，检查结果：{InspectionRules.Name(e.Result)}（{e.PublishedOn:yyyy-MM-dd} 公示）", e.Number, CreditField.Food), ct);
        if (outcome.Outcome == "invalid") log.LogWarning("Credit record for food inspection {InspectionId} refused: {Error}", e.InspectionId, outcome.Error);
    }
}
