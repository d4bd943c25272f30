using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Public;

/// <summary>The complainant follows a filing with its number and query code (/api/v1/public/complaints/{number}).</summary>
internal static class PublicFollowEndpoint
{
    public static void MapPublicFollow(this RouteGroupBuilder publicComplaints)
    {
        publicComplaints.MapGet("/{number}", Find).WithSummary("凭编号和查询码查询办理进度");
        publicComplaints.MapPost("/{number}/satisfaction", Rate).WithSummary("办结后满意度评价（1–5）");
    }

    private static Task<Results<Ok<FollowView>, ProblemHttpResult>> Find(string number, string? code, PublicFollow f, CancellationToken ct) =>
        ApiResults.OkOrNotFound(f.FindAsync(number, code, ct), "编号或查询码不正确");

    private static Task<Results<Ok<FollowView>, ProblemHttpResult>> Rate(string number, RateCommand cmd, PublicFollow f, CancellationToken ct) =>
        f.RateAsync(number, cmd, ct).ToOk();
}
