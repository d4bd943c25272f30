using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Credit.Features.Statistics;

/// <summary>
/// 信用监管 measures for the supervision centre: entities newly in risk class D, 经营异常名录 listings. Counted in the
/// database per county (first six digits of the entity's division), inside the caller's jurisdiction and the query's root.
/// </summary>
internal sealed class CreditMeasures(CreditDbContext db) : IMeasureSource
{
    public const string ClassDNew = "credit.class_d_new";
    public const string AbnormalListed = "credit.abnormal_listed";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(ClassDNew, "新增D类（高风险）企业数", "户", MeasureKind.Window,
            "当前信用风险分类为D类（高风险），且最近一次类别变化（含首次分类）日期落在统计期内的市场主体户数。系统只保存当前类别及其变化日期：统计期内变为D类后又变为其他类别的不计；统计期前已为D类的不计。计入主体的属地县级区划。",
            "/credit/risk"),
        new(AbnormalListed, "列入经营异常名录户数", "户", MeasureKind.Window,
            "列入日期（列入决定日期）落在统计期内的经营异常名录列入户数，按统一社会信用代码去重（同一主体统计期内因多个事由列入计1户）；含其后已移出的；拟列入待确认或被否决的不计；个体工商户“标记经营异常状态”和严重违法失信名单不计。计入主体的属地县级区划。",
            "/credit/listings"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var values = new List<MeasureValue>();

        if (want.Contains(ClassDNew))
        {
            var rows = await db.Risks.AsNoTracking()
                .Where(r => r.Class == RiskClass.D && r.ClassChangedOn >= from && r.ClassChangedOn <= to && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(values, ClassDNew, r.County, r.N);
        }

        if (want.Contains(AbnormalListed))
        {
            var rows = await db.Listings.AsNoTracking()
                .Where(l => l.List == CreditList.Abnormal && l.ListedOn >= from && l.ListedOn <= to
                    && l.Status != ListingStatus.Proposed && l.Status != ListingStatus.Rejected
                    && l.DivisionCode.StartsWith(prefix))
                .GroupBy(l => l.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Select(l => l.Uscc).Distinct().Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(values, AbnormalListed, r.County, r.N);
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, string code, string county, int n)
    {
        if (n != 0) values.Add(new MeasureValue(code, county, n));
    }
}
