using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>GET /api/v1/complaints, /{id}, /by-ticket/{source}/{ticket}: what staff and other platforms read.</summary>
internal static class FilingQueriesEndpoint
{
    public static void MapFilingQueries(this RouteGroupBuilder complaints)
    {
        complaints.MapGet("", List)
            .WithSummary("诉求列表：kind、status、open、due=overdue|soon、mine、handler（承办人用户名）、orgUnitId、q（编号/经营者名称）、page、size");
        complaints.MapGet("/{id:long}", Detail).WithSummary("诉求详情（个人信息脱敏；举报人信息保密）");
        complaints.MapGet("/by-ticket/{source}/{ticket}", ByTicket).WithSummary("按对方平台工单号查询办理进度");
    }

    // Query parameters one by one (not [AsParameters]): the request delegate generator cannot bind a positional record
    // with nullable reference parameters.
    private static async Task<Ok<FilingPage>> List(string? kind, string? status, bool? open, string? due, bool? mine, int? orgUnitId,
        string? q, int? page, int? size, string? handler, FilingQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(new FilingFilter(kind, status, open, due, mine ?? false, orgUnitId, q, page ?? 1, size ?? 50, handler), ct));

    private static Task<Results<Ok<FilingDetail>, ProblemHttpResult>> Detail(long id, FilingQueries q, CancellationToken ct) =>
        ApiResults.OkOrNotFound(q.DetailAsync(id, ct), FilingActions.NotFound(id));

    private static Task<Results<Ok<IReadOnlyList<FilingListItem>>, ProblemHttpResult>> ByTicket(string source, string ticket, FilingQueries q, CancellationToken ct) =>
        ApiResults.OkOrNotFound(q.ByTicketAsync(source, ticket, ct), $"没有 {source} 工单 {ticket}");
}
