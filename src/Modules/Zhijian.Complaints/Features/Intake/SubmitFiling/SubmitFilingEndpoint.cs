using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Contracts;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Intake;

/// <summary>POST /api/v1/complaints (staff and other platforms) and POST /api/v1/public/complaints (anyone).</summary>
internal static class SubmitFilingEndpoint
{
    /// <summary>Larger bodies are refused: evidence goes up separately (attachments).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void MapSubmitFiling(this RouteGroupBuilder complaints) =>
        complaints.MapPost("", Submit)
            .RequireAuthorization(ComplaintAccess.IntakePolicy).Accepts<SubmitFiling>("application/json").Idempotent(handlerStoresKey: true)
            .WithSummary("登记投诉/举报/咨询/建议（12345、其他平台、坐席）。Idempotency-Key 重放返回原回执（201，响应头 Idempotent-Replayed: true），同键不同内容 422，同键请求仍在处理时等待其结果；ticketId 为对方工单号，重复推送 409。kind=mixed 拆分为投诉与举报两件")
            .WithDescription("幂等键由平台统一处理（draft-ietf-httpapi-idempotency-key-header）：键按调用方区分，保留 48 小时；同一键、同一请求体的重试返回第一次的回执且不再登记；同一键用于不同请求体返回 422。键随诉求在同一事务中保存：即使服务在登记提交后、应答前中断，重试也只返回已登记的诉求（200），绝不重复登记。对方工单号（sourceSystem + ticketId）另行去重：换一个键重复推送同一工单返回 409 并指明已登记的编号。");

    public static void MapSubmitPublicFiling(this RouteGroupBuilder publicComplaints) =>
        publicComplaints.MapPost("", SubmitPublic).Accepts<SubmitFiling>("application/json").WithSummary("公众网上投诉举报（返回编号和查询码）");

    private static async Task<Results<Created<IntakeReceipt>, Ok<IntakeReceipt>, ProblemHttpResult>> Submit(HttpContext http, SubmitFilingHandler intake, ActorContext actor,
        OrgUnitDirectory units, CancellationToken ct)
    {
        var a = actor.Current;
        var unit = a.OrgUnitId is { } uid ? await units.FindActiveAsync(uid, ct) : null;
        return await SubmitAsync(http, intake, body => new IntakeOrigin(
            a.IsApiClient ? Is12345(body) ? FilingChannel.Hotline12345 : FilingChannel.Api : ConsoleChannel(body.Channel),
            a.IsApiClient ? (Is12345(body) ? "12345" : null) ?? body.SourceSystem?.Trim() ?? a.Name : null,
            IdempotencyKey.Of(http), a.Name, unit?.DivisionCode, IssueQueryCode: !a.IsApiClient)
        { ReplayDuplicate = true }, ct);
    }

    private static Task<Results<Created<IntakeReceipt>, Ok<IntakeReceipt>, ProblemHttpResult>> SubmitPublic(HttpContext http, SubmitFilingHandler intake, CancellationToken ct) =>
        SubmitAsync(http, intake, _ => new IntakeOrigin(FilingChannel.Portal, null, null, "公众", null, IssueQueryCode: true), ct);

    private static bool Is12345(SubmitFiling body) => string.Equals(body.Channel?.Trim(), "12345", StringComparison.Ordinal);

    private static FilingChannel ConsoleChannel(string? channel) => channel?.Trim() switch
    {
        "walkin" or "来访" => FilingChannel.Walkin,
        "letter" or "来信" => FilingChannel.Letter,
        "12345" => FilingChannel.Hotline12345,
        _ => FilingChannel.Hotline12315,
    };

    /// <summary>Reads the body itself so that malformed JSON gets a Chinese message naming the place.</summary>
    private static async Task<Results<Created<IntakeReceipt>, Ok<IntakeReceipt>, ProblemHttpResult>> SubmitAsync(HttpContext http, SubmitFilingHandler intake,
        Func<SubmitFiling, IntakeOrigin> origin, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBodyBytes) return Problems.Validation("body", "请求体超过 256 KB（附件请另行上传）");
        SubmitFiling? body;
        try
        {
            body = JsonSerializer.Deserialize<SubmitFiling>(buffer.ToArray(), ZhijianJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $"字段 {path.TrimStart('$', '.')}" : "请求体";
            return Problems.Validation(e.Path?.TrimStart('$', '.') is { Length: > 0 } f ? f : "body",
                $"{where}不是有效的 JSON 或类型不符（第 {e.LineNumber + 1} 行）：请检查引号、逗号，日期用 yyyy-MM-dd，金额用数字");
        }

        if (body is null) return Problems.Validation("body", "请求体为空，请提交 JSON 格式的诉求");
        var result = await intake.SubmitAsync(body, origin(body), ct);
        if (!result.IsSuccess) return result.ToProblem();
        var receipt = result.Value!;
        return receipt.Replayed ? TypedResults.Ok(receipt) : TypedResults.Created($"/api/v1/complaints/{receipt.Parts[0].Id}", receipt);
    }
}
