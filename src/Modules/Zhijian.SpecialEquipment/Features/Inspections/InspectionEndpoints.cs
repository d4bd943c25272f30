using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>/api/v1/equipment: schedules, warning lists, inspection bodies, results, objections, mismatches.</summary>
internal static class InspectionEndpoints
{
    public static void Map(RouteGroupBuilder sequip)
    {
        var g = sequip.WithStandardProblems();
        g.MapGet("/{code}/schedule", async Task<Results<Ok<IReadOnlyList<DueItemView>>, ProblemHttpResult>> (string code, int? years, InspectionQueries q, CancellationToken ct) =>
        {
            var n = years ?? 20;
            if (n is < 1 or > 50) return Problems.Validation("years", "年数应在 1 到 50 之间");
            var detail = await q.ScheduleAsync(code, n, ct);
            return detail is null ? Problems.NotFound("设备未登记", $"设备代码 {code} 不在特种设备台账中") : TypedResults.Ok(detail.Items);
        }).WithSummary("设备的检验计划（自安装/改造监督检验或投入使用起 years 年内的每一项：到期月份、类别、完成日期）");
        g.MapGet("/schedules", (InspectionQueries q, string? warning, string? division, int? category, int? page, int? size, CancellationToken ct) =>
            q.SchedulesAsync(warning, division, category, page ?? 1, size ?? 50, ct))
            .WithSummary("到期预警与超期未检清单（warning=overdue|soon|30|60；division 属地前缀；category 类别）");
        g.MapPost("/schedules/recompute", async (ScheduleRecompute r, CancellationToken ct) => TypedResults.Ok(await r.RunAsync(ct)))
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("按现行规则批量重算全部设备的检验计划（规则新版本生效后）");
        g.MapPost("/{code}/overdue-clue", (string code, InspectionResults r, CancellationToken ct) => r.SendClueAsync(code, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("超期未检仍在使用：移送案件线索");

        g.MapGet("/inspections", (InspectionQueries q, string? code, string? list, bool? failed, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
            q.ResultsAsync(code, list, failed, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("检验结果（code 设备代码；list=mismatch 日期不一致待处理 | objection 异议待处理；failed；from/to 检验日期）");
        g.MapPost("/{code}/inspections", (string code, PostInspection cmd, InspectionResults r, CancellationToken ct) =>
            r.PostAsync(code, cmd, ct).ToCreated(v => $"/api/v1/equipment/inspections?code={Uri.EscapeDataString(v.EquipmentCode)}"))
            .RequireAuthorization(SequipAccess.InspectionResultPolicy).Idempotent()
            .WithSummary("检验机构报送检验结果（定期检验、监督检验、自行检测、年度检查、耐压试验；下次检验日期与系统计算不一致时标记待处理；Idempotency-Key）");
        g.MapPost("/inspections/{id:long}/objection", (long id, FileObjection cmd, InspectionResults r, CancellationToken ct) => r.ObjectAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("登记使用单位对不合格结论的异议（自结论起 10 个工作日内）");
        g.MapPost("/inspections/{id:long}/objection/decision", (long id, DecideObjection cmd, InspectionResults r, CancellationToken ct) => r.DecideObjectionAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("科室负责人处理异议（成立 / 不成立）");
        g.MapPost("/inspections/{id:long}/mismatch", (long id, ResolveMismatch cmd, InspectionResults r, CancellationToken ct) => r.ResolveMismatchAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("处理检验日期不一致（accept=body 采用检验机构日期 | computed 保留系统计算日期）");

        g.MapGet("/inspection-bodies", (InspectionBodies b, CancellationToken ct) => b.ListAsync(ct)).WithSummary("检验机构");
        g.MapPost("/inspection-bodies", (SaveInspectionBody cmd, InspectionBodies b, CancellationToken ct) =>
            b.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/equipment/inspection-bodies/{v.Id}"))
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("登记检验机构（核准证、核准的设备类别）");
        g.MapPost("/inspection-bodies/{id:long}/client", (long id, InspectionBodies b, CancellationToken ct) => b.CreateClientAsync(id, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("为检验机构创建 API 客户端（sequip.inspect；系统管理员；密钥只显示一次）");
    }
}
