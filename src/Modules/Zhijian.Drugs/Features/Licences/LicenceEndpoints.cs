using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>/api/v1/drugs: 经营企业, 许可证与备案, 延续与变更, 执业药师与在岗检查, 医疗器械经营企业年度自查报告; /api/v1/public/drugs: 药店查询.</summary>
internal static class LicenceEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs)
    {
        var g = drugs.MapGroup("").WithStandardProblems();
        g.MapGet("/businesses", (LicenceBook b, DrugBusinessKind? kind, bool? pharmacies, string? division, string? q, int? page, int? size, CancellationToken ct) =>
            b.BusinessesAsync(kind, pharmacies ?? false, division, q, page ?? 1, size ?? 50, ct))
            .WithSummary("经营企业（kind= 类别；pharmacies=true 零售药店与连锁门店；q= 名称、统一社会信用代码、许可证编号）");
        g.MapGet("/businesses/{id:long}", (long id, LicenceBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.BusinessAsync(id, ct), $"经营企业 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("经营企业详情（许可证与备案、执业药师、在岗检查、年度自查报告）");
        g.MapPost("/businesses", (BusinessInput cmd, LicenceBook b, CancellationToken ct) => b.RegisterBusinessAsync(cmd, ct).ToCreated(r => $"/api/v1/drugs/businesses/{r.Id}"))
            .RequireAuthorization(DrugsAccess.LicencePolicy).Idempotent().WithSummary("登记经营企业（化妆品经营企业登记经营类别；Idempotency-Key）");

        g.MapGet("/licences", (LicenceBook b, string? view, DrugLicenceKind? kind, string? q, string? division, int? page, int? size, CancellationToken ct) =>
            b.LicencesAsync(view, kind, q, division, page ?? 1, size ?? 50, ct))
            .WithSummary("许可证与备案（view=due 即将到期待延续 | missed 已错过延续申请期 | expired 已过期 | valid 有效；kind= 类别）");
        g.MapGet("/licences/{id:long}", (long id, LicenceBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.LicenceAsync(id, ct), $"许可证 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("许可证详情（有效期、延续申请期）");
        g.MapPost("/licences", (LicenceInput cmd, LicenceBook b, CancellationToken ct) => b.SaveLicenceAsync(cmd, ct).ToCreated(r => $"/api/v1/drugs/licences/{r.Id}"))
            .RequireAuthorization(DrugsAccess.LicencePolicy).Idempotent()
            .WithSummary("登记药品经营许可证、医疗器械经营许可证或第二类医疗器械经营备案（有效期按法定年限；Idempotency-Key）");
        g.MapPost("/licences/{id:long}/renewal", (long id, RenewalInput cmd, LicenceBook b, CancellationToken ct) => b.ApplyRenewalAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.LicencePolicy).WithSummary("登记延续申请（药品：届满前6至2个月；医疗器械：届满前90至30个工作日；期外申请不予登记）");
        g.MapPost("/licences/{id:long}/scope-change", (long id, ScopeChangeInput cmd, LicenceBook b, CancellationToken ct) => b.ChangeScopeAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.LicencePolicy).WithSummary("登记经营范围变更（应在变更前至少30日申请）");
        g.MapPost("/licences/{id:long}/status", (long id, LicenceStatusInput cmd, LicenceBook b, CancellationToken ct) => b.StatusAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.AdminPolicy).WithSummary("变更许可证状态（注销、吊销、恢复有效）");

        g.MapPost("/pharmacists", (PharmacistInput cmd, PharmacistBook p, CancellationToken ct) => p.RegisterAsync(cmd, ct).ToCreated(r => $"/api/v1/drugs/businesses/{r.BusinessId}"))
            .RequireAuthorization(DrugsAccess.LicencePolicy).Idempotent().WithSummary("登记执业药师（注册证、执业范围；Idempotency-Key）");
        g.MapGet("/pharmacist-checks", (PharmacistBook p, string? view, DateOnly? from, DateOnly? to, string? division, int? page, int? size, CancellationToken ct) =>
            p.ChecksAsync(view, from, to, division, page ?? 1, size ?? 50, ct)).WithSummary("执业药师在岗检查（view=absent 应配备而不在岗）");
        g.MapPost("/pharmacist-checks", (DutyCheckInput cmd, PharmacistBook p, CancellationToken ct) => p.CheckAsync(cmd, ct).ToCreated(r => $"/api/v1/drugs/businesses/{r.BusinessId}"))
            .RequireAuthorization(DrugsAccess.DutyPolicy).Idempotent()
            .WithSummary("登记执业药师在岗检查（检查人员或药店自报 drugs.sales；Idempotency-Key）");

        g.MapGet("/self-reports", (SelfReports s, int? year, string? division, CancellationToken ct) => s.YearAsync(year, division, ct))
            .WithSummary("医疗器械经营企业年度自查报告（year= 自查年度：应报、按期、逾期、未报及名单）");
        g.MapPost("/self-reports", (SelfReportInput cmd, SelfReports s, CancellationToken ct) => s.SubmitAsync(cmd, ct).ToCreated(r => $"/api/v1/drugs/businesses/{r.BusinessId}"))
            .RequireAuthorization(DrugsAccess.SelfReportPolicy).Idempotent()
            .WithSummary("提交医疗器械经营企业年度自查报告（企业系统 drugs.adr 或工作人员代录；3月31日后提交的记为逾期；Idempotency-Key）");

        var pub = api.MapGroup("/public/drugs").WithTags("公示").AllowAnonymous();
        pub.MapGet("/pharmacies", (LicenceBook b, ActorContext actor, string? county, string? q, int? page, int? size, CancellationToken ct) =>
        {
            actor.UsePublic();
            return b.PublicPharmaciesAsync(county, q, page ?? 1, size ?? 20, ct);
        }).WithSummary("药店查询（持有效药品经营许可证的零售药店：许可证编号、有效期、执业药师）");
    }
}
