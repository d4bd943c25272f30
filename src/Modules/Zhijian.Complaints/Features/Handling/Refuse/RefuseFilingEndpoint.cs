using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class RefuseFilingEndpoint
{
    public static void MapRefuseFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/refuse", Refuse).RequireAuthorization(ComplaintAccess.HandlePolicy)
            .WithSummary("不予受理（ground：1 职责或管辖、2 已由他处受理、3 非生活消费、4 超过三年、5 材料、6 身份、9 其他）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Refuse(long id, RefuseCommand cmd, RefuseFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
