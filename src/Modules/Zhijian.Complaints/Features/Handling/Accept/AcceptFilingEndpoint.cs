using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class AcceptFilingEndpoint
{
    public static void MapAcceptFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/accept", Accept).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("受理投诉（7 个工作日内），开始调解");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Accept(long id, AcceptFilingHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
