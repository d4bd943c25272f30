using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class RespondOrNoteEndpoint
{
    public static void MapRespondOrNote(this RouteGroupBuilder complaints)
    {
        complaints.MapPost("/{id:long}/respond", Respond).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("首次回应（登记后 complaint.first-response.hours 小时内，默认 24 小时）");
        complaints.MapPost("/{id:long}/notes", Note).RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("办理记录（内部）");
    }

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Respond(long id, NoteCommand cmd, RespondHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Note(long id, NoteCommand cmd, NoteHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
