using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Repairs;

/// <summary>信用修复: services and /api/v1/credit/repairs.</summary>
internal static class RepairsFeature
{
    public static void Add(IServiceCollection services) => services.AddScoped<Repairs>();

    /// <summary>Maps <c>/api/v1/credit/repairs</c>.</summary>
    public static void Map(RouteGroupBuilder credit)
    {
        var g = credit.MapGroup("/repairs").RequireAuthorization(CreditAccess.ReadPolicy);
        g.MapGet("/", Search).WithSummary("信用修复申请队列（待办步骤的期限与是否逾期）");
        g.MapGet("/{id:long}", Get).WithSummary("信用修复申请详情");
        g.MapPost("/", Submit).RequireAuthorization(CreditAccess.WritePolicy).Idempotent()
            .WithSummary("提交信用修复申请（主体通过 credit.write 接口，或工作人员代为提交）：listingId 或 recordId 二选一");
        g.MapPost("/{id:long}/accept", Accept).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent().WithSummary("受理（确定核实决定期限）");
        g.MapPost("/{id:long}/not-accept", NotAccept).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent().WithSummary("不予受理（须说明理由）");
        g.MapPost("/{id:long}/approve", Approve).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent().WithSummary("准予修复（确定办理期限）");
        g.MapPost("/{id:long}/deny", Deny).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent().WithSummary("不予修复（须说明理由）");
        g.MapPost("/{id:long}/complete", Complete).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("办结：移出名单或提前停止公示，推送联合惩戒事件流");
    }

    private static async Task<Ok<RepairPage>> Search(RepairStatus? status, string? uscc, Repairs repairs, CancellationToken ct) =>
        TypedResults.Ok(await repairs.SearchAsync(status, uscc, ct));

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> Get(long id, Repairs repairs, CancellationToken ct) =>
        ApiResults.OkOrNotFound(repairs.GetAsync(id, ct), $"信用修复申请 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Created<RepairView>, ProblemHttpResult>> Submit(SubmitRepair cmd, Repairs repairs, CancellationToken ct) =>
        repairs.SubmitAsync(cmd, ct).ToCreated(r => $"/api/v1/credit/repairs/{r.Id}");

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> Accept(long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
        repairs.AcceptAsync(id, step ?? RepairStep.None, ct).ToOk();

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> NotAccept(long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
        repairs.NotAcceptAsync(id, step ?? RepairStep.None, ct).ToOk();

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> Approve(long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
        repairs.ApproveAsync(id, step ?? RepairStep.None, ct).ToOk();

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> Deny(long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
        repairs.DenyAsync(id, step ?? RepairStep.None, ct).ToOk();

    private static Task<Results<Ok<RepairView>, ProblemHttpResult>> Complete(long id, RepairStep? step, Repairs repairs, CancellationToken ct) =>
        repairs.CompleteAsync(id, step ?? RepairStep.None, ct).ToOk();
}
