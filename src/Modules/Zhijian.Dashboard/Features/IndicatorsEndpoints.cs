using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;
using Zhijian.Dashboard.Features.Manual;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Dashboard.Features.Reports;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features;

/// <summary>An indicator value for other systems (the shape).</summary>
internal sealed record IndicatorResponse(string Code, string Name, string Unit, decimal? Value, decimal? Target, string Comparator, string Status, string Source);

internal sealed record PlanResponse(string Code, string Name, string Locality, int StartYear, int EndYear, bool Builtin, int Indicators, int Computed, string Source);

internal sealed record AttachInput(string? Division);

internal sealed record RecomputeInput(string? Plan, string? Division, string? Period);

internal static class IndicatorsEndpoints
{
    private static IResult Ok<T>(Result<T> r) => r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/indicators").WithTags("智慧监管中心").RequireAuthorization(DashboardAccess.ReadPolicy);

        g.MapGet("", async (string? plan, string? division, string? period, DashboardQueries q, CancellationToken ct) =>
        {
            var r = await q.ViewAsync(plan, division, period, ct);
            if (!r.IsSuccess) return r.ToProblem();
            return Results.Ok(r.Value!.Rows.Select(x => new IndicatorResponse(x.Indicator.Code, x.Indicator.Name, x.Indicator.Unit, x.Value,
                x.Indicator.TargetValue, IndicatorRules.Symbol(x.Indicator.Comparator), IndicatorRules.Code(x.Status), x.Source)));
        }).WithSummary("规划指标值：plan=规划编码（缺省为本辖区关联的第一个规划），division=行政区划代码（缺省为本辖区），period=yyyy-MM（缺省为本月）；status：met 达标、warning 预警、not-met 未达标、no-target 仅监测（未设目标）、no-data 无数据");

        g.MapGet("/plans", async (PlanService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(p => new PlanResponse(p.Code, p.Name,
            p.Locality, p.StartYear, p.EndYear, p.Builtin, p.Indicators.Count, p.Indicators.Count(i => i.Computed), p.Source))))
            .WithSummary("已载入的规划（各地“十四五”规划指标表、本局自定规划）");

        g.MapGet("/measures", (MeasureCatalog c) => Results.Ok(c.All.Select(m => new { m.Code, m.Name, m.Unit, Kind = m.Kind.ToString(), m.Definition })))
            .WithSummary("各业务模块公开的指标数据项（计算公式可引用的编码及统计口径）");

        g.MapPost("/plans", async (CreatePlan cmd, PlanService s, CancellationToken ct) =>
        {
            var r = await s.CreateAsync(cmd, null, "控制台", ct);
            return r.IsSuccess ? Results.Ok(new { r.Value!.Id, r.Value.Code }) : r.ToProblem();
        }).WithSummary("新建本局规划（如“十五五”规划），再逐项登记或导入指标");

        g.MapPost("/plans/import", async (IFormFile file, string? code, string? name, string? locality, int? startYear, int? endYear, PlanService s, ActorContext actor, CancellationToken ct) =>
        {
            // Refuse before the upload is written to disk and parsed, not after.
            if (!DashboardAccess.CanManage(actor.Current)) return Problems.Forbidden("只有局领导、科室负责人或管理员可以制定规划");
            var path = Path.GetTempFileName();
            try
            {
                await using (var fs = File.Create(path)) await file.CopyToAsync(fs, ct);
                var r = await s.ImportAsync(new CreatePlan(code, name, locality, startYear ?? 0, endYear ?? 0), path, file.FileName, ct);
                return r.IsSuccess ? Results.Ok(new { r.Value!.Id, r.Value.Code, Indicators = r.Value.Indicators.Count }) : r.ToProblem();
            }
            finally
            {
                File.Delete(path);
            }
        }).DisableAntiforgery().WithSummary("导入规划指标表（XLSX/CSV，按导入模板；全部通过校验才写入，逐行报告错误）");

        g.MapGet("/plans/template", () => Results.File(PlanService.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "规划指标导入模板.xlsx"))
            .WithSummary("规划指标导入模板（XLSX，含两行示例）");

