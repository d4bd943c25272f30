using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 食品召回公告 for the portal and GET /api/v1/public/food/recalls: every announced recall (from its announcement date on), searched
/// and paged in the database — producers, products, batches, level, reason, dates; no personal data (no staff, no witnesses).
/// </summary>
internal sealed class PublicRecalls(FoodSafetyDbContext db)
{
    public async Task<RecallPage<PublicRecallRow>> SearchAsync(string? q, int? level, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 100);
        var query = db.Recalls.AsNoTracking().IgnoreQueryFilters().Where(r => r.AnnouncedOn != null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(r => r.ProducerName.Contains(t) || r.Number == t || db.RecallProducts.Any(p => p.RecallId == r.Id && p.Name.Contains(t)));
        }

        if (level is { } l) query = query.Where(r => r.Level == (RecallLevel)l);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(r => new { r.Id, r.Number, r.ProducerName, r.Level, r.Kind, r.Reason, r.AnnouncedOn, r.Status }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var products = await db.RecallProducts.AsNoTracking().IgnoreQueryFilters().Where(p => ids.Contains(p.RecallId)).OrderBy(p => p.Seq).ToListAsync(ct);
        var batches = await db.RecallBatches.AsNoTracking().IgnoreQueryFilters().Where(b => ids.Contains(b.RecallId)).OrderBy(b => b.Id).ToListAsync(ct);
        return new RecallPage<PublicRecallRow>([.. rows.Select(r => new PublicRecallRow(r.Number, r.ProducerName,
            string.Join("、", products.Where(p => p.RecallId == r.Id).Select(p => p.Specification is null ? p.Name : $"{p.Name}（{p.Specification}）")),
            string.Join("、", batches.Where(b => b.RecallId == r.Id).Select(b => b.Lot)),
            RecallNames.Of(r.Level), RecallNames.Of(r.Kind), r.Reason, r.AnnouncedOn!.Value, PublicStatus(r.Status)))], total, Math.Max(page, 1), size);
    }

    public async Task<PublicRecallNotice?> NoticeAsync(string number, CancellationToken ct)
    {
        var r = await db.Recalls.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(x => x.Number == number && x.AnnouncedOn != null, ct);
        if (r is null) return null;
        var products = await db.RecallProducts.AsNoTracking().IgnoreQueryFilters().Where(p => p.RecallId == r.Id).OrderBy(p => p.Seq).ToListAsync(ct);
        var batches = await db.RecallBatches.AsNoTracking().IgnoreQueryFilters().Where(b => b.RecallId == r.Id).OrderBy(b => b.Id).ToListAsync(ct);
        return new PublicRecallNotice(r.Number, r.ProducerName, r.ProducerAddress, RecallNames.Of(r.Level), r.LevelDefinition, RecallNames.Of(r.Kind), r.Reason,
            r.AnnouncedOn!.Value, r.AnnouncementText ?? "", PublicStatus(r.Status), r.Status >= RecallStatus.Completed ? r.CompletedOn : null, r.OrgUnitName,
            [.. batches.Select(b => products.First(p => p.Id == b.ProductId) is var p ? new PublicRecallBatch(p.Name, p.Specification, p.Gtin, b.Lot, b.ProductionDate) : null!)]);
    }

    private static string PublicStatus(RecallStatus s) => s >= RecallStatus.Completed ? "召回已完成" : "召回进行中";
}

/// <summary>The portal home's 食品召回 section: the newest announcements.</summary>
internal sealed class RecallsHomeSection(PublicRecalls recalls) : IPortalHomeSection
{
    public string Title => "食品召回";

    public int Order => 330;

    public string MoreHref => "/gs/food/recalls";

    public async Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct) =>
        [.. (await recalls.SearchAsync(null, null, 1, Math.Max(1, max), ct)).Items
            .Select(r => new PortalItem($"{r.ProducerName}召回{r.Products}（{r.Level}）", r.AnnouncedOn, $"/gs/food/recalls/{r.Number}", r.Status))];
}
