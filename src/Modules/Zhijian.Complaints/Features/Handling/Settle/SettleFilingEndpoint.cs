using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class SettleFilingEndpoint
{
    public static void MapSettleFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/settle", Settle).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("调解成功：登记调解协议、挽回经济损失");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Settle(long id, SettleCommand cmd, SettleFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