        g.MapPost("/plans/{id:int}/indicators", async (int id, IndicatorInput cmd, PlanService s, CancellationToken ct) =>
            Ok(await s.SaveIndicatorAsync(id, null, cmd, ct))).WithSummary("登记指标（基期、目标、比较符、属性、统计方式、计算公式或手工填报）");
        g.MapPut("/plans/{id:int}/indicators/{indicatorId:int}", async (int id, int indicatorId, IndicatorInput cmd, PlanService s, CancellationToken ct) =>
            Ok(await s.SaveIndicatorAsync(id, indicatorId, cmd, ct))).WithSummary("修改指标（内置规划只能设置计算公式、统计方式和预警幅度）");

        g.MapPost("/plans/{id:int}/attachments", async (int id, AttachInput cmd, PlanService s, CancellationToken ct) => Ok(await s.AttachAsync(id, cmd.Division, ct)))
            .WithSummary("把规划关联到辖区（辖区及下级按该规划监测）");
        g.MapDelete("/attachments/{id:int}", async (int id, PlanService s, CancellationToken ct) => Ok(await s.DetachAsync(id, ct)))
            .WithSummary("取消规划与辖区的关联");

        g.MapPost("/snapshots", async (RecomputeInput cmd, PlanService plans, Snapshots snaps, ActorContext actor, Zhijian.Platform.Codes.DivisionTable divisions,
            Data.DashboardDbContext db, CancellationToken ct) =>
        {
            if (!DashboardAccess.CanManage(actor.Current)) return Problems.Forbidden("只有局领导、科室负责人或管理员可以重新计算");
            if (!IndicatorRules.TryParsePeriod(cmd.Period, out var month)) return Problems.Validation(new Dictionary<string, string[]> { ["period"] = ["统计期应为 yyyy-MM 格式的月份"] });
            if (!divisions.IsKnown(cmd.Division)) return Problems.Validation(new Dictionary<string, string[]> { ["division"] = ["行政区划代码不存在或已撤销"] });
            if (!actor.Current.Jurisdiction.Covers(cmd.Division)) return Problems.Forbidden("只能重新计算本辖区的指标");
            var plan = await plans.FindAsync(cmd.Plan ?? "", ct);
            if (plan is null) return Problems.NotFound("未找到", "规划不存在");
            var n = await snaps.RecordAsync(plan, cmd.Division!, month, ct);
            Zhijian.Platform.Storage.SaveChain.Audit(db, "indicators.recomputed", "Plan", plan.Code, null, new { cmd.Division, cmd.Period, Values = n }, cmd.Division);
            await db.SaveChangesAsync(ct);
            return Results.Ok(new { values = n });
        }).WithSummary("重新计算某月的指标快照（历史期按当前数据重算，旧值被替换并记入审计）");

        g.MapGet("/warnings", async (string? division, DashboardQueries q, Warnings w, ActorContext actor, CancellationToken ct) =>
        {
            division ??= await q.HomeDivisionAsync(ct);
            if (!actor.Current.Jurisdiction.Covers(division)) return Problems.Forbidden("只能查看本辖区的预警");
            return Results.Ok(await w.ForAsync(division, ct));
        }).WithSummary("运行预警：超期投诉、临近期限的公示、到期许可证、新增D类主体、投诉激增（各附记录列表链接）");

