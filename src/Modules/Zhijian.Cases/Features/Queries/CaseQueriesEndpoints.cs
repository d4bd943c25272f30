using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Queries;

/// <summary>Reading cases: the list, one case with its full record, the metrics by unit and an attached file.</summary>
internal static class CaseQueriesEndpoints
{
    public static RouteGroupBuilder MapCaseQueries(this RouteGroupBuilder cases)
    {
        cases.MapGet("", List).WithSummary("案件列表：view=mine|due|overdue|open|closed，stage，q（编号/当事人/案由）");
        cases.MapGet("/{id:long}", Detail).WithSummary("案件详情与全过程记录（个人信息脱敏）");
        cases.MapGet("/metrics", Metrics).WithSummary("按机构统计：各阶段在办、平均办案天数、超期、罚没金额、移送、全过程记录登记率、按时公示、法制审核");
        cases.MapGet("/files/{id:long}", File).Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream").WithSummary("下载案件附件");
        return cases;
    }

    private static async Task<Ok<IReadOnlyList<CaseRow>>> List(string? view, CaseStage? stage, string? q, CaseQueries s, CancellationToken ct) =>
        TypedResults.Ok(await s.ListAsync(view, stage, q, ct));

    private static Task<Results<Ok<CaseDetail>, ProblemHttpResult>> Detail(long id, CaseQueries s, CancellationToken ct) =>
        ApiResults.OkOrNotFound(s.DetailAsync(id, false, ct), $"案件 {id} 不存在或不在您的管辖范围内");

    private static async Task<Ok<IReadOnlyList<UnitMetrics>>> Metrics(DateOnly? from, DateOnly? to, CaseQueries s, CancellationToken ct) =>
        TypedResults.Ok(await s.MetricsAsync(from, to, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> File(long id, CaseQueries s, CancellationToken ct) =>
        await s.FileAsync(id, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : Problems.NotFound("未找到", $"附件 {id} 不存在");
}
