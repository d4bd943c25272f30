using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Manual;

/// <summary>填报或审核后的指标值及其状态（待审核、已审核、已退回）。</summary>
internal sealed record ManualValueStatus(long Id, string Status);

internal sealed record RejectInput(string? Reason);

/// <summary>手工填报的指标值: /api/v1/indicators/manual.</summary>
internal static class ManualEndpoints
{
    public static void Map(RouteGroupBuilder indicators)
    {
        indicators.MapGet("/manual", List).WithSummary("手工填报的指标值（pending=true 只看待审核）");
        indicators.MapPost("/manual", Enter).DisableAntiforgery().WithSummary("填报指标值（JSON 或表单，佐证材料 evidence：JPG、PNG、PDF）；同一统计期只能填报一次");
        indicators.MapPost("/manual/{id:long}/approve", Approve).WithSummary("审核通过填报的指标值（科室负责人，不能审核自己填报的）");
        indicators.MapPost("/manual/{id:long}/reject", Reject).WithSummary("退回填报的指标值（写明理由，可重新填报）");
        indicators.MapGet("/manual/{id:long}/evidence", Evidence).Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream").WithSummary("下载填报的佐证材料");
    }

    private static async Task<Ok<IReadOnlyList<ManualValue>>> List(bool? pending, ManualValues s, CancellationToken ct) =>
        TypedResults.Ok(await s.ListAsync(pending == true, 200, ct));

    private static async Task<Results<Ok<ManualValueStatus>, ProblemHttpResult>> Enter(HttpRequest request, ManualValues s, CancellationToken ct)
    {
        var (cmd, problem) = await ReadAsync(request, ct);
        return problem ?? Status(await s.EnterAsync(cmd!, ct));
    }

    private static async Task<Results<Ok<ManualValueStatus>, ProblemHttpResult>> Approve(long id, ManualValues s, CancellationToken ct) =>
        Status(await s.DecideAsync(id, true, null, ct));

    private static async Task<Results<Ok<ManualValueStatus>, ProblemHttpResult>> Reject(long id, RejectInput cmd, ManualValues s, CancellationToken ct) =>
        Status(await s.DecideAsync(id, false, cmd.Reason, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Evidence(long id, ManualValues s, CancellationToken ct) =>
        await s.EvidenceAsync(id, ct) is { Evidence: { } bytes } v
            ? TypedResults.File(bytes, v.EvidenceType ?? "application/octet-stream", v.EvidenceName)
            : Problems.NotFound("未找到", "佐证材料不存在");

    private static Results<Ok<ManualValueStatus>, ProblemHttpResult> Status(Result<ManualValue> r) =>
        r.IsSuccess ? TypedResults.Ok(new ManualValueStatus(r.Value!.Id, IndicatorRules.Name(r.Value.Status))) : r.ToProblem();

    /// <summary>The value as JSON or as a form (with the evidence file), or why the body cannot be read.</summary>
    private static async Task<(EnterManualValue? Command, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                return (null, Problems.Validation("body", "表单无法解析：请按 multipart/form-data 或 application/x-www-form-urlencoded 格式提交"));
            }

            byte[]? bytes = null;
            var file = form.Files.GetFile("evidence");
            if (file is not null) { using var ms = new MemoryStream(); await file.CopyToAsync(ms, ct); bytes = ms.ToArray(); }
            return (new EnterManualValue(int.TryParse(form["planIndicatorId"], out var id) ? id : 0, form["division"], form["period"],
                decimal.TryParse(form["value"], NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null, form["note"], file?.FileName, bytes), null);
        }

        if (!request.HasJsonContentType())
            return (null, Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "请求体格式不支持", "请求体应为 application/json 或表单（multipart/form-data）。"));
        try
        {
            return (await request.ReadFromJsonAsync<EnterManualValue>(ct) ?? new EnterManualValue(0, null, null, null, null), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Validation(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.'),
                "请求体不是合法的 JSON 或字段类型不正确：请检查括号、引号、逗号和字段类型"));
        }
    }
}
