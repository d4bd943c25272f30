using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 缺陷产品召回公告 for the portal and GET /api/v1/public/pq/recalls: every recall with a published notice, searched by product or
/// firm and kind, paged in the database; firms, products, units and progress only (no staff, no personal data).
/// </summary>
internal sealed class PublicRecalls(QualityDbContext db)
{
    public async Task<RecallPage<PublicRecallRow>> SearchAsync(string? q, ProductKind? kind, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 100);
        page = Math.Clamp(page, 1, 100_000);
        var query = db.Recalls.AsNoTracking().IgnoreQueryFilters().Where(r => r.NoticeOn != null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(r => r.FirmName.Contains(t) || r.Product.Contains(t) || r.Models.Contains(t) || r.Number == t);
        }

        if (kind is { } k && Enum.IsDefined(k)) query = query.Where(r => r.Kind == k);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.NoticeOn).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new RecallPage<PublicRecallRow>([.. rows.Select(r => new PublicRecallRow(r.Number, RecallNames.Of(r.Kind), RecallNames.Of(r.Mode), r.FirmName,
            r.Product, r.Models, r.AffectedUnits, r.NoticeOn!.Value, PublicStatus(r.Status)))], total, page, size);
    }

    public async Task<PublicRecallNotice?> NoticeAsync(string number, CancellationToken ct)
    {
        var r = await db.Recalls.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(x => x.Number == number && x.NoticeOn != null, ct);
        if (r is null) return null;
        return new PublicRecallNotice(r.Number, RecallNames.Of(r.Kind), RecallNames.Of(r.Mode), r.FirmName, r.Product, r.Category, r.Models, r.ProducedFrom,
            r.ProducedTo, r.AffectedUnits, r.Defect, r.Hazard, RecallNames.Of(r.Measures), r.Scope, r.PlanStart, r.PlanEnd, r.Contact, r.NoticeOn!.Value,
            r.NoticeText ?? "", r.RecalledUnits, RecallEffect.Ratio(r.RecalledUnits, r.AffectedUnits), PublicStatus(r.Status), r.OrgUnitName);
    }

    private static string PublicStatus(RecallStatus s) => s switch
    {
        RecallStatus.Completed => "召回已结束",
        RecallStatus.Refused => "企业拒不召回，已依法处理",
        _ => "召回进行中",
    };
}

/// <summary>The portal home's 缺陷产品召回 section: the newest notices.</summary>
internal sealed class QualityRecallsHomeSection(PublicRecalls recalls) : IPortalHomeSection
{
    public string Title => "缺陷产品召回";

    public int Order => 335;

    public string MoreHref => "/gs/pq/recalls";

    public async Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct) =>
        [.. (await recalls.SearchAsync(null, null, 1, Math.Max(1, max), ct)).Items
            .Select(r => new PortalItem($"{r.FirmName}召回{r.Product}（{r.Kind}）", r.NoticeOn, $"/gs/pq/recalls/{r.Number}", r.Status))];
}
