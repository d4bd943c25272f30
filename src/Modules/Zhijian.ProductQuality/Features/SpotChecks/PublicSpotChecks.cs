using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 产品质量监督抽查结果公示: results notified to the firm (passed and failed), by product or firm name; the final conclusion
/// (a result under retest shows as 复检中); no person names.
/// </summary>
internal sealed class PublicSpotChecks(QualityDbContext db)
{
    public async Task<PqPage<PublicSpotCheck>> SearchAsync(string? q, string? conclusion, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 100);
        var query = db.Samples.IgnoreQueryFilters().AsNoTracking().Where(s => s.NotifiedOn != null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            if (t.Length > 50) t = t[..50];
            query = query.Where(s => s.ProductName.Contains(t) || s.ProducerName.Contains(t) || (s.SellerName != null && s.SellerName.Contains(t)) || s.CategoryName.Contains(t));
        }

        if (conclusion == "failed") query = query.Where(s => s.Conclusion == SampleConclusion.Failed && s.Objection != ObjectionStatus.Overturned);
        if (conclusion == "passed") query = query.Where(s => s.Conclusion == SampleConclusion.Passed || s.Objection == ObjectionStatus.Overturned);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.SampledOn).ThenByDescending(s => s.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Join(db.Plans.IgnoreQueryFilters(), s => s.PlanId, p => p.Id, (s, p) => new { s, p.OrgUnitName }).ToListAsync(ct);
        return new([.. rows.Select(r => new PublicSpotCheck(r.s.ProducerName, r.s.SellerName, r.s.ProductName, r.s.Brand, r.s.Model, r.s.Batch, r.s.CategoryName,
            r.s.Objection is ObjectionStatus.Filed or ObjectionStatus.Accepted ? "不合格（复检中）" : Samples.ConclusionName(r.s),
            r.s.FinalFailed ? r.s.FailedItems : null, r.OrgUnitName, r.s.SampledOn))], total, Math.Max(page, 1), size);
    }
}
