using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Features.Fees;

/// <summary>
/// 涉企收费 measures per county: 涉企收费监管覆盖率 = <see cref="ItemsChecked"/> / <see cref="Items"/> × 100 (registered items checked in the
/// period over the register at its end); 涉企违规收费清退金额 = <see cref="RefundMade"/>; <see cref="RefundOrdered"/> beside it.
/// </summary>
internal sealed class FeeMeasures(PricesDbContext db) : IMeasureSource
{
    public const string Items = "prices.fee_items";
    public const string ItemsChecked = "prices.fee_items_checked";
    public const string RefundOrdered = "prices.fee_refund_ordered";
    public const string RefundMade = "prices.fee_refund_made";

    private const string Where = "计入收费所在县级区划（市级收费项目计入市本级）。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Items, "涉企收费目录清单项目数", "项", MeasureKind.PointInTime, "统计期末在收的涉企收费目录清单项目（期末前登记、期末时未停止收费）。" + Where,
            "/prices/fees?division={division}"),
        new(ItemsChecked, "已核查的涉企收费项目数", "项", MeasureKind.Window,
            "统计期内受理（立项）了投诉举报核查或监督检查的目录清单内收费项目数（同一项目多次核查计 1 项；清单外收费不计）；除以“涉企收费目录清单项目数”即“涉企收费监管覆盖率”。" + Where,
            "/prices/fees?tab=cases&division={division}&from={from}&to={to}"),
        new(RefundOrdered, "责令清退涉企违规收费金额", "元", MeasureKind.Window, "核查结论日期在统计期内、认定违规收费的核查责令清退的金额。" + Where,
            "/prices/fees?tab=cases&division={division}"),
        new(RefundMade, "涉企违规收费清退金额", "元", MeasureKind.Window, "清退日期在统计期内实际清退给企业的金额（分次清退的按每次清退日期计入）。" + Where,
            "/prices/fees?tab=cases&division={division}"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (start, end) = (query.From, query.To);
        var values = new List<MeasureValue>();
        if (want.Contains(Items))
        {
            var until = ChinaTime.EndOfDay(end);
            var rows = await db.FeeItems.AsNoTracking()
                .Where(i => i.DivisionCode.StartsWith(prefix) && i.CreatedAt < until && (i.DeactivatedOn == null || i.DeactivatedOn > end))
                .GroupBy(i => i.County).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.N > 0).Select(r => new MeasureValue(Items, r.County, r.N)));
        }

        if (want.Contains(ItemsChecked))
        {
            var rows = await (from c in db.FeeCases.AsNoTracking()
                              join i in db.FeeItems.AsNoTracking() on c.FeeItemId equals i.Id
                              where c.OpenedOn >= start && c.OpenedOn <= end && i.DivisionCode.StartsWith(prefix)
                              select new { i.County, i.Id }).Distinct()
                .GroupBy(x => x.County).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.N > 0).Select(r => new MeasureValue(ItemsChecked, r.County, r.N)));
        }

        if (want.Contains(RefundOrdered))
        {
            var rows = await db.FeeCases.AsNoTracking()
                .Where(c => c.DivisionCode.StartsWith(prefix) && c.ConcludedOn >= start && c.ConcludedOn <= end
                    && (c.Status == FeeCaseStatus.RefundOrdered || c.Status == FeeCaseStatus.Refunded))
                .GroupBy(c => c.County).Select(g => new { County = g.Key, Sum = g.Sum(c => c.RefundOrdered) }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.Sum != 0m).Select(r => new MeasureValue(RefundOrdered, r.County, r.Sum)));
        }

        if (want.Contains(RefundMade))
        {
            var rows = await db.FeeRefunds.AsNoTracking()
                .Where(r => r.DivisionCode.StartsWith(prefix) && r.RefundedOn >= start && r.RefundedOn <= end)
                .GroupBy(r => r.County).Select(g => new { County = g.Key, Sum = g.Sum(r => r.Amount) }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.Sum != 0m).Select(r => new MeasureValue(RefundMade, r.County, r.Sum)));
        }

        return values;
    }
}
