using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>A failed item as published: item, measured value, standard value.</summary>
internal sealed record PublicFailedItem(string Item, string Measured, string StandardValue);

/// <summary>
/// 抽检结果公示 row with the S22 fields (food name, specification, production date / batch, failed items, labelled producer
/// name / brand / address, seller name / address) — no personal data: businesses only, no samplers.
/// </summary>
internal sealed record PublicSamplingRow(string FoodName, string Category, string? Brand, string? Specification, string? Batch, DateOnly? ProductionDate,
    string? ProducerName, string? ProducerAddress, string SellerName, string SellerAddress, string Place, string Purpose, DateOnly SampledOn, string Result,
    IReadOnlyList<PublicFailedItem> FailedItems, string Lab, string OrgUnit, DateOnly PublishedOn);

/// <summary>Published sampling results for the portal and GET /api/v1/public/food/sampling, searched and paged in the database.</summary>
internal sealed class PublicSampling(FoodSafetyDbContext db)
{
    public async Task<SamplingPage<PublicSamplingRow>> SearchAsync(string? food, string? business, DateOnly? from, DateOnly? to, string? result, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 100);
        var q = db.SamplingOrders.AsNoTracking().IgnoreQueryFilters().Where(o => o.PublishedOn != null);
        if (!string.IsNullOrWhiteSpace(food)) q = q.Where(o => o.FoodName.Contains(food.Trim()));
        if (!string.IsNullOrWhiteSpace(business))
        {
            var b = business.Trim();
            q = q.Where(o => o.BusinessName.Contains(b) || (o.ProducerName != null && o.ProducerName.Contains(b)));
        }

        if (from is not null) q = q.Where(o => o.SampledOn >= from);
        if (to is not null) q = q.Where(o => o.SampledOn <= to);
        if (result == "合格") q = q.Where(o => o.FinalPassed == true);
        else if (result == "不合格") q = q.Where(o => o.FinalPassed == false);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(o => o.PublishedOn).ThenByDescending(o => o.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var items = await db.SamplingResultItems.AsNoTracking().Where(i => ids.Contains(i.OrderId) && !i.Passed).OrderBy(i => i.Seq).ToListAsync(ct);
        var labIds = rows.Select(r => r.LabId).Distinct().ToList();
        var labs = await db.Labs.AsNoTracking().Where(l => labIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        return new SamplingPage<PublicSamplingRow>([.. rows.Select(o =>
        {
            var mine = items.Where(i => i.OrderId == o.Id).ToList();
            var final = mine.Any(i => i.Retest) ? mine.Where(i => i.Retest) : mine;
            return new PublicSamplingRow(o.FoodName, FoodCategories.Find(o.CategoryCode)?.Name ?? o.CategoryCode, o.Brand, o.Specification, o.BatchNumber, o.ProductionDate,
                o.ProducerName, o.ProducerAddress, o.BusinessName, o.BusinessAddress, SamplingNames.Of(o.Place), SamplingNames.Of(o.Purpose), o.SampledOn,
                SamplingNames.Verdict(o.FinalPassed), o.FinalPassed == false ? [.. final.Select(i => new PublicFailedItem(i.Item, $"{i.Measured}{i.Unit}", i.StandardValue))] : [],
                labs.GetValueOrDefault(o.LabId, ""), o.OrgUnitName, o.PublishedOn!.Value);
        })], total, Math.Max(page, 1), size);
    }
}
