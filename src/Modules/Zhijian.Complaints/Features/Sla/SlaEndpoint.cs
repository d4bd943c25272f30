using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Sla;

/// <summary>期限管理 and the monthly table (/api/v1/complaints/sla, /monthly).</summary>
internal static class SlaEndpoint
{
    public static void MapSla(this RouteGroupBuilder complaints)
    {
        complaints.MapGet("/sla", Overview).WithSummary("期限管理：各机构、承办人的在办、临期、超期、中止、首次回应超时（complaint.first-response.hours，默认 24 小时）未回应");
        complaints.MapGet("/monthly", Monthly).WithSummary("各机构各月：按期办结率（消费投诉、全部）、24 小时回应率、移送、满意度");
    }

    private static async Task<Ok<SlaOverview>> Overview(SlaQueries s, CancellationToken ct) => TypedResults.Ok(await s.OverviewAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<MonthRow>>, ProblemHttpResult>> Monthly(int? year, SlaQueries s, TimeProvider clock, CancellationToken ct) =>
        year is < Years.First or > Years.Last
            ? Problems.Validation("year", Years.Message)
            : TypedResults.Ok(await s.MonthlyAsync(year ?? clock.GetUtcNow().Year, ct));
}
