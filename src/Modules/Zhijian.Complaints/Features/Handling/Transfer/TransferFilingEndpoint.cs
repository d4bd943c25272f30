using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class TransferFilingEndpoint
{
    public static void MapTransferFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/transfer", Transfer).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("移送其他机构（须说明理由）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Transfer(long id, TransferCommand cmd, TransferFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
