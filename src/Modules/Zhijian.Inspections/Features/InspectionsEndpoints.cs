using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Findings;
using Zhijian.Inspections.Features.Inspectors;
using Zhijian.Inspections.Features.Libraries;
using Zhijian.Inspections.Features.Metrics;
using Zhijian.Inspections.Features.Plans;
using Zhijian.Inspections.Features.Public;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features;

/// <summary>/api/v1/inspections (staff and systems) and /api/v1/public/inspections (anyone).</summary>
internal static class InspectionsEndpoints
{
    private static IResult Ok<T>(Result<T> r) => r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();

    private static IResult Created<T>(Result<T> r, Func<T, string> location) => r.IsSuccess ? Results.Created(location(r.Value!), r.Value) : r.ToProblem();

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/inspections").WithTags("双随机、一公开").RequireAuthorization(InspectionAccess.ReadPolicy);
        const string Organise = InspectionAccess.OrganisePolicy;

        // 检查对象名录库
        g.MapGet("/libraries", async (Libraries.Libraries l, CancellationToken ct) => Results.Ok(await l.ListAsync(ct))).WithSummary("检查对象名录库");
        g.MapGet("/libraries/{id:long}", async (long id, Libraries.Libraries l, CancellationToken ct) =>
            await l.GetAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"检查对象名录库 {id} 不存在或不在您的管辖范围内")).WithSummary("名录库详情");
        g.MapPost("/libraries", async (SaveLibrary cmd, Libraries.Libraries l, CancellationToken ct) => Created(await l.SaveAsync(null, cmd, ct), v => $"/api/v1/inspections/libraries/{v.Id}"))
            .RequireAuthorization(Organise).Idempotent().WithSummary("新建名录库（对主体库的命名筛选条件，每次抽取时实时求值）");
        g.MapPut("/libraries/{id:long}", async (long id, SaveLibrary cmd, Libraries.Libraries l, CancellationToken ct) => Ok(await l.SaveAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).WithSummary("修改名录库");
        g.MapGet("/libraries/{id:long}/preview", async (long id, Libraries.Libraries l, CancellationToken ct) => Ok(await l.PreviewAsync(id, ct)))
            .WithSummary("按当前主体库求值：符合条件、免检、可抽对象数及各风险分类户数");

        // 执法检查人员名录库
        g.MapGet("/inspectors", async (string? department, string? tag, Inspectors.Inspectors i, CancellationToken ct) => Results.Ok(await i.ListAsync(department, tag, ct)))
            .WithSummary("执法检查人员名录库");
        g.MapPost("/inspectors", async (SaveInspector cmd, Inspectors.Inspectors i, CancellationToken ct) => Created(await i.SaveAsync(null, cmd, ct), v => $"/api/v1/inspections/inspectors/{v.Id}"))
            .RequireAuthorization(Organise).Idempotent().WithSummary("登记执法检查人员");
        g.MapPut("/inspectors/{id:long}", async (long id, SaveInspector cmd, Inspectors.Inspectors i, CancellationToken ct) => Ok(await i.SaveAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).WithSummary("修改执法检查人员");
        g.MapPost("/inspectors/{id:long}/leaves", async (long id, AddLeave cmd, Inspectors.Inspectors i, CancellationToken ct) => Ok(await i.AddLeaveAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("登记请假、培训等不可参加检查的期间");
        g.MapPost("/inspectors/{id:long}/conflicts", async (long id, DeclareConflict cmd, Inspectors.Inspectors i, CancellationToken ct) => Ok(await i.DeclareConflictAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("申报利害关系（主体或人员）：涉及的待检查分派自动回避并重新抽取");

        // 计划与任务
        g.MapGet("/plans", async (int? year, Plans.Plans p, CancellationToken ct) => Results.Ok(await p.ListAsync(year, ct))).WithSummary("年度抽查计划");
        g.MapPost("/plans", async (SavePlan cmd, Plans.Plans p, CancellationToken ct) => Created(await p.SavePlanAsync(null, cmd, ct), v => $"/api/v1/inspections/plans/{v.Id}"))
            .RequireAuthorization(Organise).Idempotent().WithSummary("制定年度抽查计划（事项、名录库、期间）");
        g.MapPut("/plans/{id:long}", async (long id, SavePlan cmd, Plans.Plans p, CancellationToken ct) => Ok(await p.SavePlanAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).WithSummary("修改未公示的计划");
        g.MapPost("/plans/{id:long}/publish", async (long id, Plans.Plans p, CancellationToken ct) => Ok(await p.PublishPlanAsync(id, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("向社会公示计划（抽取前必须公示）");
        g.MapGet("/tasks", async (long? planId, Plans.Plans p, CancellationToken ct) => Results.Ok(await p.TasksAsync(planId, ct))).WithSummary("抽查任务");
        g.MapGet("/tasks/{id:long}", async (long id, Plans.Plans p, CancellationToken ct) =>
            await p.GetTaskAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 不存在或不在您的管辖范围内")).WithSummary("任务详情");
        g.MapPost("/tasks", async (CreateTask cmd, Plans.Plans p, CancellationToken ct) => Created(await p.CreateTaskAsync(cmd, ct), v => $"/api/v1/inspections/tasks/{v.Id}"))
            .RequireAuthorization(Organise).Idempotent()
            .WithSummary("新建抽查任务：mode=risk 按信用风险分类比例（ratioA…ratioD、ratioU，不填按规则默认值）或 mode=fixed 固定数量；departments 多个即联合抽查");

        // 摇号
        g.MapPost("/tasks/{id:long}/commit", async (long id, Draws.Draws d, CancellationToken ct) => Ok(await d.CommitAsync(id, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("冻结名录：公布候选对象数、哈希与服务器承诺值 SHA-256(secret)");
        g.MapPost("/tasks/{id:long}/draw", async (long id, DrawCommand cmd, Draws.Draws d, CancellationToken ct) => Ok(await d.DrawAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("监督人员输入公开值，摇号并公布 secret（每次抽取只能进行一次）");
        g.MapPost("/tasks/{id:long}/supplement", async (long id, SupplementCommand cmd, Draws.Draws d, CancellationToken ct) => Ok(await d.SupplementAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("补抽：替换无法检查的对象（须说明理由），冻结新名录，另行摇号");
        g.MapGet("/tasks/{id:long}/draws", async (long id, Draws.Draws d, CancellationToken ct) => Results.Ok(await d.ListAsync(id, false, ct))).WithSummary("本任务的各次抽取");

        // 分派人员
        g.MapPost("/tasks/{id:long}/assign", async (long id, Assignments.Assignments a, CancellationToken ct) => Ok(await a.AssignAsync(id, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("随机分派执法检查人员（专业、请假、回避、每人上限、连续检查同一对象）");
        g.MapGet("/tasks/{id:long}/assignments", async (long id, Assignments.Assignments a, CancellationToken ct) => Results.Ok(await a.ViewAsync(id, ct))).WithSummary("分派情况");
        g.MapPost("/assignments/{id:long}/recuse", async (long id, RecuseCommand cmd, Assignments.Assignments a, CancellationToken ct) => Ok(await a.RecuseAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("回避：该人员退出，自动重新抽取一名");

        // 结果
        var results = g.MapGroup("").RequireAuthorization(InspectionAccess.ResultsPolicy);
        results.MapGet("/tasks/{id:long}/results", async (long id, InspectionResults r, CancellationToken ct) => Results.Ok(await r.ForTaskAsync(id, ct))).WithSummary("本任务的检查结果");
        results.MapGet("/mine", async (MyInspections m, CancellationToken ct) => Results.Ok(await m.OpenAsync(ct)))
            .WithSummary("我的检查：分派给当前登录人员、待录入或待确认结果的检查对象");
        results.MapPost("/tasks/{id:long}/results", async (long id, EnterResult cmd, InspectionResults r, CancellationToken ct) => Ok(await r.EnterAsync(id, cmd, ct)))
            .Idempotent().WithSummary("录入检查结果（按统一社会信用代码；仅限本任务抽中的对象）");
        results.MapPost("/results/{id:long}/confirm", async (long id, ConfirmResult? cmd, InspectionResults r, CancellationToken ct) => Ok(await r.ConfirmAsync(id, cmd ?? new ConfirmResult(null), ct)))
            .Idempotent().WithSummary("检查人员确认结果（全部检查人员确认后结果生效）");
        results.MapPost("/results/{id:long}/attachments", async (long id, IFormFile? file, InspectionResults r, CancellationToken ct) =>
            {
                if (file is null) return Problems.Validation("file", "请上传附件（表单字段 file）");
                await using var stream = file.OpenReadStream();
                return Ok(await r.AttachAsync(id, file.FileName, file.ContentType, stream, file.Length, ct));
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithSummary("上传现场照片、检查记录等附件（保存 SHA-256）");
        g.MapGet("/attachments/{id:long}", async (long id, InspectionResults r, CancellationToken ct) =>
                await r.AttachmentAsync(id, ct) is { } a ? Results.File(a.Content, a.ContentType, a.FileName) : Problems.NotFound("未找到", $"附件 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("下载附件");
        g.MapPost("/tasks/{id:long}/publish", async (long id, InspectionResults r, CancellationToken ct) => Ok(await r.PublishAsync(id, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("公示本任务已确认的检查结果（门户与企业信用信息）");
        g.MapPost("/results/{id:long}/correct", async (long id, CorrectResult cmd, InspectionResults r, CancellationToken ct) => Ok(await r.CorrectAsync(id, cmd, ct)))
            .RequireAuthorization(Organise).Idempotent().WithSummary("更正已公示的结果（须说明理由，更正记录公开）");

        // 指标
        g.MapGet("/metrics", async (int? year, InspectionMetrics m, TimeProvider clock, CancellationToken ct) =>
            year is < Years.First or > Years.Last ? Problems.Validation("year", Years.Message) : Results.Ok(await m.ForYearAsync(year ?? clock.GetUtcNow().Year, ct))).WithSummary("各机构年度指标：覆盖率（≥3%）、按风险分类抽取占比（≥50%）、联合抽查占比（≥30%）、公示率（100%）");
        g.MapGet("/due", async (int? days, InspectionMetrics m, CancellationToken ct) =>
            days is < 0 or > InspectionMetrics.MaxDueDays ? Problems.Validation("days", $"天数应在 0 至 {InspectionMetrics.MaxDueDays} 个工作日之间") : Results.Ok(await m.DueAsync(days ?? 5, ct)))
            .WithSummary("临近或超过公示期限（检查结束后 20 个工作日）的结果");

        // 公示
        var p = api.MapGroup("/public/inspections").WithTags("公示").AllowAnonymous();
        p.MapGet("/tasks", async (PublicInspections pub, CancellationToken ct) => Results.Ok(await pub.TasksAsync(ct))).WithSummary("已公示计划的抽查任务（id、名称、机构、状态）");
        p.MapGet("/plans", async (PublicInspections pub, CancellationToken ct) => Results.Ok(await pub.PlansAsync(ct))).WithSummary("已公示的年度抽查计划");
        p.MapGet("/items", async (PublicInspections pub, CancellationToken ct) => Results.Ok(await pub.ItemsAsync(ct))).WithSummary("已公示的随机抽查事项清单");
        p.MapGet("/tasks/{id:long}/draw", async (long id, PublicInspections pub, CancellationToken ct) =>
            await pub.DrawAsync(id, 1, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 不存在、未公示或尚未冻结名录"))
            .WithSummary("主抽取的全部验证数据（见 docs/draw-verification.md）");
        p.MapGet("/tasks/{id:long}/draws", async (long id, PublicInspections pub, CancellationToken ct) =>
            await pub.DrawsAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 不存在或未公示")).WithSummary("本任务的各次抽取（含补抽）");
        p.MapGet("/tasks/{id:long}/draws/{seq:int}", async (long id, int seq, PublicInspections pub, CancellationToken ct) =>
            await pub.DrawAsync(id, seq, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 的第 {seq} 次抽取不存在或未公示")).WithSummary("第 seq 次抽取的验证数据");
        p.MapGet("/tasks/{id:long}/assignments", async (long id, PublicInspections pub, CancellationToken ct) =>
            await pub.AssignmentsAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 不存在或未公示")).WithSummary("执法检查人员抽取记录（每轮的候选人员与抽中人员、回避）");
        p.MapGet("/tasks/{id:long}/results", async (long id, PublicInspections pub, CancellationToken ct) =>
            await pub.ResultsAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"抽查任务 {id} 不存在或未公示")).WithSummary("已公示的检查结果");
    }
}
