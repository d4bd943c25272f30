using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Odr;

/// <summary>
/// ODR 企业: the registry (/api/v1/complaints/odr, section chiefs), the enterprises' own interface (/api/v1/odr, header
/// X-Odr-Key) and the public list (/api/v1/public/complaints/odr).
/// </summary>
internal static class OdrEndpoint
{
    public const string OdrKeyHeader = "X-Odr-Key";

    public static void MapOdrRegistry(this RouteGroupBuilder complaints)
    {
        complaints.MapGet("/odr", List).WithSummary("ODR 企业名录");
        complaints.MapPost("/odr", Approve).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("审核通过 ODR 企业（返回一次性显示的接入密钥）");
        complaints.MapPost("/odr/{id:long}/deactivate", Deactivate).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("移出 ODR 企业名录");
    }

    /// <summary>The enterprises' group (anonymous at the door, authenticated by <see cref="OdrKeyHeader"/>).</summary>
    public static void MapOdrEnterprise(this RouteGroupBuilder odr)
    {
        odr.MapGet("/complaints", Complaints).WithSummary("本企业收到的 ODR 投诉（请求头 X-Odr-Key）");
        odr.MapPost("/complaints/{id:long}/answer", Answer).WithSummary("答复 ODR 投诉：settled=true 和解；false 未和解（转入市场监管部门投诉程序）");
    }

    public static void MapPublicOdr(this RouteGroupBuilder publicComplaints) =>
        publicComplaints.MapGet("/odr", Public).WithSummary("ODR 企业名录（可直接与企业协商和解）");

    private static async Task<Ok<IReadOnlyList<OdrView>>> List(Odr o, CancellationToken ct) => TypedResults.Ok(await o.ListAsync(ct));

    private static Task<Results<Ok<OdrApproved>, ProblemHttpResult>> Approve(ApproveOdr cmd, Odr o, CancellationToken ct) => o.ApproveAsync(cmd, ct).ToOk();

    private static Task<Results<Ok<OdrView>, ProblemHttpResult>> Deactivate(long id, Odr o, CancellationToken ct) => o.DeactivateAsync(id, ct).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<OdrComplaint>>, ProblemHttpResult>> Complaints(HttpContext http, Odr o, CancellationToken ct) =>
        await o.AuthenticateAsync(http.Request.Headers[OdrKeyHeader], ct) is { } e ? TypedResults.Ok(await o.ComplaintsAsync(e, ct)) : Denied();

    private static async Task<Results<Ok<OdrComplaint>, ProblemHttpResult>> Answer(long id, OdrAnswer cmd, HttpContext http, Odr o, CancellationToken ct) =>
        await o.AuthenticateAsync(http.Request.Headers[OdrKeyHeader], ct) is { } e ? await o.AnswerAsync(e, id, cmd, ct).ToOk() : Denied();

    private static async Task<Ok<IReadOnlyList<PublicOdr>>> Public(Odr o, CancellationToken ct) => TypedResults.Ok(await o.PublicAsync(ct));

    private static ProblemHttpResult Denied() =>
        Problems.Problem(StatusCodes.Status401Unauthorized, "未授权", $"请在请求头 {OdrKeyHeader} 中提供市场监管部门发放的 ODR 接入密钥");
}
