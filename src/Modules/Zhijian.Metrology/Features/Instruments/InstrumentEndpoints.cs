using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>/api/v1/metro (器具目录, 台账, 检定机构, 检定结果) and /api/v1/public/metro/replacements (到期轮换公示).</summary>
internal static class InstrumentEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder metro)
    {
        var g = metro.WithStandardProblems();
        g.MapGet("/kinds", (IRuleBook rules, TimeProvider clock) =>
            {
                var today = clock.Today();
                return TypedResults.Ok(InstrumentQueries.Kinds(key => rules.GetInt(key, today)));
            })
            .WithSummary("强检计量器具目录（器具种类、用途、强检方式、使用期限或检定周期（月））");
        g.MapGet("/instruments", (InstrumentQueries queries, string? q, string? kind, string? division, string? status, string? view, int? page, int? size, CancellationToken ct) =>
                queries.ListAsync(new InstrumentFilter(q, kind, division, status, view), page ?? 1, size ?? 50, ct))
            .WithSummary("强检器具台账（q=出厂编号/使用单位/地址；kind 器具种类；division 区划；status 在用|停用|报废；view=due-soon|overdue|failed|unverified|replace；分页）");
        g.MapGet("/instruments/{id:long}", (long id, InstrumentQueries q, CancellationToken ct) =>
                ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"器具 {id} 不在强检计量器具台账中（或不在您的管辖范围内）"))
            .WithSummary("器具详情（登记信息、到期状态、检定记录）");
        g.MapPost("/instruments", (RegisterInstrument cmd, InstrumentRegister r, CancellationToken ct) =>
                r.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/metro/instruments/{v.Id}"))
            .RequireAuthorization(MetrologyAccess.RegisterPolicy).Idempotent()
            .WithSummary("登记强检计量器具（使用单位备案；已首次检定的同时录入检定日期与证书，按器具种类计算到期日；Idempotency-Key）");
        g.MapPost("/instruments/{id:long}/status", (long id, ChangeInstrumentStatus cmd, InstrumentRegister r, CancellationToken ct) => r.ChangeStatusAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(MetrologyAccess.RegisterPolicy).WithSummary("变更器具状态（在用、停用、报废；限期使用的表具报废即到期轮换）");
        g.MapPost("/instruments/{id:long}/clue", (long id, InstrumentRegister r, CancellationToken ct) => r.SendClueAsync(id, ct).ToOk())
            .RequireAuthorization(MetrologyAccess.CheckPolicy).WithSummary("未检定、超期或检定不合格仍在使用：移送案件线索");
        InstrumentImport.Map(g);

        g.MapGet("/bodies", (Verifications v, CancellationToken ct) => v.BodiesAsync(ct)).WithSummary("检定机构");
        g.MapPost("/bodies", (SaveVerificationBody cmd, Verifications v, CancellationToken ct) => v.CreateBodyAsync(cmd, ct).ToCreated(b => $"/api/v1/metro/bodies/{b.Id}"))
            .RequireAuthorization(MetrologyAccess.AdminPolicy).WithSummary("登记检定机构（计量授权证书、授权的器具种类）");
        g.MapPost("/bodies/{id:long}/client", (long id, Verifications v, CancellationToken ct) => v.CreateClientAsync(id, ct).ToOk())
            .RequireAuthorization(MetrologyAccess.AdminPolicy).WithSummary("为检定机构创建 API 客户端（metro.verify；系统管理员；密钥只显示一次）");
        g.MapGet("/verifications", (Verifications v, long? body, bool? late, int? page, int? size, CancellationToken ct) => v.ResultsAsync(body, late, page ?? 1, size ?? 50, ct))
            .WithSummary("检定结果（body 检定机构；late=true 超过承诺日期、应免费检定的）");
        g.MapPost("/verifications", (PostVerification cmd, Verifications v, CancellationToken ct) =>
                v.PostAsync(cmd, ct).ToCreated(x => $"/api/v1/metro/instruments/{x.InstrumentId}"))
            .RequireAuthorization(MetrologyAccess.VerifyPolicy).Idempotent()
            .WithSummary("检定机构报送检定结果（按证书编号幂等；器具以登记编号或出厂编号 + 使用单位指明；未给下次检定日期的按规则计算；Idempotency-Key）");

        var pub = api.MapGroup("/public/metro").WithTags("公示").AllowAnonymous();
        pub.MapGet("/replacements", async Task<Results<Ok<PublicReplacementList>, ProblemHttpResult>> (string? county, string? quarter, int? page, int? size,
                InstrumentQueries q, CancellationToken ct) =>
                await q.ReplacementsAsync(county, quarter, page ?? 1, size ?? 100, ct) is { } list
                    ? TypedResults.Ok(list)
                    : Problems.Validation("county", "请填写县级行政区划代码（6 位，如 370102）"))
            .WithSummary("到期轮换表具季度公示（county 县级区划；quarter 如 2026Q3，默认本季度；居民用户不显示姓名）");
    }
}