        g.MapGet("/manual", async (bool? pending, ManualValues s, CancellationToken ct) => Results.Ok(await s.ListAsync(pending == true, 200, ct)))
            .WithSummary("手工填报的指标值（pending=true 只看待审核）");
        g.MapPost("/manual", async (HttpRequest request, ManualValues s, CancellationToken ct) =>
        {
            EnterManualValue cmd;
            if (request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    return Problems.Validation("body", "表单无法解析：请按 multipart/form-data 或 application/x-www-form-urlencoded 格式提交");
                }

                byte[]? bytes = null;
                var file = form.Files.GetFile("evidence");
                if (file is not null) { using var ms = new MemoryStream(); await file.CopyToAsync(ms, ct); bytes = ms.ToArray(); }
                cmd = new EnterManualValue(int.TryParse(form["planIndicatorId"], out var id) ? id : 0, form["division"], form["period"],
                    decimal.TryParse(form["value"], NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null, form["note"], file?.FileName, bytes);
            }
            else if (!request.HasJsonContentType())
            {
                return Results.Problem(statusCode: 415, title: "请求体格式不支持", detail: "请求体应为 application/json 或表单（multipart/form-data）。");
            }
            else
            {
                try
                {
                    cmd = await request.ReadFromJsonAsync<EnterManualValue>(ct) ?? new EnterManualValue(0, null, null, null, null);
                }
                catch (JsonException e)
                {
                    return Problems.Validation(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.'),
                        "请求体不是合法的 JSON 或字段类型不正确：请检查括号、引号、逗号和字段类型");
                }
            }

            var r = await s.EnterAsync(cmd, ct);
            return r.IsSuccess ? Results.Ok(new { r.Value!.Id, Status = IndicatorRules.Name(r.Value.Status) }) : r.ToProblem();
        }).DisableAntiforgery().WithSummary("填报指标值（JSON 或表单，佐证材料 evidence：JPG、PNG、PDF）；同一统计期只能填报一次");
        g.MapPost("/manual/{id:long}/approve", async (long id, ManualValues s, CancellationToken ct) =>
        {
            var r = await s.DecideAsync(id, true, null, ct);
            return r.IsSuccess ? Results.Ok(new { r.Value!.Id, Status = IndicatorRules.Name(r.Value.Status) }) : r.ToProblem();
        }).WithSummary("审核通过填报的指标值（科室负责人，不能审核自己填报的）");
        g.MapPost("/manual/{id:long}/reject", async (long id, RejectInput cmd, ManualValues s, CancellationToken ct) =>
        {
            var r = await s.DecideAsync(id, false, cmd.Reason, ct);
            return r.IsSuccess ? Results.Ok(new { r.Value!.Id, Status = IndicatorRules.Name(r.Value.Status) }) : r.ToProblem();
        }).WithSummary("退回填报的指标值（写明理由，可重新填报）");
        g.MapGet("/manual/{id:long}/evidence", async (long id, ManualValues s, CancellationToken ct) =>
            await s.EvidenceAsync(id, ct) is { Evidence: { } bytes } v ? Results.File(bytes, v.EvidenceType ?? "application/octet-stream", v.EvidenceName) : Problems.NotFound("未找到", "佐证材料不存在"))
            .WithSummary("下载填报的佐证材料");

        g.MapGet("/population", async (PlanService s, CancellationToken ct) => Results.Ok((await s.PopulationAsync(ct)).Select(p => new { p.DivisionCode, p.Year, p.Residents, p.Source })))
            .WithSummary("常住人口参考数据（按行政区划和年度）");
        g.MapPut("/population", async (PopulationInput cmd, PlanService s, CancellationToken ct) =>
        {
            var r = await s.SetPopulationAsync(cmd, ct);
            return r.IsSuccess ? Results.Ok(new { r.Value!.DivisionCode, r.Value.Year, r.Value.Residents }) : r.ToProblem();
        }).WithSummary("登记或更正某区划某年的常住人口（统计公报数）");

        g.MapGet("/reports", async (string? plan, string? division, string? period, string? kind, EvaluationReports reports, CancellationToken ct) =>
        {
            var r = await reports.BuildAsync(plan, division, period, kind, ct);
            if (!r.IsSuccess) return r.ToProblem();
            return Results.File(reports.Xlsx(r.Value!), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"{r.Value!.View.DivisionName}-{EvaluationReports.Name(r.Value.Kind)}-{r.Value.Cutoff}.xlsx");
        }).WithSummary("规划评估报告 XLSX（kind：annual 年度监测、midterm 中期评估、final 总结评估；可打印版见 /dashboard/reports/print）");
    }
}

internal sealed record RejectInput(string? Reason);
