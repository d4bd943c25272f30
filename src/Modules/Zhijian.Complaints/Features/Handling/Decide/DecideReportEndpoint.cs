using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class DecideReportEndpoint
{
    public static void MapDecideReport(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/decide", Decide).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("举报核查结论：立案（诉转案，生成案件线索）或不予立案");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Decide(long id, DecideCommand cmd, DecideReportHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
