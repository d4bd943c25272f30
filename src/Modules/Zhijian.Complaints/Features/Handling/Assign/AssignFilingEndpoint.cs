using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class AssignFilingEndpoint
{
    public static void MapAssignFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/assign", Assign).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("指定承办人（不填为本人）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Assign(long id, AssignCommand cmd, AssignFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
