using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Disposals;
using Zhijian.FoodSafety.Features.Labs;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>/api/v1/food/sampling, /food/labs, /food/disposals and /public/food/sampling.</summary>
internal static class SamplingEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
        var s = food.MapGroup("/sampling").WithStandardProblems();
        s.MapGet("/orders", (SamplingOrders o, string? q, SamplingStatus? status, bool? failed, string? due, int? page, int? size, CancellationToken ct) =>
            o.ListAsync(q, status, failed, due, page ?? 1, size ?? 50, ct)).WithSummary("抽样单列表（筛选、分页；due=tolab|report|notice|review 为期限清单）");
        s.MapGet("/orders/{id:long}", (long id, SamplingOrders o, CancellationToken ct) =>
            ApiResults.OkOrNotFound(o.GetAsync(id, ct), $"抽样单 {id} 不存在或不在您的管辖范围内")).WithSummary("抽样单详情（检验结果、复检与异议、履历）");
        s.MapPost("/orders", (CreateSamplingOrder cmd, SamplingOrders o, CancellationToken ct) =>
            o.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/food/sampling/orders/{v.Id}"))
            .RequireAuthorization(FoodAccess.WorkPolicy).Idempotent().WithSummary("登记抽样单（至少两名抽样人员、未事先通知）");
        s.MapPost("/orders/{id:long}/received", (long id, StepDate cmd, SamplingOrders o, CancellationToken ct) => o.ReceivedAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记样品送达检验机构");
        s.MapPost("/orders/{id:long}/notice", (long id, StepDate cmd, SamplingOrders o, CancellationToken ct) => o.NoticeServedAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记检验结果通知书送达");
        s.MapPost("/orders/{id:long}/publish", (long id, SamplingOrders o, CancellationToken ct) => o.PublishAsync(id, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("公布抽检结果（科室负责人）");
        s.MapPost("/orders/{id:long}/retest", (long id, ApplyReview cmd, Reviews r, CancellationToken ct) => r.ApplyRetestAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记复检申请（收到结果通知书后 7 个工作日内；微生物指标不合格不予复检）");
        s.MapPost("/orders/{id:long}/objection", (long id, ApplyReview cmd, Reviews r, CancellationToken ct) => r.ApplyObjectionAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("登记异议");
        s.MapPost("/reviews/{id:long}/decision", (long id, DecideReview cmd, Reviews r, CancellationToken ct) => r.DecideAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("受理或不予受理复检/异议（受理复检时冻结复检机构候选名单并公布承诺值）");
        s.MapPost("/reviews/{id:long}/extension", (long id, ExtendReview cmd, Reviews r, CancellationToken ct) => r.ExtendAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("延长确定复检机构的期限（一次）");
        s.MapPost("/reviews/{id:long}/pick", (long id, PickRetestLab cmd, Reviews r, CancellationToken ct) => r.PickAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("以公开值随机确定复检机构（可验证）");
        s.MapPost("/reviews/{id:long}/objection-decision", (long id, DecideObjection cmd, Reviews r, CancellationToken ct) => r.DecideObjectionAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("异议处理决定");
        s.MapPost("/results", (LabResult cmd, LabResults r, CancellationToken ct) => r.PostAsync(cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.LabPolicy).Idempotent().WithSummary("承检机构报送检验结果（初检或复检；Idempotency-Key）");

        var labs = food.MapGroup("/labs").WithStandardProblems();
        labs.MapGet("", (Labs.Labs l, CancellationToken ct) => l.ListAsync(ct)).WithSummary("承检机构");
        labs.MapPost("", (SaveLab cmd, Labs.Labs l, CancellationToken ct) => l.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/food/labs/{v.Id}"))
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("登记承检机构");
        labs.MapPost("/{id:long}/client", (long id, Labs.Labs l, CancellationToken ct) => l.CreateClientAsync(id, ct).ToOk())
            .RequireAuthorization(FoodAccess.OrganisePolicy).WithSummary("为承检机构创建 API 客户端（food.lab，密钥只显示一次；系统管理员）");

        var d = food.MapGroup("/disposals").WithStandardProblems();
        d.MapGet("", (Disposals.Disposals x, string? state, string? q, int? page, int? size, CancellationToken ct) => x.ListAsync(state, q, page ?? 1, size ?? 50, ct))
            .WithSummary("核查处置（state=open|overdue|done）");
        d.MapGet("/{id:long}", (long id, Disposals.Disposals x, CancellationToken ct) => ApiResults.OkOrNotFound(x.GetAsync(id, ct), $"核查处置 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("核查处置详情");
        d.MapPost("/{id:long}/steps/{stepId:long}", (long id, long stepId, CompleteStep cmd, Disposals.Disposals x, CancellationToken ct) => x.CompleteStepAsync(id, stepId, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("完成一项企业义务或核查要点");
        d.MapPost("/{id:long}/complete", (long id, CompleteDisposal cmd, Disposals.Disposals x, CancellationToken ct) => x.CompleteAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("核查处置完成");

        api.MapGroup("/public/food").WithTags("公示").AllowAnonymous()
            .MapGet("/sampling", (PublicSampling p, string? food, string? business, DateOnly? from, DateOnly? to, string? result, int? page, int? size, CancellationToken ct) =>
                p.SearchAsync(food, business, from, to, result, page ?? 1, size ?? 20, ct))
            .WithSummary("食品抽检结果公示（按食品、企业、期间、结论查询）");
    }
}
