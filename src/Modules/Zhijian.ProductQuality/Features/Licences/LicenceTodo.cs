using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>
/// 工作台 to-dos of the licence area: application steps near or past their deadline (on-site check, samples, decision), licences due for
/// renewal without an application, licences expired and still producing, and 限期整改 checks past their time limit.
/// </summary>
internal sealed class LicenceTodo(QualityDbContext db, LicenceRules rules) : ITodoSource
{
    public string Module => "产品质量";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || a.IsInRole(Roles.Registrar) || QualityAccess.CanAdminister(a))) return [];
        var today = ctx.Today;
        var items = new List<TodoItem>();
        var open = await db.LicenceApplications.AsNoTracking().Where(x => x.Decision == null).OrderBy(x => x.DecisionDue).Take(500).ToListAsync(ct);
        var steps = open.Select(x => (App: x, Next: LicenceApplications.Next(x))).Where(x => x.Next.Due is not null).OrderBy(x => x.Next.Due);
        items.AddRange(ctx.Cap(steps.Select(x => ctx.Deadline(Module, $"生产许可申请{x.Next.Stage}", $"{x.App.Number} {x.App.ApplicantName}（{x.App.ProductNames}）",
                x.Next.Due!.Value, "/pq/licences?tab=applications")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他生产许可申请", $"另有 {n} 件", null, "/pq/licences?tab=applications")));

        var limit = today.AddMonths(rules.RenewalMonths(today));
        var renewals = await db.Licences.AsNoTracking().CountAsync(l => l.Status == LicenceStatus.Valid && l.ValidTo >= today && l.ValidTo <= limit
            && !db.LicenceApplications.Any(x => x.Kind == ApplicationKind.Renewal && x.LicenceNumber == l.Number && x.ReceivedOn >= l.IssuedOn
                && x.Decision != ApplicationDecision.Refused && x.Decision != ApplicationDecision.Withdrawn), ct);
        if (renewals > 0)
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "提醒生产许可证到期延续", $"{renewals} 张生产许可证 {rules.RenewalMonths(today)} 个月内到期、尚未申请延续", null,
                "/pq/licences?tab=renewal")
            { Count = renewals });
        var producing = await db.Licences.AsNoTracking().CountAsync(l => l.ProducingAfterExpiry && (l.Status == LicenceStatus.Expired || (l.Status == LicenceStatus.Valid && l.ValidTo < today)), ct);
        if (producing > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "查处生产许可证过期仍在生产", $"{producing} 家企业生产许可证过期后仍在生产", null, "/pq/licences?tab=renewal&view=producing") { Count = producing });
        var rectify = await db.LicenceChecks.AsNoTracking().Where(c => c.Result == CheckResult.Rectify && c.RectifyBy != null && c.RectifyBy <= ctx.DueSoonLimit
            && !db.LicenceChecks.Any(d => d.LicenceId == c.LicenceId && d.On > c.On)).OrderBy(c => c.RectifyBy).Take(200).ToListAsync(ct);
        items.AddRange(ctx.Cap(rectify.Select(c => ctx.Deadline(Module, "复查证后检查限期整改", $"{c.LicenceNumber} {c.HolderName}", c.RectifyBy!.Value, "/pq/licences?tab=checks"))
            .OfType<TodoItem>(), (kind, n) => new TodoItem(Module, kind, "其他限期整改", $"另有 {n} 家", null, "/pq/licences?tab=checks")));
        return items;
    }
}
