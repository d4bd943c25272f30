using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.FoodSafety.Features.Businesses;

/// <summary>
/// 食品生产经营者 measures for the supervision centre: active businesses, graded ones (风险分级覆盖率 = graded / active), valid
/// licences. Point-in-time stocks as of now (the tables keep the current state), counted per county in the database.
/// </summary>
internal sealed class FoodBusinessMeasures(FoodSafetyDbContext db, TimeProvider clock) : IMeasureSource
{
    public const string Active = "food.businesses_active";
    public const string Graded = "food.businesses_graded";
    public const string Licences = "food.licences_valid";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Active, "在营食品生产经营者户数", "户", MeasureKind.PointInTime,
            "持有有效食品生产许可、食品经营许可或备案、小作坊/摊贩登记的食品生产经营者户数（同一主体不同经营场所分别计）；全部许可注销、吊销的不计。按经营场所属地县级区划统计。系统只保存当前状态，统计截至当前。风险分级覆盖率 = 已分级户数 / 在营户数。",
            "/food/businesses?division={division}"),
        new(Graded, "已风险分级的食品生产经营者户数", "户", MeasureKind.PointInTime,
            "在营食品生产经营者中已按风险分级模型评定 A、B、C、D 级的户数。按经营场所属地县级区划统计，统计截至当前。为风险分级覆盖率的分子。",
            "/food/grading"),
        new(Licences, "有效食品许可件数", "件", MeasureKind.PointInTime,
            "状态为有效且未过有效期的食品生产许可证、食品经营许可证、小作坊/摊贩登记件数与备案件数之和。按许可属地县级区划统计，统计截至当前。",
            "/food/businesses?division={division}"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Contains(Active) || want.Contains(Graded))
        {
            var rows = await db.Businesses.AsNoTracking().Where(b => b.Active && b.DivisionCode.StartsWith(prefix))
                .GroupBy(b => b.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), Graded = g.Count(b => b.Grade != null) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (want.Contains(Active) && r.N > 0) values.Add(new(Active, r.County, r.N));
                if (want.Contains(Graded) && r.Graded > 0) values.Add(new(Graded, r.County, r.Graded));
            }
        }

        if (want.Contains(Licences))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Platform.Calendar.ChinaTime.Zone).DateTime);
            var rows = await db.Licences.AsNoTracking()
                .Where(l => l.Status == FoodLicenceStatus.Valid && (l.ValidUntil == null || l.ValidUntil >= today) && l.DivisionCode.StartsWith(prefix))
                .GroupBy(l => l.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) values.Add(new(Licences, r.County, r.N));
        }

        return values;
    }
}
