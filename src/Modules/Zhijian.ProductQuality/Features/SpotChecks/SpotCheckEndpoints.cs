using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>/api/v1/pq: catalogue, labs, plans and their draw, samples, lab results, notification, objections and retests.</summary>
internal static class SpotCheckEndpoints
{
    public static void Map(RouteGroupBuilder pq)
    {
        var g = pq.WithStandardProblems();
        g.MapGet("/catalogue", (Catalogue c, bool? all, CancellationToken ct) => c.ListAsync(all ?? false, ct))
            .WithSummary("重点产品目录（产品类别、工业品/消费品、生产者行业代码、适用标准、是否实行生产许可证或 CCC；all=true 含停用类别）");
        g.MapPost("/catalogue", (SaveCategory cmd, Catalogue c, CancellationToken ct) => c.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/catalogue/{v.Id}"))
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("新增重点产品目录类别");
        g.MapPut("/catalogue/{id:int}", (int id, SaveCategory cmd, Catalogue c, CancellationToken ct) => c.UpdateAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("修改重点产品目录类别（含停用）");
        g.MapGet("/labs", (Catalogue c, CancellationToken ct) => c.LabsAsync(ct)).WithSummary("承检机构");
        g.MapPost("/labs/{id:long}/client", (long id, Catalogue c, CancellationToken ct) => c.CreateLabClientAsync(id, ct).ToOk())
            .RequireAuthorization(QualityAccess.AdminPolicy).WithSummary("为承检机构创建 API 客户端（pq.lab；系统管理员；密钥只显示一次）");

        g.MapGet("/plans", (Plans p, int? year, string? q, string? status, int? page, int? size, CancellationToken ct) =>
            p.ListAsync(year, q, status, page ?? 1, size ?? 50, ct)).WithSummary("抽查计划（year 年度；q 名称或编号；status=draft|frozen|drawn）");
        g.MapGet("/plans/{id:long}", (long id, Plans p, CancellationToken ct) => ApiResults.OkOrNotFound(p.GetAsync(id, ct), "抽查计划不存在或不在您的管辖范围内"))
            .WithSummary("抽查计划详情（产品类别与批次、抽取验证数据、抽查任务）");
        g.MapPost("/plans", (SavePlan cmd, Plans p, CancellationToken ct) => p.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/plans/{v.Id}"))
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("制定抽查计划（层级、期间、抽查对象、范围、产品类别与批次、应急/跟踪抽查）");
        g.MapPut("/plans/{id:long}", (long id, SavePlan cmd, Plans p, CancellationToken ct) => p.UpdateAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("修改抽查计划（冻结名录前）");
        g.MapPost("/plans/{id:long}/freeze", (long id, Plans p, CancellationToken ct) => p.FreezeAsync(id, ct).ToOk())
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("冻结抽查对象名录（排除六个月内已抽查的生产者），公布候选名单哈希和承诺值");
        g.MapPost("/plans/{id:long}/draw", (long id, PickTargets cmd, Plans p, CancellationToken ct) => p.PickAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.PlanPolicy).WithSummary("以公开值随机抽取抽查对象（每类按批次数），公布秘密值");
        g.MapGet("/plans/{id:long}/candidates/{code}", (long id, string code, Plans p, CancellationToken ct) =>
            ApiResults.OkOrNotFound(p.CandidatesAsync(id, code, ct), "抽查计划或产品类别不存在")).WithSummary("冻结的候选名单（用于复核抽取结果）");

        g.MapGet("/samples", (Samples s, long? planId, string? category, string? conclusion, string? list, string? q, string? division, DateOnly? from, DateOnly? to,
                int? page, int? size, CancellationToken ct) => s.ListAsync(planId, category, conclusion, list, q, division, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("抽样单（planId；category 类别编号；conclusion=passed|failed|pending；list=notify 待通知 | objection 异议中 | decide 待受理；q 产品或企业；division 属地）");
        g.MapGet("/samples/{id:long}", (long id, Samples s, CancellationToken ct) => ApiResults.OkOrNotFound(s.GetAsync(id, ct), "抽样单不存在或不在您的管辖范围内"))
            .WithSummary("抽样单详情（检验项目、结果通知、异议与复检）");
        g.MapPost("/samples", (CreateSample cmd, Samples s, CancellationToken ct) => s.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/pq/samples/{v.Id}"))
            .RequireAuthorization(QualityAccess.SamplingPolicy).Idempotent()
            .WithSummary("登记抽样单（产品类别须为计划内类别；同一产品六个月内不重复抽查；Idempotency-Key）");
        g.MapPost("/samples/{number}/result", (string number, PostResult cmd, LabResults r, CancellationToken ct) => r.PostAsync(number, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LabPolicy).Idempotent()
            .WithSummary("承检机构按项目报送检验结果（只能报送委托本机构检验的样品；Idempotency-Key）");
        g.MapPost("/samples/{number}/retest-result", (string number, PostResult cmd, LabResults r, CancellationToken ct) => r.PostRetestAsync(number, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LabPolicy).Idempotent().WithSummary("复检机构报送复检结论（最终结论；Idempotency-Key）");
        g.MapPost("/samples/{id:long}/notification", (long id, NotifyResult cmd, LabResults r, CancellationToken ct) => r.NotifyAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.SamplingPolicy).WithSummary("登记检验结果通知企业的日期（不合格的同时启动后处理）");
        g.MapPost("/samples/{id:long}/objection", (long id, FileObjection cmd, Objections o, CancellationToken ct) => o.FileAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.SamplingPolicy).WithSummary("登记企业的复检申请（收到检验结果之日起 15 日内，预付复检费用）");
        g.MapPost("/samples/{id:long}/objection/decision", (long id, DecideObjection cmd, Objections o, CancellationToken ct) => o.DecideAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.AdminPolicy).WithSummary("决定是否受理复检申请（受理时冻结复检机构候选名单）");
        g.MapPost("/samples/{id:long}/objection/lab", (long id, PickRetestLab cmd, Objections o, CancellationToken ct) => o.PickLabAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.AdminPolicy).WithSummary("以公开值随机确定复检机构（初检机构以外）");
    }

    /// <summary>Public: /api/v1/public/pq/spot-checks (the portal's data).</summary>
    public static void MapPublic(RouteGroupBuilder api) =>
        api.MapGet("/public/pq/spot-checks", (PublicSpotChecks p, string? q, string? conclusion, int? page, int? size, CancellationToken ct) =>
                p.SearchAsync(q, conclusion, page ?? 1, size ?? 20, ct))
            .AllowAnonymous().WithTags("产品质量").WithSummary("产品质量监督抽查结果公示（按产品或企业名称查询）");
}
