using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Prices.Features.Inspections;

/// <summary>/api/v1/prices/inspections (明码标价和价格欺诈检查), /api/v1/prices/checklist and /api/v1/prices/was-price (“原价”核验).</summary>
internal static class InspectionEndpoints
{
    public static void Map(RouteGroupBuilder prices)
    {
        var g = prices.WithStandardProblems();
        g.MapGet("/inspections", (PriceInspections s, string? division, string? result, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
                s.ListAsync(division, result, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("明码标价和价格欺诈检查（division 区划；result=passed 合格|failed 不合格；from/to 检查日期）");
        g.MapGet("/inspections/{id:long}", (long id, PriceInspections s, CancellationToken ct) =>
                ApiResults.OkOrNotFound(s.GetAsync(id, ct), $"明码标价检查 {id} 不存在（或不在您的管辖范围内）"))
            .WithSummary("明码标价和价格欺诈检查详情（逐项结果及条款、证据、法定处罚幅度、是否已移送案件线索）");
        g.MapPost("/inspections", (RecordInspection cmd, PriceInspections s, CancellationToken ct) =>
                s.RecordAsync(cmd, ct).ToCreated(v => $"/api/v1/prices/inspections/{v.Id}"))
            .RequireAuthorization(PricesAccess.CheckPolicy).Idempotent()
            .WithSummary("登记明码标价和价格欺诈检查（按《明码标价和禁止价格欺诈规定》逐项填写；有不合格项目的连同法定处罚幅度移送案件线索；Idempotency-Key）");
        g.MapGet("/checklist", (bool? online) => PriceInspections.ChecklistFor(online ?? true))
            .WithSummary("明码标价和价格欺诈检查项目（online=false 不含网络交易项目；不填为全部项目）");
        g.MapPost("/was-price", (WasPriceRequest req, PriceInspections s) => s.CheckWasPrice(req).ToOk())
            .WithSummary("“原价”核验：标示的原价（划线价）不得高于促销前 7 日内最低成交价格，7 日内无成交的不得高于最后一次成交价格（第十六条）");
    }
}
