using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>/api/v1/pq: 许可证目录, 生产许可证, 申请与审查时限, 证后检查与覆盖率, CCC 证书与标志检查.</summary>
internal static class LicenceEndpoints
{
    public static void Map(RouteGroupBuilder pq)
    {
        var g = pq.MapGroup("").WithStandardProblems();
        g.MapGet("/licence-catalogue", (LicenceBook b, DateOnly? on) => b.Catalogue(on))
            .WithSummary("工业产品生产许可证实施目录（on= 某日施行的版本：类别、品种、审批层级、有效期年数、本版新增品种）");

        g.MapGet("/licences", (LicenceBook b, string? view, string? q, LicenceStatus? status, string? division, int? page, int? size, CancellationToken ct) =>
            b.ListAsync(view, q, status, division, page ?? 1, size ?? 50, ct))
            .WithSummary("生产许可证（view=renewal 到期待延续 | expired 已过期 | producing 过期仍在生产；q= 编号、企业、品种）");
        g.MapGet("/licences/{id:long}", (long id, LicenceBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.GetAsync(id, ct), $"生产许可证 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("生产许可证详情（品种、申请记录、证后检查）");
        g.MapPost("/licences", async (LicenceInput cmd, LicenceBook b, ActorContext actor, CancellationToken ct) =>
            Saved(await b.SaveAsync(cmd, actor.Current.IsApiClient ? LicenceSource.Pushed : LicenceSource.Entered, ct), r => $"/api/v1/pq/licences/{r.Id}"))
            .RequireAuthorization(QualityAccess.LicencePolicy).Idempotent()
            .WithSummary("推送或登记生产许可证（同一编号再次提交即更新；品种须在实施目录中；Idempotency-Key）");
        g.MapPost("/licences/{id:long}/status", (long id, LicenceStatusInput cmd, LicenceBook b, CancellationToken ct) => b.StatusAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LicencePolicy).WithSummary("变更证书状态（注销、撤销、吊销、恢复有效）");

        g.MapGet("/licence-applications", (LicenceApplications a, string? view, string? q, string? division, int? page, int? size, CancellationToken ct) =>
            a.ListAsync(view, q, division, page ?? 1, size ?? 50, ct))
            .WithSummary("生产许可申请（view=open 审查中 | due-soon 即将到期 | overdue 已超期 | done 已决定 | all）");
        g.MapPost("/licence-applications", (ApplicationInput cmd, LicenceApplications a, CancellationToken ct) =>
            a.ReceiveAsync(cmd, ct).ToCreated(r => $"/api/v1/pq/licence-applications/{r.Id}"))
            .RequireAuthorization(QualityAccess.LicencePolicy).Idempotent().WithSummary("登记受理的生产许可申请（计算实地核查、决定期限；Idempotency-Key）");
        g.MapPost("/licence-applications/{id:long}/on-site", (long id, OnSiteInput cmd, LicenceApplications a, CancellationToken ct) => a.OnSiteAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LicencePolicy).WithSummary("登记实地核查结论（符合并封存样品的，计算送检期限）");
        g.MapPost("/licence-applications/{id:long}/samples", (long id, SamplesInput cmd, LicenceApplications a, CancellationToken ct) => a.SamplesAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LicencePolicy).WithSummary("登记封存样品送检");
        g.MapPost("/licence-applications/{id:long}/decision", (long id, DecisionInput cmd, LicenceApplications a, CancellationToken ct) => a.DecideAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(QualityAccess.LicencePolicy).WithSummary("登记许可决定（准予、不予、撤回）");

        g.MapGet("/licence-checks", (LicenceChecks c, int? year, CheckResult? result, bool? unlicensed, string? q, string? division, int? page, int? size, CancellationToken ct) =>
            c.ListAsync(year, result, unlicensed, q, division, page ?? 1, size ?? 50, ct)).WithSummary("证后监督检查与无证生产记录");
        g.MapPost("/licence-checks", (CheckInput cmd, LicenceChecks c, CancellationToken ct) => c.RecordAsync(cmd, ct).ToCreated(r => $"/api/v1/pq/licence-checks?q={r.HolderUscc}"))
            .RequireAuthorization(QualityAccess.LicencePolicy).Idempotent()
            .WithSummary("登记证后监督检查或无证生产（不合格、过期仍生产、无证生产移送案件线索；Idempotency-Key）");
        g.MapGet("/licence-coverage", (LicenceChecks c, int? year, CancellationToken ct) => c.CoverageAsync(year, ct))
            .WithSummary("许可证后监管覆盖率（年度内有效证书中至少检查一次的比例，及未检查的证书）");

        g.MapGet("/ccc/certificates", (CccBook b, string? q, CccStatus? status, string? view, string? division, int? page, int? size, CancellationToken ct) =>
            b.ListAsync(q, status, view, division, page ?? 1, size ?? 50, ct)).WithSummary("本地企业 CCC 证书（view=expiring 即将到期）");
        g.MapPost("/ccc/certificates", async (CccInput cmd, CccBook b, ActorContext actor, CancellationToken ct) =>
            Saved(await b.SaveAsync(cmd, actor.Current.IsApiClient ? LicenceSource.Pushed : LicenceSource.Entered, ct), r => $"/api/v1/pq/ccc/certificates?q={r.Number}"))
            .RequireAuthorization(QualityAccess.LicencePolicy).Idempotent().WithSummary("推送或登记 CCC 证书（同一编号再次提交即更新；Idempotency-Key）");
        g.MapGet("/ccc/checks", (CccBook b, MarkResult? result, DateOnly? from, DateOnly? to, string? q, string? division, int? page, int? size, CancellationToken ct) =>
            b.ChecksAsync(result, from, to, q, division, page ?? 1, size ?? 50, ct)).WithSummary("市场 CCC 标志检查");
        g.MapPost("/ccc/checks", (MarkCheckInput cmd, CccBook b, CancellationToken ct) => b.CheckAsync(cmd, ct).ToCreated(r => $"/api/v1/pq/ccc/checks?q={r.SellerUscc}"))
            .RequireAuthorization(QualityAccess.LicencePolicy).Idempotent()
            .WithSummary("登记市场 CCC 标志检查（本地证书自动核对；不合格移送案件线索；Idempotency-Key）");
    }

    private static Results<Created<T>, Ok<T>, ProblemHttpResult> Saved<T>(Result<(T Row, bool Created)> r, Func<T, string> location) =>
        !r.IsSuccess ? r.ToProblem() : r.Value.Created ? TypedResults.Created(location(r.Value.Row), r.Value.Row) : TypedResults.Ok(r.Value.Row);
}
