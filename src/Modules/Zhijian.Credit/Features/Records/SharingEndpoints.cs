using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>/api/v1/credit/sharing-scopes and /api/v1/credit/reviews: 数据共享范围 and the review of records received under one.</summary>
internal static class SharingEndpoints
{
    public static void Map(RouteGroupBuilder credit)
    {
        credit.MapGet("/sharing-scopes", List).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("数据共享范围：可为本辖区主体报送信用记录的辖区外报送方（API 客户端或机构）");
        credit.MapPost("/sharing-scopes", Declare).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("声明数据共享范围（系统管理员或科室负责人，行政区划须在其管辖范围内；按此接收的记录须经属地审核）");
        credit.MapPost("/sharing-scopes/{id:long}/revoke", Revoke).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("撤销数据共享范围");
        credit.MapGet("/reviews", Pending).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("待审核：按数据共享范围从辖区外接收的信用记录（审核前不公示、不计入风险分类和联合惩戒）");
        credit.MapPost("/records/{id:long}/review", Review).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("审核辖区外报送的信用记录：通过后生效（公示、计入风险分类），退回须说明理由（主体属地科室负责人）");
    }

    private static async Task<Ok<IReadOnlyList<SharingScopeView>>> List(Sharing sharing, CancellationToken ct) => TypedResults.Ok(await sharing.ListAsync(ct));

    private static Task<Results<Created<SharingScopeView>, ProblemHttpResult>> Declare(DeclareScope cmd, Sharing sharing, CancellationToken ct) =>
        sharing.DeclareAsync(cmd, ct).ToCreated(s => $"/api/v1/credit/sharing-scopes/{s.Id}");

    private static Task<Results<Ok<SharingScopeView>, ProblemHttpResult>> Revoke(long id, Sharing sharing, CancellationToken ct) =>
        sharing.RevokeAsync(id, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<CreditRecordView>>> Pending(Sharing sharing, CancellationToken ct) => TypedResults.Ok(await sharing.PendingAsync(ct));

    private static Task<Results<Ok<CreditRecordView>, ProblemHttpResult>> Review(long id, ReviewDecision cmd, Sharing sharing, CancellationToken ct) =>
        sharing.ReviewAsync(id, cmd, ct).ToOk();
}
