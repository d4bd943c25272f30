using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class ExtendVerificationEndpoint
{
    public static void MapExtendVerification(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/extend", Extend).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("举报核查延长 15 个工作日（须记录批准人）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Extend(long id, ExtendCommand cmd, ExtendVerificationHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
