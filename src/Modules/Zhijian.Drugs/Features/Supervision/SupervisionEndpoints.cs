using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>/api/v1/drugs: grids, inspections with checklists and 复查, the inspection plan by risk grade, vaccine storage checks.</summary>
internal static class SupervisionEndpoints
{
    public static void Map(RouteGroupBuilder drugs)
    {
        var grids = drugs.MapGroup("/grids").WithStandardProblems();
        grids.MapGet("", (SupervisionQueries queries, string? division, string? q, int? page, int? size, CancellationToken ct) =>
                queries.GridsAsync(division, q, page ?? 1, size ?? 50, ct))
            .WithSummary("监管网格列表及各区县零售药店网格化监管覆盖率（division 区划、q 编号/名称/街道；分页）");
        grids.MapGet("/unassigned", (SupervisionQueries queries, string? division, CancellationToken ct) => queries.UnassignedAsync(division, ct))
            .WithSummary("尚未划入网格的在营经营企业（最多 200 家）");
        grids.MapGet("/{id:long}", (long id, SupervisionQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GridAsync(id, ct), $"网格 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("监管网格详情");
        Post(grids, "", (CreateGrid cmd, SupervisionBook b, CancellationToken ct) => b.CreateGridAsync(cmd, ct).ToOk(), DrugsAccess.AdminPolicy,
            "新建监管网格（区县、编号、名称、街道、监管责任人、网格员）");
        Post(grids, "/{id:long}/officer", (long id, SetGridOfficer cmd, SupervisionBook b, CancellationToken ct) => b.SetOfficerAsync(id, cmd, ct).ToOk(),
            DrugsAccess.AdminPolicy, "更换网格监管责任人或网格员");
        Post(grids, "/{id:long}/assign", (long id, AssignToGrid cmd, SupervisionBook b, CancellationToken ct) => b.AssignAsync(id, cmd, ct).ToOk(),
            DrugsAccess.InspectPolicy, "企业划入网格（按企业，或按街道批量；已在其他网格的调整网格并记入审计日志）");

        var insp = drugs.MapGroup("/inspections").WithStandardProblems();
        insp.MapGet("/checklists/{kind}", (string kind) => (SupervisionQueries.ParseChecklist(kind) is { } k
                ? (Result<ChecklistView>)SupervisionQueries.Checklist(k)
                : Result<ChecklistView>.NotFound($"检查表 {kind} 不存在（pharmacy 药品零售、device 医疗器械经营、cosmetics 化妆品经营）")).ToOk())
            .WithSummary("检查表（pharmacy 药品零售 GSP、device 医疗器械经营、cosmetics 化妆品经营；★ 为关键项目）");
        insp.MapGet("", (SupervisionQueries queries, string? view, string? conclusion, string? division, long? gridId, long? businessId, string? q, DateOnly? from,
                DateOnly? to, int? page, int? size, CancellationToken ct) =>
                queries.InspectionsAsync(view, conclusion, division, gridId, businessId, q, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("监督检查列表（view=recheck 待复查 | overdue 逾期未复查 | case 已移送案件线索 | failed 不符合；conclusion、division、gridId、businessId、q（编号、企业名称）、from/to 筛选；分页）");
        insp.MapGet("/due", (SupervisionQueries queries, int? grade, bool? overdue, int? dueWithin, string? division, long? gridId, int? page, int? size, CancellationToken ct) =>
                queries.DueAsync(grade, overdue, dueWithin, division, gridId, page ?? 1, size ?? 50, ct))
            .WithSummary("按风险等级应检查的企业（grade 1–4；overdue=true 逾期；dueWithin=N 天内到期，默认 30；division、gridId 筛选；分页）");
        insp.MapGet("/{id:long}", (long id, SupervisionQueries q, CancellationToken ct) =>
                ApiResults.OkOrNotFound(q.InspectionAsync(id, ct), $"检查记录 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("监督检查详情（检查项目结果、结论、整改与复查）");
        Post(insp, "", (RecordInspection cmd, SupervisionBook b, CancellationToken ct) => b.RecordInspectionAsync(cmd, ct).ToOk(), DrugsAccess.InspectPolicy,
            "登记监督检查（两名执法人员，逐项填写检查表；限期整改定整改和复查期限；立案查处移送案件线索）");
        Post(insp, "/{id:long}/recheck", (long id, RecordRecheck cmd, SupervisionBook b, CancellationToken ct) => b.RecheckAsync(id, cmd, ct).ToOk(),
            DrugsAccess.InspectPolicy, "登记限期整改复查（未整改到位移送案件线索）");
        Post(drugs.MapGroup("/risk-grades").WithStandardProblems(), "/recompute",
            async (RiskGrading g, CancellationToken ct) => Microsoft.AspNetCore.Http.TypedResults.Ok(await g.RecomputeAsync(ct)), DrugsAccess.InspectPolicy,
            "重新计算辖区内企业风险等级和下次检查日期（逾期未复查的先移送案件线索）");

        var vac = drugs.MapGroup("/vaccines").WithStandardProblems();
        vac.MapGet("", (SupervisionQueries queries, string? view, string? division, long? pointId, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
                queries.VaccinesAsync(view, division, pointId, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("预防接种单位及疫苗储存和冷链检查（view=failed 不合格 | recheck 待复查 | overdue 整改逾期；division、pointId、from/to；分页）");
        Post(vac, "/points", (CreateVaccinationPoint cmd, SupervisionBook b, CancellationToken ct) => b.CreatePointAsync(cmd, ct).ToOk(), DrugsAccess.InspectPolicy,
            "新增预防接种单位");
        Post(vac, "/checks", (RecordVaccineCheck cmd, SupervisionBook b, CancellationToken ct) => b.RecordVaccineCheckAsync(cmd, ct).ToOk(), DrugsAccess.InspectPolicy,
            "登记疫苗储存和冷链检查（冷藏温度、温度记录、追溯码扫码、过期疫苗；不合格限期整改）");
        Post(vac, "/checks/{id:long}/recheck", (long id, RecordRecheck cmd, SupervisionBook b, CancellationToken ct) => b.RecheckVaccineAsync(id, cmd, ct).ToOk(),
            DrugsAccess.InspectPolicy, "登记疫苗储存整改复查");
    }

    private static void Post(RouteGroupBuilder g, string pattern, Delegate handler, string policy, string summary) =>
        g.MapPost(pattern, handler).RequireAuthorization(policy).Idempotent().WithSummary(summary + "（Idempotency-Key）");
}
