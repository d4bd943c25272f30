using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal static class ViewContactEndpoint
{
    public static void MapViewContact(this RouteGroupBuilder complaints) =>
        complaints.MapGet("/{id:long}/contact", Contact).RequireAuthorization(ComplaintAccess.HandlePolicy)
            .WithSummary("查看投诉人/举报人的完整身份和联系方式（仅承办人员，记入审计）");

    private static Task<Results<Ok<ContactDetails>, ProblemHttpResult>> Contact(long id, ViewContactHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
