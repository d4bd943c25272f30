using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Entities.Contracts;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>/api/v1/credit/records: 信息归集 from other departments and this bureau, the quarantine of unknown entities.</summary>
internal static class RecordsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<CreditRecords>();
        services.AddScoped<IntakeArea>();
        services.AddScoped<Sharing>();
        services.AddEventHandler<EntityRegistered, ReleaseOnRegistration>();
    }

    /// <summary>Maps the records and the quarantine under <c>/api/v1/credit</c>.</summary>
    public static void Map(RouteGroupBuilder credit)
    {
        credit.MapPost("/records", Accept).RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("归集一条涉企信用记录（同一来源系统+来源编号重复推送不重复入库；主体未登记的记录进入待核实区；主体不在报送方管辖范围内且无数据共享范围的 403，按共享范围接收的 202 待审核）");
        credit.MapPost("/records/batch", AcceptBatch).RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("批量归集信用记录（最多 5000 条；任一条有误则整批不入库，逐条报告错误；不在管辖范围内的逐条列出，403）");
        credit.MapGet("/records", List).RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("查询信用记录（管辖范围内），可按主体（代码或名称）和类别筛选");
        credit.MapGet("/quarantine", Quarantine).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("待核实区：主体未登记的信用记录及原因");
        credit.MapPost("/quarantine/release", Release).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("重新核对待核实区：主体已登记的记录转入正式归集");
    }

    /// <summary>201 for a new record, 202 for one quarantined or held for review, 200 for an update or a repeat.</summary>
    private static async Task<Results<Created<RecordOutcome>, Accepted<RecordOutcome>, Ok<RecordOutcome>, ProblemHttpResult>> Accept(
        CreditRecordInput input, CreditRecords records, CancellationToken ct)
    {
        var r = await records.AcceptAsync(input, ct);
        if (!r.IsSuccess) return r.ToProblem();
        return r.Value!.Outcome switch
        {
            RecordOutcome.Created => TypedResults.Created($"/api/v1/credit/records/{r.Value.Id}", r.Value),
            RecordOutcome.Quarantined or RecordOutcome.Held => TypedResults.Accepted((string?)null, r.Value),
            _ => TypedResults.Ok(r.Value),
        };
    }

    private static async Task<Results<Ok<BatchSummary>, ProblemHttpResult>> AcceptBatch(
        List<CreditRecordInput> batch, CreditRecords records, TimeProvider clock, CancellationToken ct)
    {
        if (CreditRecords.ValidateBatch(batch, clock.Today()) is { } invalid) return invalid;
        var refused = await records.RefusalsAsync(batch, ct);
        if (refused.Count > 0) return CreditRecords.RefusedProblem(refused.ToDictionary(x => $"[{x.Index}].uscc", x => new[] { x.Reason }));
        var result = await records.AcceptAllAsync(batch, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!)
            : result.Status == ResultStatus.Forbidden && result.Errors is { } refusedNow ? CreditRecords.RefusedProblem(refusedNow) : result.ToProblem();
    }

    private static async Task<Results<Ok<RecordPage>, ProblemHttpResult>> List(string? uscc, CreditRecordKind? kind, int? page, int? pageSize,
        CreditRecords records, CancellationToken ct) =>
        page is < 1 or > CreditRanges.MaxPage ? Problems.Validation("page", $"页码（{page}）必须在 1 到 {CreditRanges.MaxPage} 之间")
        : pageSize is < 1 or > 200 ? Problems.Validation("pageSize", $"每页条数（{pageSize}）必须在 1 到 200 之间")
        : TypedResults.Ok(await records.ListAsync(uscc, kind, page ?? 1, pageSize ?? 20, ct));

    private static async Task<Ok<IReadOnlyList<QuarantineView>>> Quarantine(bool? all, CreditRecords records, CancellationToken ct) =>
        TypedResults.Ok(await records.QuarantineAsync(all == true, ct));

    private static async Task<Ok<QuarantineReleased>> Release(CreditRecords records, CancellationToken ct) =>
        TypedResults.Ok(new QuarantineReleased(await records.ReleaseQuarantineAsync(null, ct)));
}

/// <summary>How many quarantined records a release moved into the collection.</summary>
internal sealed record QuarantineReleased(int Released);

/// <summary>A newly registered entity takes over the records that arrived for it before it was registered.</summary>
internal sealed class ReleaseOnRegistration(CreditRecords records) : IEventHandler<EntityRegistered>
{
    public Task HandleAsync(EntityRegistered e, EventContext context, CancellationToken ct) => records.ReleaseQuarantineAsync(e.Uscc, ct);
}
