using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Features.Attachments;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Intake;
using Zhijian.Complaints.Features.Odr;
using Zhijian.Complaints.Features.Public;
using Zhijian.Complaints.Features.Sla;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features;

/// <summary>/api/v1/complaints (staff and platforms), /api/v1/odr (ODR enterprises), /api/v1/public/complaints (anyone).</summary>
internal static class ComplaintsEndpoints
{
    public const string OdrKeyHeader = "X-Odr-Key";

    private static IResult Ok<T>(Result<T> r) => r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/complaints").WithTags("投诉举报").RequireAuthorization(ComplaintAccess.ReadPolicy);
        const string Handle = ComplaintAccess.HandlePolicy;

        g.MapPost("", async (HttpContext http, Intake.Intake intake, ActorContext actor, OrgUnitDirectory units, CancellationToken ct) =>
            {
                var a = actor.Current;
                var unit = a.OrgUnitId is { } uid ? await units.FindActiveAsync(uid, ct) : null;
                return await SubmitAsync(http, intake, body => new IntakeOrigin(
                    a.IsApiClient ? string.Equals(body.Channel?.Trim(), "12345", StringComparison.Ordinal) ? FilingChannel.Hotline12345 : FilingChannel.Api : ConsoleChannel(body.Channel),
                    a.IsApiClient ? (string.Equals(body.Channel?.Trim(), "12345", StringComparison.Ordinal) ? "12345" : null) ?? body.SourceSystem?.Trim() ?? a.Name : null,
                    http.Request.Headers[IdempotencyMiddleware.Header] is { Count: > 0 } key ? $"{a.Name}|{key}" : null, null, a.Name, unit?.DivisionCode,
                    IssueQueryCode: !a.IsApiClient), ct);
            })
            .RequireAuthorization(ComplaintAccess.IntakePolicy).Accepts<SubmitFiling>("application/json")
            .WithSummary("登记投诉/举报/咨询/建议（12345、其他平台、坐席）。Idempotency-Key 重放返回原回执（200），同键不同内容 409；ticketId 为对方工单号，重复推送 409。kind=mixed 拆分为投诉与举报两件");
        g.MapGet("", async ([AsParameters] FilingFilter filter, FilingQueries q, CancellationToken ct) => Results.Ok(await q.ListAsync(filter, ct)))
            .WithSummary("诉求列表：kind、status、open、due=overdue|soon、mine、handler（承办人用户名）、orgUnitId、q（编号/经营者名称）、page、size");
        g.MapGet("/{id:long}", async (long id, FilingQueries q, CancellationToken ct) =>
            await q.DetailAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"诉求 {id} 不存在或不在您的管辖范围内")).WithSummary("诉求详情（个人信息脱敏；举报人信息保密）");
        g.MapGet("/by-ticket/{source}/{ticket}", async (string source, string ticket, FilingQueries q, CancellationToken ct) =>
                await q.ByTicketAsync(source, ticket, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"没有 {source} 工单 {ticket}"))
            .WithSummary("按对方平台工单号查询办理进度");
        g.MapGet("/{id:long}/contact", async (long id, Handling.Handling h, CancellationToken ct) => Ok(await h.ContactAsync(id, ct)))
            .RequireAuthorization(Handle).WithSummary("查看投诉人/举报人的完整身份和联系方式（仅承办人员，记入审计）");

        g.MapPost("/{id:long}/assign", async (long id, AssignCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.AssignAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("指定承办人（不填为本人）");
        g.MapPost("/{id:long}/respond", async (long id, NoteCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.RespondAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("首次回应（24 小时内）");
        g.MapPost("/{id:long}/notes", async (long id, NoteCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.NoteAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("办理记录（内部）");
        g.MapPost("/{id:long}/accept", async (long id, Handling.Handling h, CancellationToken ct) => Ok(await h.AcceptAsync(id, ct)))
            .RequireAuthorization(Handle).WithSummary("受理投诉（7 个工作日内），开始调解");
        g.MapPost("/{id:long}/refuse", async (long id, RefuseCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.RefuseAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("不予受理（ground：1 职责或管辖、2 已由他处受理、3 非生活消费、4 超过三年、5 材料、6 身份、9 其他）");
        g.MapPost("/{id:long}/transfer", async (long id, TransferCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.TransferAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("移送其他机构（须说明理由）");
        g.MapPost("/{id:long}/pause", async (long id, PauseCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.PauseAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("中止计时（检定、检验、检测、鉴定）");
        g.MapPost("/{id:long}/resume", async (long id, Handling.Handling h, CancellationToken ct) => Ok(await h.ResumeAsync(id, ct)))
            .RequireAuthorization(Handle).WithSummary("恢复计时，期限顺延");
        g.MapPost("/{id:long}/settle", async (long id, SettleCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.SettleAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("调解成功：登记调解协议、挽回经济损失");
        g.MapPost("/{id:long}/terminate", async (long id, TerminateCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.TerminateAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("终止调解（ground：1 撤回或和解 … 5 期限届满 … 9 其他）");
        g.MapPost("/{id:long}/clue", async (long id, NoteCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.ClueAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("调解中发现违法线索：另行登记举报，15 个工作日内核查（返回新举报）");
        g.MapPost("/{id:long}/extend", async (long id, ExtendCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.ExtendAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("举报核查延长 15 个工作日（须记录批准人）");
        g.MapPost("/{id:long}/decide", async (long id, DecideCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.DecideAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("举报核查结论：立案（诉转案，生成案件线索）或不予立案");
        g.MapPost("/{id:long}/duplicate", async (long id, DuplicateCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.DuplicateAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("重复举报：与此前举报事实相同，不再处理");
        g.MapPost("/{id:long}/answer", async (long id, AnswerCommand cmd, Handling.Handling h, CancellationToken ct) => Ok(await h.AnswerAsync(id, cmd, ct)))
            .RequireAuthorization(Handle).WithSummary("答复咨询、建议");
        g.MapPost("/{id:long}/attachments", async (long id, IFormFile? file, FilingQueries q, FilingAttachments files, Handling.Handling h, ActorContext actor, CancellationToken ct) =>
            {
                if (file is null) return Problems.Validation("file", "请上传附件（表单字段 file）");
                var f = await q.EntityAsync(id, ct);
                if (f is null) return Problems.NotFound("未找到", $"诉求 {id} 不存在或不在您的管辖范围内");
                await using var s = file.OpenReadStream();
                return Ok(await files.AddAsync(f, file.FileName, s, file.Length, actor.Current.Name, ct));
            })
            .RequireAuthorization(ComplaintAccess.IntakePolicy).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithSummary("上传证据材料（JPG、PNG、PDF、MP3、MP4，每个 ≤20 MB）");
        g.MapGet("/attachments/{id:long}", async (long id, FilingAttachments files, CancellationToken ct) =>
                await files.GetAsync(id, ct) is { } a ? Results.File(a.Content, a.ContentType, a.FileName) : Problems.NotFound("未找到", $"附件 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("下载附件");

        g.MapGet("/sla", async (SlaQueries s, CancellationToken ct) => Results.Ok(await s.OverviewAsync(ct))).WithSummary("期限管理：各机构、承办人的在办、临期、超期、中止、24 小时未回应");
        g.MapGet("/monthly", async (int? year, SlaQueries s, TimeProvider clock, CancellationToken ct) =>
            year is < Years.First or > Years.Last ? Problems.Validation("year", Years.Message) : Results.Ok(await s.MonthlyAsync(year ?? clock.GetUtcNow().Year, ct)))
            .WithSummary("各机构各月：按期办结率（消费投诉、全部）、24 小时回应率、移送、满意度");

        g.MapGet("/categories", async (Categories c, CancellationToken ct) => Results.Ok(await c.ListAsync(ct))).WithSummary("投诉分类字典");
        g.MapPost("/categories", async (SaveCategory cmd, Categories c, Data.ComplaintsDbContext db, CancellationToken ct) => Ok(await c.SaveAsync(db, cmd, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("新增或修改分类（按编码）");

        g.MapGet("/odr", async (Odr.Odr o, CancellationToken ct) => Results.Ok(await o.ListAsync(ct))).WithSummary("ODR 企业名录");
        g.MapPost("/odr", async (ApproveOdr cmd, Odr.Odr o, CancellationToken ct) => Ok(await o.ApproveAsync(cmd, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("审核通过 ODR 企业（返回一次性显示的接入密钥）");
        g.MapPost("/odr/{id:long}/deactivate", async (long id, Odr.Odr o, CancellationToken ct) => Ok(await o.DeactivateAsync(id, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("移出 ODR 企业名录");

        // ODR 企业接口（X-Odr-Key）
        var odr = api.MapGroup("/odr").WithTags("ODR 企业").AllowAnonymous();
        odr.MapGet("/complaints", async (HttpContext http, Odr.Odr o, CancellationToken ct) =>
            await o.AuthenticateAsync(http.Request.Headers[OdrKeyHeader], ct) is { } e ? Results.Ok(await o.ComplaintsAsync(e, ct)) : OdrDenied())
            .WithSummary("本企业收到的 ODR 投诉（请求头 X-Odr-Key）");
        odr.MapPost("/complaints/{id:long}/answer", async (long id, OdrAnswer cmd, HttpContext http, Odr.Odr o, CancellationToken ct) =>
            await o.AuthenticateAsync(http.Request.Headers[OdrKeyHeader], ct) is { } e ? Ok(await o.AnswerAsync(e, id, cmd, ct)) : OdrDenied())
            .WithSummary("答复 ODR 投诉：settled=true 和解；false 未和解（转入市场监管部门投诉程序）");

        // 公示与公众
        var p = api.MapGroup("/public/complaints").WithTags("公示").AllowAnonymous();
        p.MapPost("", async (HttpContext http, Intake.Intake intake, CancellationToken ct) =>
                await SubmitAsync(http, intake, _ => new IntakeOrigin(FilingChannel.Portal, null, null, null, "公众", null, IssueQueryCode: true), ct))
            .Accepts<SubmitFiling>("application/json").WithSummary("公众网上投诉举报（返回编号和查询码）");
        p.MapGet("/{number}", async (string number, string? code, PublicFollow f, CancellationToken ct) =>
            await f.FindAsync(number, code, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", "编号或查询码不正确")).WithSummary("凭编号和查询码查询办理进度");
        p.MapPost("/{number}/satisfaction", async (string number, RateCommand cmd, PublicFollow f, CancellationToken ct) => Ok(await f.RateAsync(number, cmd, ct)))
            .WithSummary("办结后满意度评价（1–5）");
        p.MapPost("/{number}/attachments", async (string number, string? code, IFormFile? file, PublicFollow f, FilingAttachments files, CancellationToken ct) =>
            {
                if (file is null) return Problems.Validation("file", "请上传附件（表单字段 file）");
                var filing = await f.LoadAsync(number, code, ct);
                if (filing is null) return Problems.NotFound("未找到", "编号或查询码不正确");
                if (filing.IsClosed) return Problems.Unprocessable("无法处理", "已办结的诉求不能再补充材料");
                await using var s = file.OpenReadStream();
                return Ok(await files.AddAsync(filing, file.FileName, s, file.Length, "投诉人", ct));
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithSummary("补充证据材料（凭编号和查询码）");
        p.MapGet("/categories", async (Categories c, CancellationToken ct) => Results.Ok((await c.ListAsync(ct)).Where(x => x.Active))).WithSummary("投诉分类");
        p.MapGet("/odr", async (Odr.Odr o, CancellationToken ct) => Results.Ok(await o.PublicAsync(ct))).WithSummary("ODR 企业名录（可直接与企业协商和解）");

        Analysis.AnalysisEndpoints.Map(g, p);
    }

    private static IResult OdrDenied() => Results.Problem(statusCode: 401, title: "未授权", detail: $"请在请求头 {OdrKeyHeader} 中提供市场监管部门发放的 ODR 接入密钥");

    private static FilingChannel ConsoleChannel(string? channel) => channel?.Trim() switch
    {
        "walkin" or "来访" => FilingChannel.Walkin,
        "letter" or "来信" => FilingChannel.Letter,
        "12345" => FilingChannel.Hotline12345,
        _ => FilingChannel.Hotline12315,
    };

    /// <summary>
    /// Reads the body itself so that malformed JSON gets a Chinese message naming the place, and hashes the exact bytes for
    /// idempotency (same key + same bytes = replay; different bytes = 409).
    /// </summary>
    private static async Task<IResult> SubmitAsync(HttpContext http, Intake.Intake intake, Func<SubmitFiling, IntakeOrigin> origin, CancellationToken ct)
    {
        if (http.Request.Headers[IdempotencyMiddleware.Header] is { Count: > 0 } k && (k.ToString().Length is 0 or > 100))
            return Problems.Validation(IdempotencyMiddleware.Header, "Idempotency-Key 长度应为 1–100 个字符");
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > 256 * 1024) return Problems.Validation("body", "请求体超过 256 KB（附件请另行上传）");
        var bytes = buffer.ToArray();
        SubmitFiling? body;
        try
        {
            body = JsonSerializer.Deserialize<SubmitFiling>(bytes, ZhijianJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $"字段 {path.TrimStart('$', '.')}" : "请求体";
            return Problems.Validation(e.Path?.TrimStart('$', '.') is { Length: > 0 } f ? f : "body",
                $"{where}不是有效的 JSON 或类型不符（第 {e.LineNumber + 1} 行）：请检查引号、逗号，日期用 yyyy-MM-dd，金额用数字");
        }

        if (body is null) return Problems.Validation("body", "请求体为空，请提交 JSON 格式的诉求");
        var o = origin(body) with { RequestHash = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        var r = await intake.SubmitAsync(body, o, ct);
        if (!r.IsSuccess) return r.ToProblem();
        if (r.Value!.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Ok(r.Value);
        }

        return Results.Created($"/api/v1/complaints/{r.Value.Parts[0].Id}", r.Value);
    }
}
