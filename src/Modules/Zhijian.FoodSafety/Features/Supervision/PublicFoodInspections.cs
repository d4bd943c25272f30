using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>A published inspection result as the public sees it: business, result, date, bureau — never the inspectors.</summary>
internal sealed record PublicFoodInspection(string Number, string BusinessName, string Uscc, string TypeName, string Result, DateOnly InspectedOn, DateOnly PublishedOn, string Bureau);

internal sealed record PublicFoodInspectionPage(int Total, int Page, int Pages, IReadOnlyList<PublicFoodInspection> Items);

/// <summary>食品监督检查结果公示: published results, searchable by business name (or USCC) and period.</summary>
internal sealed class PublicFoodInspections(FoodSafetyDbContext db, ActorContext actor)
{
    public const int PageSize = 20;

    public async Task<PublicFoodInspectionPage> SearchAsync(string? q, DateOnly? from, DateOnly? to, int page, CancellationToken ct)
    {
        actor.UsePublic();
        var query = db.Inspections.AsNoTracking().Where(i => i.PublishedOn != null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            if (t.Length > 100) t = t[..100];
            var u = t.ToUpperInvariant();
            query = query.Where(i => i.BusinessName.Contains(t) || i.Uscc == u);
        }

        if (from is { } f) query = query.Where(i => i.InspectedOn >= f);
        if (to is { } until) query = query.Where(i => i.InspectedOn <= until);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query.OrderByDescending(i => i.PublishedOn).ThenByDescending(i => i.Id).Skip(Paging.Skip(page, PageSize)).Take(PageSize)
            .Select(i => new { i.Id, i.BusinessName, i.Uscc, i.BusinessType, i.Result, i.InspectedOn, i.PublishedOn, i.OrgUnitName }).ToListAsync(ct);
        return new PublicFoodInspectionPage(total, page, pages, [.. rows.Select(i => new PublicFoodInspection(InspectionRules.NumberOf(i.Id, i.InspectedOn), i.BusinessName, i.Uscc,
            InspectionRecords.BusinessTypeName(i.BusinessType), InspectionRules.Name(i.Result), i.InspectedOn, i.PublishedOn!.Value, i.OrgUnitName))]);
    }
}

/// <summary>The portal home's section: the latest published food inspection results.</summary>
internal sealed class FoodInspectionsHomeSection(PublicFoodInspections inspections) : IPortalHomeSection
{
    public string Title => "食品监督检查";

    public int Order => 310;

    public string MoreHref => "/gs/food/inspections";

    public async Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct) =>
        [.. (await inspections.SearchAsync(null, null, null, 1, ct)).Items.Take(max)
            .Select(i => new PortalItem($"{i.BusinessName}：{i.Result}", i.PublishedOn, $"/gs/food/inspections?q={Uri.EscapeDataString(i.Uscc)}", i.Bureau))];
}
