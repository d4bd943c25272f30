using Microsoft.EntityFrameworkCore;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;

namespace Zhijian.Prices.Features.Monitoring;

/// <summary>A checked price ready to store.</summary>
internal sealed record PriceDraft(MonitoringPoint Point, string GoodCode, DateOnly On, long PriceFen);

/// <summary>What storing did: new, corrected and unchanged prices, and the (good, division, day) averages touched.</summary>
internal sealed record StoreOutcome(int Added, int Corrected, int Unchanged, IReadOnlyList<(string Good, string Division, DateOnly On)> Touched);

/// <summary>
/// Stores checked prices in the caller's transaction: one row per point, good and day (a different price for the same day corrects it),
/// and the daily averages of the point's county and city moved by the same amounts with one atomic upsert per (good, division, day)
/// — so two points of a county reporting at once both count. A correction recomputes that day's lowest and highest price.
/// </summary>
internal sealed class PriceStore(PricesDbContext db, TimeProvider clock)
{
    private sealed class Delta
    {
        public long SumFen;
        public int Count;
        public long MinFen = long.MaxValue;
        public long MaxFen = long.MinValue;
        public bool Corrected;
    }

    public async Task<StoreOutcome> StoreAsync(IReadOnlyList<PriceDraft> drafts, string source, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var existing = new Dictionary<(long, string, DateOnly), PriceObservation>();
        foreach (var chunk in drafts.Select(d => d.Point.Id).Distinct().Chunk(500))
        {
            var from = drafts.Min(d => d.On);
            var to = drafts.Max(d => d.On);
            var goods = drafts.Select(d => d.GoodCode).Distinct().ToList();
            var found = await db.Observations.IgnoreQueryFilters()
                .Where(o => chunk.Contains(o.PointId) && o.On >= from && o.On <= to && goods.Contains(o.GoodCode)).ToListAsync(ct);
            foreach (var o in found) existing[(o.PointId, o.GoodCode, o.On)] = o;
        }

        var deltas = new Dictionary<(string Good, string Division, DateOnly On), Delta>();
        int added = 0, corrected = 0, unchanged = 0;
        foreach (var d in drafts)
        {
            long sum;
            var count = 0;
            if (existing.TryGetValue((d.Point.Id, d.GoodCode, d.On), out var o))
            {
                if (o.PriceFen == d.PriceFen)
                {
                    unchanged++;
                    continue;
                }

                sum = d.PriceFen - o.PriceFen;
                o.PriceFen = d.PriceFen;
                o.Source = source;
                o.CreatedAt = now;
                o.CreatedBy = by;
                corrected++;
            }
            else
            {
                var row = new PriceObservation
                {
                    PointId = d.Point.Id,
                    GoodCode = d.GoodCode,
                    On = d.On,
                    PriceFen = d.PriceFen,
                    DivisionCode = d.Point.DivisionCode,
                    County = d.Point.County,
                    Source = source,
                    CreatedAt = now,
                    CreatedBy = by,
                };
                db.Observations.Add(row);
                existing[(d.Point.Id, d.GoodCode, d.On)] = row;
                sum = d.PriceFen;
                count = 1;
                added++;
            }

            foreach (var level in Periods.Levels(d.Point.DivisionCode))
            {
                if (!deltas.TryGetValue((d.GoodCode, level, d.On), out var delta)) deltas[(d.GoodCode, level, d.On)] = delta = new Delta();
                delta.SumFen += sum;
                delta.Count += count;
                delta.MinFen = Math.Min(delta.MinFen, d.PriceFen);
                delta.MaxFen = Math.Max(delta.MaxFen, d.PriceFen);
                delta.Corrected |= count == 0;
            }
        }

        await db.SaveChangesAsync(ct);
        var averages = Table<PriceAverage>();
        var observations = Table<PriceObservation>();
        var upsert = $$"""
                INSERT INTO {{averages}} AS t ("GoodCode", "DivisionCode", "On", "Week", "SumFen", "Count", "MinFen", "MaxFen")
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
                ON CONFLICT ("GoodCode", "DivisionCode", "On") DO UPDATE SET "SumFen" = t."SumFen" + excluded."SumFen", "Count" = t."Count" + excluded."Count",
                  "MinFen" = CASE WHEN excluded."MinFen" < t."MinFen" THEN excluded."MinFen" ELSE t."MinFen" END,
                  "MaxFen" = CASE WHEN excluded."MaxFen" > t."MaxFen" THEN excluded."MaxFen" ELSE t."MaxFen" END
                """;
        var recompute = $$"""
                UPDATE {{averages}} SET
                  "MinFen" = (SELECT MIN(o."PriceFen") FROM {{observations}} o WHERE o."GoodCode" = {0} AND o."On" = {2} AND o."County" LIKE {3}),
                  "MaxFen" = (SELECT MAX(o."PriceFen") FROM {{observations}} o WHERE o."GoodCode" = {0} AND o."On" = {2} AND o."County" LIKE {3})
                WHERE "GoodCode" = {0} AND "DivisionCode" = {1} AND "On" = {2}
                """;
        foreach (var ((good, division, on), delta) in deltas)
        {
            await db.Database.ExecuteSqlRawAsync(upsert, [good, division, on, Periods.WeekOf(on), delta.SumFen, delta.Count, delta.MinFen, delta.MaxFen], ct);
            if (delta.Corrected)
            {
                var like = (Periods.IsCity(division) ? division[..4] : division) + "%";
                await db.Database.ExecuteSqlRawAsync(recompute, [good, division, on, like], ct);
            }
        }

        return new StoreOutcome(added, corrected, unchanged, [.. deltas.Keys]);
    }

    private string Table<T>()
    {
        var e = db.Model.FindEntityType(typeof(T))!;
        return e.GetSchema() is { } schema ? $"\"{schema}\".\"{e.GetTableName()}\"" : $"\"{e.GetTableName()}\"";
    }
}
