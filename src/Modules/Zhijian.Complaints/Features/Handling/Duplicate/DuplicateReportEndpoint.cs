using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class DuplicateReportEndpoint
{
    public static void MapDuplicateReport(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/duplicate", Duplicate).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("重复举报：与此前举报事实相同，不再处理");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Duplicate(long id, DuplicateCommand cmd, DuplicateReportHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
