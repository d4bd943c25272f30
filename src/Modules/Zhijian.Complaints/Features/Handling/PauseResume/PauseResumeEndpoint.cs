using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class PauseResumeEndpoint
{
    public static void MapPauseResume(this RouteGroupBuilder complaints)
    {
        complaints.MapPost("/{id:long}/pause", Pause).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("中止计时（检定、检验、检测、鉴定）");
        complaints.MapPost("/{id:long}/resume", Resume).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("恢复计时，期限顺延");
    }

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Pause(long id, PauseCommand cmd, PauseFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Resume(long id, ResumeFilingHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
