using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Repairs;

/// <summary>信用修复: services and /api/v1/credit/repairs.</summary>
internal static class RepairsFeature
{
    public static void Add(IServiceCollection services) => services.AddScoped<Repairs>();

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/credit/repairs").WithTags("信用监管").RequireAuthorization(CreditAccess.ReadPolicy);

        g.MapGet("/", async (RepairStatus? status, string? uscc, Repairs repairs, CancellationToken ct) => Results.Ok(await repairs.SearchAsync(status, uscc, ct)))
            .WithSummary("信用修复申请队列（待办步骤的期限与是否逾期）");

        g.MapGet("/{id:long}", async (long id, Repairs repairs, CancellationToken ct) =>
                await repairs.GetAsync(id, ct) is { } view ? Results.Ok(view) : Problems.NotFound("未找到", $"信用修复申请 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("信用修复申请详情");

        g.MapPost("/", async (SubmitRepair cmd, Repairs repairs, CancellationToken ct) =>
                await repairs.SubmitAsync(cmd, ct) is var r && r.IsSuccess ? Results.Created($"/api/v1/credit/repairs/{r.Value!.Id}", r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("提交信用修复申请（主体通过 credit.write 接口，或工作人员代为提交）：listingId 或 recordId 二选一");

        Step(g, "accept", "受理（确定核实决定期限）", (r, id, s, ct) => r.AcceptAsync(id, s, ct));
        Step(g, "not-accept", "不予受理（须说明理由）", (r, id, s, ct) => r.NotAcceptAsync(id, s, ct));
        Step(g, "approve", "准予修复（确定办理期限）", (r, id, s, ct) => r.ApproveAsync(id, s, ct));
        Step(g, "deny", "不予修复（须说明理由）", (r, id, s, ct) => r.DenyAsync(id, s, ct));
        Step(g, "complete", "办结：移出名单或提前停止公示，推送联合惩戒事件流", (r, id, s, ct) => r.CompleteAsync(id, s, ct));
    }

    private static void Step(RouteGroupBuilder g, string name, string summary, Func<Repairs, long, RepairStep, CancellationToken, Task<Result<RepairView>>> run) =>
        g.MapPost($"/{{id:long}}/{name}", async (long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
                await run(repairs, id, step ?? new RepairStep(null), ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary(summary);
}
