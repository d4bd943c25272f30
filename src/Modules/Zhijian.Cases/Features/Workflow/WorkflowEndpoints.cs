using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Clues;
using Zhijian.Cases.Features.Queries;
using Zhijian.Cases.Features.Review;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Workflow;

/// <summary>/api/v1/cases: clues, the case workflow, queries, metrics and 案卷评查 (staff of the enforcement roles).</summary>
internal static class WorkflowEndpoints
{
    private static IResult Ok<T>(Result<T> r) => r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();

    public static void Map(RouteGroupBuilder api)
    {
        var clues = api.MapGroup("/cases/clues").WithTags("行政执法办案").RequireAuthorization(CaseAccess.ReadPolicy);
        clues.MapGet("", async (ClueStatus? status, Clues.Clues s, CancellationToken ct) => Results.Ok(await s.ListAsync(status, ct))).WithSummary("案件线索（status：0 待核查、1 已立案、2 不予立案）");
        clues.MapGet("/{id:long}", async (long id, Clues.Clues s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"线索 {id} 不存在或不在您的管辖范围内")).WithSummary("线索详情");
        clues.MapPost("", async (NewClue cmd, Clues.Clues s, CancellationToken ct) => Ok(await s.RegisterAsync(cmd, ct))).WithSummary("登记线索");
        clues.MapPost("/{id:long}/extend", async (long id, ExtendClue cmd, Clues.Clues s, CancellationToken ct) => Ok(await s.ExtendAsync(id, cmd, ct))).WithSummary("延长核查期限 15 个工作日（负责人）");
        clues.MapPost("/{id:long}/pause", async (long id, PauseClue cmd, Clues.Clues s, CancellationToken ct) => Ok(await s.PauseAsync(id, cmd, ct))).WithSummary("中止计时（检测检验鉴定）");
        clues.MapPost("/{id:long}/resume", async (long id, Clues.Clues s, CancellationToken ct) => Ok(await s.ResumeAsync(id, ct))).WithSummary("恢复线索核查计时");
        clues.MapPost("/{id:long}/decline", async (long id, DeclineClue cmd, Clues.Clues s, CancellationToken ct) => Ok(await s.DeclineAsync(id, cmd, ct))).WithSummary("不予立案（负责人）");
        clues.MapPost("/{id:long}/open", async (long id, OpenCase cmd, Clues.Clues s, CancellationToken ct) => Ok(await s.OpenAsync(id, cmd, ct))).WithSummary("立案（负责人），返回案件 id");

        var g = api.MapGroup("/cases").WithTags("行政执法办案").RequireAuthorization(CaseAccess.ReadPolicy);
        g.MapGet("", async (string? view, CaseStage? stage, string? q, CaseQueries s, CancellationToken ct) => Results.Ok(await s.ListAsync(view, stage, q, ct)))
            .WithSummary("案件列表：view=mine|due|overdue|open|closed，stage，q（编号/当事人/案由）");
        g.MapGet("/{id:long}", async (long id, CaseQueries s, CancellationToken ct) =>
            await s.DetailAsync(id, false, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"案件 {id} 不存在或不在您的管辖范围内")).WithSummary("案件详情与全过程记录（个人信息脱敏）");
        g.MapGet("/metrics", async (DateOnly? from, DateOnly? to, CaseQueries s, CancellationToken ct) => Results.Ok(await s.MetricsAsync(from, to, ct)))
            .WithSummary("按机构统计：各阶段在办、平均办案天数、超期、罚没金额、移送、全过程记录登记率、按时公示、法制审核");
        g.MapGet("/files/{id:long}", async (long id, CaseQueries s, CancellationToken ct) =>
            await s.FileAsync(id, ct) is { } f ? Results.File(f.Content, f.ContentType, f.FileName) : Problems.NotFound("未找到", $"附件 {id} 不存在")).WithSummary("下载案件附件");
        g.MapPost("/simple", async (SimpleCaseInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.CreateSimpleAsync(cmd, ct))).WithSummary("简易程序当场处罚");

        g.MapPost("/{id:long}/evidence", async (long id, EvidenceInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.AddEvidenceAsync(id, cmd, ct))).WithSummary("收集证据（取证人不少于 2 名本案执法人员）");
        g.MapPost("/{id:long}/files", async (long id, long? evidenceId, IFormFile file, CaseWorkflow w, ActorContext actor, CancellationToken ct) =>
        {
            // Who may attach is decided before the upload is read (up to 50 MB into memory), not after.
            if (!CaseAccess.CanHandle(actor.Current)) return Problems.Forbidden("只有本案执法人员和科室负责人可以上传附件");
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            return Ok(await w.AddFileAsync(id, evidenceId, file.FileName, ms.ToArray(), ct));
        }).DisableAntiforgery().WithSummary("上传附件（JPG、PNG、PDF、MP3、MP4，按内容判断，SHA-256）");
        g.MapPost("/{id:long}/measures", async (long id, MeasureInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.AddMeasureAsync(id, cmd, ct))).WithSummary("先行登记保存 / 查封 / 扣押（记录批准的负责人）");
        g.MapPost("/{id:long}/measures/{mid:long}/extend", async (long id, long mid, ReasonInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.ExtendMeasureAsync(id, mid, cmd, ct))).WithSummary("延长查封扣押期限（一次，30 日）");
        g.MapPost("/{id:long}/measures/{mid:long}/end", async (long id, long mid, EndMeasureInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.EndMeasureAsync(id, mid, cmd, ct))).WithSummary("措施处理决定（解除、没收、送检等）");
        g.MapPost("/{id:long}/proposal", async (long id, ProposeInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.ProposeAsync(id, cmd, ct))).WithSummary("拟处罚意见（违法行为、处罚、裁量阶次）");
        g.MapPost("/{id:long}/submit", async (long id, CaseWorkflow w, CancellationToken ct) => Ok(await w.SubmitAsync(id, ct))).WithSummary("调查终结，提交审核");
        g.MapPost("/{id:long}/review", async (long id, OpinionInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.ReviewAsync(id, cmd, ct))).WithSummary("案件审核");
        g.MapPost("/{id:long}/notice", async (long id, NoticeInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.NotifyAsync(id, cmd, ct))).WithSummary("送达行政处罚告知书");
        g.MapPost("/{id:long}/statement", async (long id, StatementInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.StatementAsync(id, cmd, ct))).WithSummary("陈述申辩、听证申请");
        g.MapPost("/{id:long}/advance", async (long id, CaseWorkflow w, CancellationToken ct) => Ok(await w.AdvanceAsync(id, ct))).WithSummary("陈述申辩期满，进入法制审核/集体讨论/决定");
        g.MapPost("/{id:long}/hearing", async (long id, HearingInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.HearingAsync(id, cmd, ct))).WithSummary("登记听证（听证日期、听证报告）");
        g.MapPost("/{id:long}/legal-review", async (long id, OpinionInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.LegalReviewAsync(id, cmd, ct))).WithSummary("法制审核");
        g.MapPost("/{id:long}/collective", async (long id, CollectiveInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.CollectiveAsync(id, cmd, ct))).WithSummary("集体讨论");
        g.MapPost("/{id:long}/decide", async (long id, CaseWorkflow w, CancellationToken ct) => Ok(await w.DecideAsync(id, ct))).WithSummary("作出行政处罚决定（负责人）");
        g.MapPost("/{id:long}/serve", async (long id, ServeInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.ServeAsync(id, cmd, ct))).WithSummary("送达决定书（并公示）");
        g.MapPost("/{id:long}/payment", async (long id, DateInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.PaymentAsync(id, cmd, ct))).WithSummary("登记罚款缴纳");
        g.MapPost("/{id:long}/enforcement", async (long id, DateInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.EnforcementAsync(id, cmd, ct))).WithSummary("申请人民法院强制执行（负责人）");
        g.MapPost("/{id:long}/close", async (long id, CloseInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.CloseAsync(id, cmd, ct))).WithSummary("结案（负责人）");
        g.MapPost("/{id:long}/extend", async (long id, ExtendInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.ExtendAsync(id, cmd, ct))).WithSummary("延长办案期限");
        g.MapPost("/{id:long}/suspend", async (long id, ReasonInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.SuspendAsync(id, cmd, ct))).WithSummary("中止计算办案期限（检验检测、中止调查）");
        g.MapPost("/{id:long}/resume", async (long id, CaseWorkflow w, CancellationToken ct) => Ok(await w.ResumeAsync(id, ct))).WithSummary("恢复计算办案期限");
        g.MapPost("/{id:long}/police", async (long id, TransferInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.TransferAsync(id, cmd, ct))).WithSummary("涉嫌犯罪移送公安机关");
        g.MapPost("/{id:long}/police/receipt", async (long id, DateInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.PoliceReceiptAsync(id, cmd, ct))).WithSummary("登记公安机关接收回执");
        g.MapPost("/{id:long}/police/outcome", async (long id, PoliceOutcomeInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.PoliceOutcomeAsync(id, cmd, ct))).WithSummary("登记公安机关立案或不予立案的决定");
        g.MapPost("/{id:long}/corrections", async (long id, CorrectionInput cmd, CaseWorkflow w, CancellationToken ct) => Ok(await w.CorrectAsync(id, cmd, ct))).WithSummary("已结案案件的更正（记录理由）");

        g.MapGet("/review-items", async (FileReviews r, CancellationToken ct) => Results.Ok(await r.ItemsAsync(false, ct))).WithSummary("案卷评查标准");
        g.MapPost("/review-items", async (ReviewItemInput cmd, FileReviews r, CancellationToken ct) => Ok(await r.SaveItemAsync(cmd, ct))).WithSummary("新增或修改案卷评查标准（负责人、管理员）");
        g.MapPost("/{id:long}/file-review", async (long id, ReviewInput cmd, FileReviews r, CancellationToken ct) => Ok(await r.ReviewAsync(id, cmd, ct))).WithSummary("案卷评查（非本案办案人员）");
        g.MapGet("/file-reviews", async (int? year, FileReviews r, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await r.ByUnitAsync(year ?? Zhijian.Platform.Calendar.ChinaTime.Today(clock).Year, ct))).WithSummary("案卷评查结果（按机构）");
    }
}
