using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Findings;

/// <summary>检查结果: entry, confirmation, attachments, publication and correction.</summary>
internal static class FindingsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        var results = inspections.MapGroup("").RequireAuthorization(InspectionAccess.ResultsPolicy);
        results.MapGet("/tasks/{id:long}/results", ForTask).WithSummary("本任务的检查结果");
        results.MapGet("/mine", Mine).WithSummary("我的检查：分派给当前登录人员、待录入或待确认结果的检查对象");
        results.MapPost("/tasks/{id:long}/results", Enter).Idempotent().WithSummary("录入检查结果（按统一社会信用代码；仅限本任务抽中的对象）");
        results.MapPost("/results/{id:long}/confirm", Confirm).Idempotent().WithSummary("检查人员确认结果（全部检查人员确认后结果生效）");
        results.MapPost("/results/{id:long}/attachments", Attach)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithSummary("上传现场照片、检查记录等附件（保存 SHA-256）");
        inspections.MapGet("/attachments/{id:long}", Download).Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream").WithSummary("下载附件");
        inspections.MapPost("/tasks/{id:long}/publish", Publish)
            .RequireAuthorization(Organise).Idempotent().WithSummary("公示本任务已确认的检查结果（门户与企业信用信息）");
        inspections.MapPost("/results/{id:long}/correct", Correct)
            .RequireAuthorization(Organise).Idempotent().WithSummary("更正已公示的结果（须说明理由，更正记录公开）");
    }

    private static async Task<Ok<IReadOnlyList<ResultView>>> ForTask(long id, InspectionResults r, CancellationToken ct) => TypedResults.Ok(await r.ForTaskAsync(id, ct));

    private static async Task<Ok<IReadOnlyList<MyTargetView>>> Mine(MyInspections m, CancellationToken ct) => TypedResults.Ok(await m.OpenAsync(ct));

    private static Task<Results<Ok<ResultView>, ProblemHttpResult>> Enter(long id, EnterResult cmd, InspectionResults r, CancellationToken ct) =>
        r.EnterAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ResultView>, ProblemHttpResult>> Confirm(long id, ConfirmResult? cmd, InspectionResults r, CancellationToken ct) =>
        r.ConfirmAsync(id, cmd ?? new ConfirmResult(null), ct).ToOk();

    private static async Task<Results<Ok<AttachmentView>, ProblemHttpResult>> Attach(long id, IFormFile? file, InspectionResults r, CancellationToken ct)
    {
        if (file is null) return Problems.Validation("file", "请上传附件（表单字段 file）");
        await using var stream = file.OpenReadStream();
        return await r.AttachAsync(id, file.FileName, file.ContentType, stream, file.Length, ct).ToOk();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(long id, InspectionResults r, CancellationToken ct) =>
        await r.AttachmentAsync(id, ct) is { } a
            ? TypedResults.File(a.Content, a.ContentType, a.FileName)
            : Problems.NotFound("未找到", $"附件 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Ok<int>, ProblemHttpResult>> Publish(long id, InspectionResults r, CancellationToken ct) => r.PublishAsync(id, ct).ToOk();

    private static Task<Results<Ok<ResultView>, ProblemHttpResult>> Correct(long id, CorrectResult cmd, InspectionResults r, CancellationToken ct) =>
        r.CorrectAsync(id, cmd, ct).ToOk();
}
