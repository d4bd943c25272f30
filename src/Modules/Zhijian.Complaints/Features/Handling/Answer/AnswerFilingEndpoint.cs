using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class AnswerFilingEndpoint
{
    public static void MapAnswerFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/answer", Answer).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("答复咨询、建议");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Answer(long id, AnswerCommand cmd, AnswerFilingHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
