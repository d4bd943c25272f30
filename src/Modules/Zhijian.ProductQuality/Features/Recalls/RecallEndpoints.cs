using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>/api/v1/pq/defect-reports, /api/v1/pq/recalls (with /investigations) and /api/v1/public/pq/recalls.</summary>
internal static class RecallEndpoints
{
    private const string Write = QualityAccess.RecallPolicy;

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq)
    {
        var rep = pq.MapGroup("/defect-reports").WithStandardProblems();
        rep.MapGet("", (DefectReports s, ProductKind? kind, DefectReportStatus? status, bool? late, string? division, string? q, int? page, int? size, CancellationToken ct) =>
            s.ListAsync(kind, status, late, division, q, page ?? 1, size ?? 50, ct)).WithSummary("缺陷报告列表（产品类型、状态、逾期报告、区划、关键词；分页）");
        rep.MapGet("/{id:long}", (long id, DefectReports s, CancellationToken ct) => ApiResults.OkOrNotFound(s.GetAsync(id, ct), $"缺陷报告 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("缺陷报告详情（报告期限与所适用的规则、履历）");
        rep.MapPost("", (CreateDefectReport cmd, DefectReports s, CancellationToken ct) => s.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/defect-reports/{v.Id}"))
            .RequireAuthorization(Write).Idempotent().WithSummary("报送缺陷报告、事故报告（涉及数量必填；食品、药品、化妆品、医疗器械、烟草、特种设备、烟花爆竹等不适用；Idempotency-Key）");

        var g = pq.MapGroup("/recalls").WithStandardProblems();
        g.MapGet("", (RecallQueries s, ProductKind? kind, RecallMode? mode, RecallStatus? status, string? due, string? division, string? q, int? page, int? size, CancellationToken ct) =>
            s.ListAsync(kind, mode, status, due, division, q, page ?? 1, size ?? 50, ct)).WithSummary("召回列表（产品类型、方式、进度、区划、关键词；due=overdue|due-soon|open；分页）");
        g.MapGet("/{id:long}", (long id, RecallQueries s, CancellationToken ct) => ApiResults.OkOrNotFound(s.GetAsync(id, ct), $"召回 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("召回详情（计划、公告、进展、总结、期限与所适用的规则、履历）");
        g.MapPost("", (CreateRecall cmd, Recalls s, CancellationToken ct) => s.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/recalls/{v.Id}"))
            .RequireAuthorization(Write).Idempotent().WithSummary("登记召回（主动召回；责令召回须科室负责人并依据缺陷调查结论；Idempotency-Key）");
        g.MapPost("/{id:long}/plan", (long id, FileRecallPlan cmd, Recalls s, CancellationToken ct) => s.FilePlanAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("召回计划备案（措施、涉及数量、范围、起止日期）");
        g.MapPost("/{id:long}/notice", (long id, PublishRecallNotice cmd, Recalls s, CancellationToken ct) => s.NoticeAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("发布召回公告（即在公示平台公布）");
        g.MapPost("/{id:long}/owners", (long id, NotifyOwners cmd, Recalls s, CancellationToken ct) => s.OwnersAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("登记已通知车主（汽车召回）");
        g.MapPost("/{id:long}/progress", (long id, RecallProgressInput cmd, Recalls s, CancellationToken ct) => s.ProgressAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("阶段性进展报告（累计已召回数量，按措施分列）");
        g.MapPost("/{id:long}/summary", (long id, RecallSummaryInput cmd, Recalls s, CancellationToken ct) => s.SummaryAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("召回总结报告");
        g.MapPost("/{id:long}/refusal", (long id, RefuseRecall cmd, Recalls s, CancellationToken ct) => s.RefuseAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.AdminPolicy).WithSummary("登记拒不召回（责令召回；移送案件线索）");

        var inv = g.MapGroup("/investigations");
        inv.MapGet("", (Investigations s, ProductKind? kind, InvestigationStatus? status, string? due, string? division, string? q, int? page, int? size, CancellationToken ct) =>
            s.ListAsync(kind, status, due, division, q, page ?? 1, size ?? 50, ct)).WithSummary("缺陷调查列表（due=objection-open|may-order|open）");
        inv.MapGet("/{id:long}", (long id, Investigations s, CancellationToken ct) => ApiResults.OkOrNotFound(s.GetAsync(id, ct), $"缺陷调查 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("缺陷调查详情");
        inv.MapPost("", (OpenInvestigation cmd, Investigations s, CancellationToken ct) => s.OpenAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/recalls/investigations/{v.Id}"))
            .RequireAuthorization(Write).Idempotent().WithSummary("立案缺陷调查（依据缺陷报告或投诉举报）");
        inv.MapPost("/{id:long}/steps", (long id, AddInvestigationStep cmd, Investigations s, CancellationToken ct) => s.AddStepAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("登记调查措施（约谈、技术检测、专家论证、现场调查）");
        inv.MapPost("/{id:long}/conclusion", (long id, ConcludeInvestigation cmd, Investigations s, CancellationToken ct) => s.ConcludeAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("调查结论（存在缺陷 / 不存在缺陷；汽车：通知生产者，起算异议期）");
        inv.MapPost("/{id:long}/objection", (long id, RecordObjection cmd, Investigations s, CancellationToken ct) => s.ObjectAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(Write).WithSummary("登记汽车生产者的异议（异议期内）");
        inv.MapPost("/{id:long}/objection-decision", (long id, DecideObjection cmd, Investigations s, CancellationToken ct) => s.DecideObjectionAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.AdminPolicy).WithSummary("异议决定（成立 / 不成立）");

        var pub = api.MapGroup("/public/pq/recalls").WithTags("公示").AllowAnonymous();
        pub.MapGet("", (PublicRecalls p, string? q, ProductKind? kind, int? page, int? size, CancellationToken ct) => p.SearchAsync(q, kind, page ?? 1, size ?? 20, ct))
            .WithSummary("缺陷产品召回公告（按产品、企业、类型查询）");
        pub.MapGet("/{number}", (string number, PublicRecalls p, CancellationToken ct) => ApiResults.OkOrNotFound(p.NoticeAsync(number, ct), $"召回公告 {number} 不存在"))
            .WithSummary("缺陷产品召回公告全文");
    }
}
