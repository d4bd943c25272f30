using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>/api/v1/food/recalls and /api/v1/public/food/recalls.</summary>
internal static class RecallEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
        var g = food.MapGroup("/recalls").WithStandardProblems();
        g.MapGet("", (RecallQueries r, string? q, int? level, RecallKind? kind, RecallStatus? status, string? due, int? page, int? size, CancellationToken ct) =>
            r.ListAsync(q, level, kind, status, due, page ?? 1, size ?? 50, ct))
            .WithSummary("食品召回列表（筛选、分页；due=start-overdue|complete-overdue|due-soon|progress-missing|open）");
        g.MapGet("/{id:long}", (long id, RecallQueries r, CancellationToken ct) => ApiResults.OkOrNotFound(r.GetAsync(id, ct), $"食品召回 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("食品召回详情（产品与批次、计划、公告、进展、总结、处置、召回范围、期限与所适用的规则版本、履历）");
        g.MapPost("", (CreateRecall cmd, Recalls r, CancellationToken ct) => r.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/food/recalls/{v.Id}"))
            .RequireAuthorization(FoodAccess.WorkPolicy).Idempotent().WithSummary("登记食品召回（主动召回；责令召回须科室负责人，同时移送案件线索；Idempotency-Key）");
        g.MapPost("/{id:long}/plan", (long id, RecallPlanInput cmd, Recalls r, CancellationToken ct) => r.PlanAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记收到召回计划");
        g.MapPost("/{id:long}/announcement", (long id, RecallAnnouncementInput cmd, Recalls r, CancellationToken ct) => r.AnnounceAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记召回公告（即在公示平台公布，起算完成期限）");
        g.MapPost("/{id:long}/progress", (long id, RecallProgressInput cmd, Recalls r, CancellationToken ct) => r.ProgressAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记阶段性进展报告（已召回、计划、已售出数量）");
        g.MapPost("/{id:long}/summary", (long id, RecallSummaryInput cmd, Recalls r, CancellationToken ct) => r.SummaryAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记召回总结报告");
        g.MapPost("/{id:long}/disposals", (long id, PlanRecallDisposal cmd, Recalls r, CancellationToken ct) => r.PlanDisposalAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("事先报告召回食品的处置（方式、数量、地点、计划时间）");
        g.MapPost("/{id:long}/disposals/{disposalId:long}/done", (long id, long disposalId, RecallDisposalDone cmd, Recalls r, CancellationToken ct) =>
            r.DisposalDoneAsync(id, disposalId, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记处置完成（执法人员现场见证）");
        g.MapPost("/{id:long}/complete", (long id, CompleteRecall cmd, Recalls r, CancellationToken ct) => r.CompleteAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记召回完成（须已提交总结报告、处置均已完成）");
        g.MapPost("/{id:long}/extension", (long id, ExtendRecall cmd, Recalls r, CancellationToken ct) => r.ExtendAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("批准延长召回完成期限（科室负责人）");
        g.MapPost("/{id:long}/evaluation", (long id, EvaluateRecall cmd, Recalls r, CancellationToken ct) => r.EvaluateAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("召回效果评估（达到召回要求 / 未达到，责令重新召回）");
        g.MapPost("/{id:long}/scope/trace", (long id, TraceRecallScope cmd, RecallScopes s, CancellationToken ct) => s.TraceAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("从追溯链生成召回范围（正向追踪，默认 5 层）");
        g.MapPost("/{id:long}/scope", (long id, AddScopeLine cmd, RecallScopes s, CancellationToken ct) => s.AddAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("手工添加召回范围");
        g.MapPost("/{id:long}/scope/{lineId:long}", (long id, long lineId, UpdateScopeLine cmd, RecallScopes s, CancellationToken ct) => s.UpdateAsync(id, lineId, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("更新召回范围一行的已召回数量与状态");

        var pub = api.MapGroup("/public/food/recalls").WithTags("公示").AllowAnonymous();
        pub.MapGet("", (PublicRecalls p, string? q, int? level, int? page, int? size, CancellationToken ct) => p.SearchAsync(q, level, page ?? 1, size ?? 20, ct))
            .WithSummary("食品召回公告（按生产者、产品、级别查询）");
        pub.MapGet("/{number}", (string number, PublicRecalls p, CancellationToken ct) => ApiResults.OkOrNotFound(p.NoticeAsync(number, ct), $"召回公告 {number} 不存在"))
            .WithSummary("食品召回公告全文");
    }
}
