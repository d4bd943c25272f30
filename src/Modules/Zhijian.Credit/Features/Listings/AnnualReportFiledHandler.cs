using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Events;

namespace Zhijian.Credit.Features.Listings;

/// <summary>
/// 补报年报移出: when the missing report is filed, the ground-1 listing (or marking) for that year is cured and removed
/// on the filing date with a generated removal decision number; RemovalDue records the 5 WD limit. Idempotent: a
/// listing no longer Listed is left alone.
/// </summary>
internal sealed class AnnualReportFiledHandler(CreditDbContext db, Listings listings) : IEventHandler<AnnualReportFiled>
{
    public async Task HandleAsync(AnnualReportFiled domainEvent, EventContext context, CancellationToken ct)
    {
        var open = await db.Listings
            .Where(l => l.Uscc == domainEvent.Uscc && l.Ground == ListingGround.AnnualReportMissing && l.ReportYear == domainEvent.Year
                && l.Status == ListingStatus.Listed)
            .ToListAsync(ct);
        foreach (var listing in open)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await listings.ApplyRemovedAsync(listing, domainEvent.FiledOn, domainEvent.FiledOn, $"已补报 {domainEvent.Year} 年度报告并公示", null, ct))
                continue; // removed meanwhile by a clerk
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }
}
