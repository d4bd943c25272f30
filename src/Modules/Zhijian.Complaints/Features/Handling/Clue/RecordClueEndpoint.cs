using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class RecordClueEndpoint
{
    public static void MapRecordClue(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{id:long}/clue", Clue).RequireAuthorization(ComplaintAccess.HandlePolicy)
            .WithSummary("调解中发现违法线索：另行登记举报，15 个工作日内核查（返回新举报）");

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Clue(long id, NoteCommand cmd, RecordClueHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
