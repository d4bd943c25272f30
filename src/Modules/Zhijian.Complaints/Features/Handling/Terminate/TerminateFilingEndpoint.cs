using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class TerminateFilingEndpoint
{
    public static void MapTerminateFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/terminate", Terminate).RequireAuthorization(ComplaintAccess.HandlePolicy)
            .WithSummary("终止调解（ground：1 撤回或和解 … 5 期限届满 … 9 其他）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Terminate(long id, TerminateCommand cmd, TerminateFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
