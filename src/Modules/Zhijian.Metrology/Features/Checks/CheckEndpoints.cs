using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Checks;

/// <summary>/api/v1/metro/checks (民生计量检查) and /api/v1/metro/package-checks (定量包装商品净含量检验).</summary>
internal static class CheckEndpoints
{
    public static void Map(RouteGroupBuilder metro)
    {
        var g = metro.WithStandardProblems();
        g.MapGet("/checks", (LivelihoodChecks c, string? place, string? division, string? view, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
                c.ListAsync(place, division, view, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("民生计量检查（place 集贸市场|加油站|医疗机构；view=failed|recheck 待复查|recheck-overdue 逾期未复查；from/to 检查日期）");
        g.MapGet("/checks/{id:long}", (long id, LivelihoodChecks c, CancellationToken ct) => ApiResults.OkOrNotFound(c.GetAsync(id, ct), $"民生计量检查 {id} 不存在（或不在您的管辖范围内）"))
            .WithSummary("民生计量检查详情（逐项结果、整改期限、复查）");
        g.MapPost("/checks", (RecordCheck cmd, LivelihoodChecks c, CancellationToken ct) => c.RecordAsync(cmd, ct).ToCreated(v => $"/api/v1/metro/checks/{v.Id}"))
            .RequireAuthorization(MetrologyAccess.CheckPolicy).Idempotent()
            .WithSummary("登记民生计量检查（集贸市场公平秤、加油站加油机、医疗机构计量器具；不合格的按工作日计算整改期限；Idempotency-Key）");
        g.MapPost("/checks/{id:long}/recheck", (long id, RecordRecheck cmd, LivelihoodChecks c, CancellationToken ct) => c.RecheckAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(MetrologyAccess.CheckPolicy).WithSummary("登记复查（复查仍不合格的移送案件线索）");
        g.MapGet("/package-checks", (LivelihoodChecks c, string? division, bool? passed, int? page, int? size, CancellationToken ct) =>
                c.PackagesAsync(division, passed, page ?? 1, size ?? 50, ct))
            .WithSummary("定量包装商品净含量检验（passed 结论；division 区划）");
        g.MapGet("/package-checks/plan", Results<Ok<PackagePlanView>, ProblemHttpResult> (decimal? nominal, int? batch, TimeProvider clock) =>
                nominal is not { } n || n <= 0 ? Problems.Validation("nominal", "请填写标注净含量（g 或 mL）")
                : batch is not { } b || b < 1 ? Problems.Validation("batch", "请填写检验批量（正整数）")
                : TypedResults.Ok(LivelihoodChecks.Plan(n, b, clock.Today())))
            .WithSummary("抽样方案与允许短缺量 T（按标注净含量与批量）");
        g.MapPost("/package-checks", (RecordPackageCheck cmd, LivelihoodChecks c, CancellationToken ct) =>
                c.RecordPackageAsync(cmd, ct).ToCreated(v => $"/api/v1/metro/package-checks?id={v.Id}"))
            .RequireAuthorization(MetrologyAccess.CheckPolicy).Idempotent()
            .WithSummary("登记定量包装商品净含量检验（按 JJF 1070 判定：平均实际含量、短缺量大于 T 的件数、短缺量大于 2T 的件数；Idempotency-Key）");
    }
}
