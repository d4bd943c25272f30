using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.Platform.Codes;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>A market with its last-30-days figures.</summary>
internal sealed record PublicMarket(long Id, string Name, string Kind, string Division, string Address, int Tests, int Positives, decimal? PositiveRate);

/// <summary>A result as the public sees it (stall operator masked).</summary>
internal sealed record PublicRapidResult(DateTimeOffset TestedAt, string Stall, string StallOperator, string ProductName, string Item, string Method, string Result,
    string Status);

internal sealed record PublicMarketPage(PublicMarket Market, IReadOnlyList<PublicRapidResult> Today, IReadOnlyList<PublicRapidResult> Recent,
    IReadOnlyList<PublicRapidResult> Positives, IReadOnlyList<Fuses.SuspensionRow> Notices);

/// <summary>The portal's 市场快检 pages: per-market counts (GROUP BY in SQL) and one market's screen.</summary>
internal sealed class PublicRapid(FoodSafetyDbContext db, Fuses.Fuses fuses, TimeProvider clock)
{
    public const int Days = 30;

    public async Task<IReadOnlyList<PublicMarket>> MarketsAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-Days);
        var points = await db.TestPoints.IgnoreQueryFilters().AsNoTracking().Where(p => p.Active).OrderBy(p => p.DivisionCode).ThenBy(p => p.Name).ToListAsync(ct);
        var counts = await db.RapidTests.IgnoreQueryFilters().AsNoTracking().Where(t => t.TestedAt >= since).GroupBy(t => t.TestPointId)
            .Select(g => new { g.Key, N = g.Count(), P = g.Count(t => t.Positive) }).ToDictionaryAsync(x => x.Key, ct);
        return [.. points.Select(p =>
        {
            var c = counts.GetValueOrDefault(p.Id);
            return new PublicMarket(p.Id, p.Name, RapidNames.Of(p.Kind), DivisionTable.Default.FullName(p.DivisionCode), p.Address, c?.N ?? 0, c?.P ?? 0,
                c is { N: > 0 } ? Math.Round(100m * c.P / c.N, 2) : null);
        })];
    }

    public async Task<PublicMarketPage?> MarketAsync(long id, CancellationToken ct)
    {
        var p = await db.TestPoints.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.Active, ct);
        if (p is null) return null;
        var now = clock.GetUtcNow();
        var since = now.AddDays(-Days);
        var today = Platform.Calendar.ChinaTime.StartOfDay(Platform.Calendar.ChinaTime.ToChinaDate(now));
        var tests = db.RapidTests.IgnoreQueryFilters().AsNoTracking().Where(t => t.TestPointId == id);
        var n = await tests.CountAsync(t => t.TestedAt >= since, ct);
        var pos = await tests.CountAsync(t => t.TestedAt >= since && t.Positive, ct);
        var todays = await tests.Where(t => t.TestedAt >= today).OrderByDescending(t => t.TestedAt).Take(200).ToListAsync(ct);
        var recent = await tests.Where(t => t.TestedAt < today).OrderByDescending(t => t.TestedAt).Take(50).ToListAsync(ct);
        var positives = await tests.Where(t => t.TestedAt >= since && t.Positive).OrderByDescending(t => t.TestedAt).Take(100).ToListAsync(ct);
        var market = new PublicMarket(p.Id, p.Name, RapidNames.Of(p.Kind), DivisionTable.Default.FullName(p.DivisionCode), p.Address, n, pos, n > 0 ? Math.Round(100m * pos / n, 2) : null);
        return new PublicMarketPage(market, [.. todays.Select(View)], [.. recent.Select(View)], [.. positives.Select(View)], await fuses.ActiveForPointAsync(id, ct));
    }

    private PublicRapidResult View(RapidTest t) => new(t.TestedAt, t.Stall, RapidNames.Mask(t.StallOperator), t.ProductName, t.ItemName, t.Method,
        t.Positive ? "阳性" : "阴性", !t.Positive ? "合格" : t.Status == RapidStatus.Stopped && t.ObjectionBy < clock.GetUtcNow() ? RapidNames.Of(RapidStatus.Final) + "，已停售" : t.Status switch
        {
            RapidStatus.Cleared => "复检阴性，已解除停售",
            RapidStatus.Confirmed => "实验室确认阳性，已停售并依法处置",
            RapidStatus.LabPending => "停售中，实验室检验中",
            RapidStatus.Objected => "停售中，已申请复检",
            RapidStatus.Final => "阳性，已停售",
            _ => "已停售（异议期内）",
        });
}
