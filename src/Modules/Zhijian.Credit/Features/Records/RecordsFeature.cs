using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/credit").WithTags("信用监管");

        g.MapPost("/records", async (CreditRecordInput input, CreditRecords records, CancellationToken ct) =>
                await records.AcceptAsync(input, ct) is var r && r.IsSuccess
                    ? r.Value!.Outcome switch
                    {
                        RecordOutcome.Created => Results.Created($"/api/v1/credit/records/{r.Value.Id}", r.Value),
                        RecordOutcome.Quarantined or RecordOutcome.Held => Results.Accepted(value: r.Value),
                        _ => Results.Ok(r.Value),
                    }
                    : r.ToProblem())
            .RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("归集一条涉企信用记录（同一来源系统+来源编号重复推送不重复入库；主体未登记的记录进入待核实区；主体不在报送方管辖范围内且无数据共享范围的 403，按共享范围接收的 202 待审核）");

        g.MapPost("/records/batch", async (List<CreditRecordInput> batch, CreditRecords records, TimeProvider clock, CancellationToken ct) =>
            {
                if (batch.Count == 0) return Problems.Validation("records", "没有记录：请至少提交一条");
                if (batch.Count > CreditRecords.MaxBatch) return Problems.Validation("records", $"一次最多提交 {CreditRecords.MaxBatch} 条，本次 {batch.Count} 条");
                var today = clock.Today();
                var errors = new Dictionary<string, string[]>();
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i] is null) errors[$"[{i}]"] = [$"第 {i + 1} 条记录为空（null）"];
                    else
                    {
                        foreach (var (field, messages) in CreditRecords.Validate(batch[i], today).ToDictionary())
                            errors[$"[{i}].{field}"] = messages;
                    }
                }

                if (errors.Count > 0) return Problems.Unprocessable("信用记录有误", $"{errors.Count} 处错误，整批未入库。", errors);
                foreach (var (index, first, key) in CreditRecords.DuplicateSources(batch))
                    errors[$"[{index}].sourceId"] = [$"与第 {first + 1} 条的来源编号重复（{key}）"];
                if (errors.Count > 0) return Problems.Unprocessable("信用记录有误", $"{errors.Count} 处错误，整批未入库。", errors);
                var refused = await records.RefusalsAsync(batch, ct);
                if (refused.Count > 0) return CreditRecords.RefusedProblem(refused.ToDictionary(x => $"[{x.Index}].uscc", x => new[] { x.Reason }));
                var result = await records.AcceptAllAsync(batch, ct);
                return result.IsSuccess ? Results.Ok(result.Value)
                    : result.Status == ResultStatus.Forbidden && result.Errors is { } refusedNow ? CreditRecords.RefusedProblem(refusedNow) : result.ToProblem();
            })
            .RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("批量归集信用记录（最多 5000 条；任一条有误则整批不入库，逐条报告错误；不在管辖范围内的逐条列出，403）");

        RecordsImport.Map(g);
        Sharing.Map(g);

        g.MapGet("/records", async (string? uscc, CreditRecordKind? kind, int? page, int? pageSize, CreditRecords records, CancellationToken ct) =>
                page is < 1 or > CreditRanges.MaxPage ? Problems.Validation("page", $"页码（{page}）必须在 1 到 {CreditRanges.MaxPage} 之间")
                : pageSize is < 1 or > 200 ? Problems.Validation("pageSize", $"每页条数（{pageSize}）必须在 1 到 200 之间")
                : Results.Ok(await records.ListAsync(uscc, kind, page ?? 1, pageSize ?? 20, ct)))
            .RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("查询信用记录（管辖范围内），可按主体（代码或名称）和类别筛选");

        g.MapGet("/quarantine", async (bool? all, CreditRecords records, CancellationToken ct) => Results.Ok(await records.QuarantineAsync(all == true, ct)))
            .RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("待核实区：主体未登记的信用记录及原因");

        g.MapPost("/quarantine/release", async (CreditRecords records, CancellationToken ct) =>
                Results.Ok(new { released = await records.ReleaseQuarantineAsync(null, ct) }))
            .RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("重新核对待核实区：主体已登记的记录转入正式归集");
    }
}

/// <summary>A newly registered entity takes over the records that arrived for it before it was registered.</summary>
internal sealed class ReleaseOnRegistration(CreditRecords records) : IEventHandler<EntityRegistered>
{
    public Task HandleAsync(EntityRegistered e, EventContext context, CancellationToken ct) => records.ReleaseQuarantineAsync(e.Uscc, ct);
}
