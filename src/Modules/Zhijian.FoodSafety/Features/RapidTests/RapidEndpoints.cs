using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.FoodSafety.Features.Fuses;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>/api/v1/food/rapid-tests, /food/rapid-points, /food/rapid-items, /food/fuses and /public/food/rapid-tests, /public/food/fuses.</summary>
internal static class RapidEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food)
    {
        var r = food.MapGroup("/rapid-tests").WithStandardProblems();
        r.MapPost("/batch", (RapidBatch cmd, RapidIntake intake, CancellationToken ct) => intake.PostAsync(cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.RapidWritePolicy).Idempotent()
            .WithSummary("快检结果批量报送（每次至多 500 条；结果编号在快检点内唯一，重复报送不重复计入；任一条有误则整批不写入并逐条列出错误；Idempotency-Key）");
        r.MapGet("", (RapidTests s, long? point, DateOnly? from, DateOnly? to, string? result, RapidStatus? status, string? q, int? page, int? size, CancellationToken ct) =>
            s.ListAsync(point, from, to, result, status, q, page ?? 1, size ?? 50, ct)).WithSummary("快检结果（按快检点、日期、结果、状态筛选，分页）");
        r.MapGet("/{id:long}", (long id, RapidTests s, CancellationToken ct) => ApiResults.OkOrNotFound(s.GetAsync(id, ct), $"快检结果 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("快检结果详情（停售通知、异议、实验室检验）");
        r.MapPost("/{id:long}/objection", (long id, ObjectRapid cmd, RapidTests s, CancellationToken ct) => s.ObjectAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.RapidWritePolicy).WithSummary("登记对快检阳性结果的异议（自告知时起 4 小时内，规则 food.rapid-objection.hours）");
        r.MapPost("/{id:long}/lab-order", (long id, OrderLabConfirmation cmd, RapidTests s, CancellationToken ct) => s.OrderLabAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.WorkPolicy).WithSummary("安排实验室复检或确认（生成抽样单；不得采用快速检测方法）");

        var points = food.MapGroup("/rapid-points").WithStandardProblems();
        points.MapGet("", (TestPoints p, CancellationToken ct) => p.ListAsync(ct)).WithSummary("快检点");
        points.MapPost("", (SaveTestPoint cmd, TestPoints p, CancellationToken ct) => p.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/food/rapid-points/{v.Id}"))
            .RequireAuthorization(FoodAccess.FuseAdminPolicy).WithSummary("登记快检点（开办者须在市场主体库中）");
        points.MapPut("/{id:long}", (long id, SaveTestPoint cmd, TestPoints p, CancellationToken ct) => p.SaveAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.FuseAdminPolicy).WithSummary("修改快检点");
        var items = food.MapGroup("/rapid-items").WithStandardProblems();
        items.MapGet("", async (TestPoints p, CancellationToken ct) =>
        {
            await p.EnsureCatalogueAsync(ct);
            return await p.ItemsAsync(ct);
        }).WithSummary("快检项目目录（方法、适用产品类别、依据）");
        items.MapPost("", (SaveRapidItem cmd, TestPoints p, CancellationToken ct) => p.SaveItemAsync(cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.FuseAdminPolicy).WithSummary("新增或修改快检项目");

        var f = food.MapGroup("/fuses").WithStandardProblems();
        f.MapGet("", (Fuses.Fuses s, string? state, CancellationToken ct) => s.ListAsync(state, false, ct)).WithSummary("熔断（state=active|past）");
        f.MapPost("/{id:long}/lift", (long id, LiftSuspension cmd, Fuses.Fuses s, CancellationToken ct) => s.LiftAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.FuseAdminPolicy).WithSummary("解除熔断（须说明理由）");
        f.MapGet("/rules", async (Fuses.Fuses s, CancellationToken ct) =>
        {
            await s.EnsureDefaultRuleAsync(ct);
            return await s.RulesAsync(ct);
        }).WithSummary("熔断规则（按产品类别，含历史版本）");
        f.MapPost("/rules", (SaveFuseRule cmd, Fuses.Fuses s, CancellationToken ct) => s.AddRuleAsync(cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.FuseAdminPolicy).WithSummary("新增熔断规则版本（自生效日期起适用）");

        var pub = api.MapGroup("/public/food").WithTags("公示").AllowAnonymous();
        pub.MapGet("/rapid-tests", (PublicRapid p, CancellationToken ct) => p.MarketsAsync(ct)).WithSummary("市场快检公示：各快检点近 30 日快检量与阳性率");
        pub.MapGet("/rapid-tests/{id:long}", (long id, PublicRapid p, CancellationToken ct) => ApiResults.OkOrNotFound(p.MarketAsync(id, ct), $"快检点 {id} 不存在"))
            .WithSummary("一个市场的快检公示（今日与近期结果、阳性处置、熔断通知；摊位经营者姓名已脱敏）");
        pub.MapGet("/fuses", (Fuses.Fuses s, string? state, CancellationToken ct) => s.ListAsync(state, true, ct)).WithSummary("熔断公示");
    }
}
