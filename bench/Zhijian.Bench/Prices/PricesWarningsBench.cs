using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Platform.Calendar;
using Zhijian.Prices;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Domain.Warnings;
using Zhijian.Prices.Features.Monitoring;
using Zhijian.Prices.Features.Warnings;

namespace Zhijian.Bench.Prices;

/// <summary>
/// 价格预警 (issue 25): Y years of daily prices for G goods reported by P points in 济南's 12 counties, as the module keeps them — the
/// daily averages per county and city (sum and count in 分; what every rule reads) — COPYed into a throw-away PostgreSQL database,
/// every good with three rules (day-on-day ±8 %, week-on-week up 10 %, year on year up 30 %) plus the pork scheme on hog, corn and lean
/// pork; then the module's full pass (<see cref="WarningEngine.FullPassAsync"/>) twice (first: every warning raised; second: steady
/// state) against a baseline plain weekly GROUP BY over the same table in the same run; then S new observations posted one at a time
/// through the module's intake (<see cref="PriceIntake.ReportAsync"/>: checks, the observation, both averages' upserts, the rules over
/// the touched day and week, audit, one transaction) with p50/p95. The raw observations (Y × 365 × G × P ≈ 730 M rows at full size) are
/// not generated: nothing in the evaluation reads them.
/// </summary>
internal static class PricesWarningsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] Counties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var years = int.Parse(o.GetValueOrDefault("years", "5"), Inv);
        var goodsCount = int.Parse(o.GetValueOrDefault("goods", "200"), Inv);
        var pointsCount = int.Parse(o.GetValueOrDefault("points", "2000"), Inv);
        var sample = int.Parse(o.GetValueOrDefault("sample", "1000"), Inv);
        var pg = o.GetValueOrDefault("pg") ?? throw new InvalidOperationException("--pg is required");
        var ct = CancellationToken.None;
        Console.WriteLine($"prices warnings bench: {years} years × {goodsCount} goods × {pointsCount:N0} points, {sample:N0} incremental; {Environment.ProcessorCount} cores");
        await using var bench = await BenchApp.StartAsync(pg, "zhijian_bench_prices",
            z => z.AddModule<Zhijian.Entities.EntitiesModule>().AddModule<Zhijian.Cases.CasesModule>().AddModule<PricesModule>());
        var today = TimeProvider.System.Today();
        var first = today.AddDays(-365 * years + 1);

        // Goods (the catalogue's 30 and generated ones), points spread over the counties, rules for every good.
        var goods = await bench.InScope(async sp =>
        {
            var db = sp.GetRequiredService<PricesDbContext>();
            var list = await db.Goods.OrderBy(g => g.SortOrder).ToListAsync(ct);
            for (var i = list.Count; i < goodsCount; i++)
            {
                var g = new MonitoredGood
                {
                    Code = string.Create(Inv, $"g-{i:000}"),
                    Name = string.Create(Inv, $"基准商品{i}"),
                    Category = "基准",
                    Unit = "元/500克",
                    PointKinds = "1,2",
                    Daily = true,
                    SortOrder = 1000 + i,
                };
                db.Goods.Add(g);
                list.Add(g);
            }

            var now = DateTimeOffset.UtcNow;
            for (var p = 0; p < pointsCount; p++)
            {
                var kind = p % 20 == 0 ? PointKind.Farm : p % 20 == 1 ? PointKind.WholesaleMarket : p % 20 == 2 ? PointKind.FuelStation : p % 20 == 3 ? PointKind.Service
                    : p % 2 == 0 ? PointKind.FarmersMarket : PointKind.Supermarket;
                var county = Counties[p % Counties.Length];
                db.Points.Add(new MonitoringPoint
                {
                    Code = string.Create(Inv, $"B-{p:00000}"),
                    Name = string.Create(Inv, $"基准监测点{p}"),
                    Kind = kind,
                    DivisionCode = county,
                    County = county,
                    Address = "济南市",
                    CreatedAt = now,
                });
            }

            await db.SaveChangesAsync(ct);
            foreach (var g in list.Take(goodsCount))
            {
                foreach (var (w, d, pct) in new[] { (ChangeWindow.Day, ChangeDirection.Either, 8m), (ChangeWindow.Week, ChangeDirection.Up, 10m), (ChangeWindow.YearOnYear, ChangeDirection.Up, 30m) })
                    db.ChangeRules.Add(new ChangeRuleVersion
                    {
                        GoodCode = g.Code,
                        Version = 1,
                        Window = w,
                        Direction = d,
                        Percent = pct,
                        Level = WarningLevel.Level3,
                        EffectiveFrom = first,
                        CreatedAt = now,
                        CreatedBy = "基准测试",
                    });
            }

            await db.SaveChangesAsync(ct);
            foreach (var r in db.ChangeRules.Local) r.GroupId = r.Id;
            await db.SaveChangesAsync(ct);
            return list.Take(goodsCount).Select(g => (g.Code, Kinds: PriceIntake.KindsOf(g))).ToList();
        });

        var points = await bench.InScope(sp => sp.GetRequiredService<PricesDbContext>().Points.IgnoreQueryFilters().OrderBy(p => p.Id).ToListAsync(ct));
        var perCounty = Counties.ToDictionary(c => c, c => points.Where(p => p.County == c).ToList());

        // The averages: every good, every county and the city, every day; a random walk per good with a season, each point ±3 %.
        var load = Stopwatch.StartNew();
        long rows = 0;
        var random = new Random(25);
        await using (var c = new NpgsqlConnection(bench.Connection))
        {
            await c.OpenAsync();
            await using (var w = await c.BeginBinaryImportAsync(
                             "COPY prices.averages (\"GoodCode\", \"DivisionCode\", \"On\", \"Week\", \"SumFen\", \"Count\", \"MinFen\", \"MaxFen\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (code, kinds) in goods)
                {
                    var price = 200.0 + random.NextDouble() * 4000.0; // 2–42 元, in 分
                    var reporting = perCounty.ToDictionary(kv => kv.Key, kv => kv.Value.Count(p => kinds.Contains(p.Kind)));
                    for (var day = first; day <= today; day = day.AddDays(1))
                    {
                        price *= 1.0 + (random.NextDouble() - 0.5) * 0.03 + (random.NextDouble() < 0.002 ? 0.12 : 0.0);
                        price = Math.Clamp(price, 50.0, 100_000.0);
                        long citySum = 0, cityMin = long.MaxValue, cityMax = long.MinValue;
                        var cityCount = 0;
                        foreach (var county in Counties)
                        {
                            var n = reporting[county];
                            if (n == 0) continue;
                            var avg = (long)(price * (0.97 + random.NextDouble() * 0.06));
                            var min = (long)(avg * 0.95);
                            var max = (long)(avg * 1.05);
                            await Row(w, code, county, day, avg * n, n, min, max);
                            citySum += avg * n;
                            cityCount += n;
                            cityMin = Math.Min(cityMin, min);
                            cityMax = Math.Max(cityMax, max);
                        }

                        if (cityCount > 0) await Row(w, code, "370100", day, citySum, cityCount, cityMin, cityMax);
                    }
                }

                await w.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE prices.averages", c) { CommandTimeout = 1200 };
            await analyze.ExecuteNonQueryAsync();
        }

        async Task Row(NpgsqlBinaryImporter w, string good, string division, DateOnly on, long sum, int count, long min, long max)
        {
            await w.StartRowAsync();
            await w.WriteAsync(good, NpgsqlDbType.Varchar);
            await w.WriteAsync(division, NpgsqlDbType.Varchar);
            await w.WriteAsync(on, NpgsqlDbType.Date);
            await w.WriteAsync(Periods.WeekOf(on), NpgsqlDbType.Date);
            await w.WriteAsync(sum, NpgsqlDbType.Bigint);
            await w.WriteAsync(count, NpgsqlDbType.Integer);
            await w.WriteAsync(min, NpgsqlDbType.Bigint);
            await w.WriteAsync(max, NpgsqlDbType.Bigint);
            rows++;
        }

        Console.WriteLine(string.Create(Inv, $"loaded {rows:N0} daily averages in {load.Elapsed.TotalSeconds:F1} s (not timed below)"));

        // Baseline: the weekly GROUP BY every evaluation must at least read, all groups fetched.
        var bw = Stopwatch.StartNew();
        var groups = 0;
        await using (var c = new NpgsqlConnection(bench.Connection))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT \"GoodCode\", \"DivisionCode\", \"Week\", sum(\"SumFen\"), sum(\"Count\") FROM prices.averages GROUP BY 1, 2, 3", c)
            { CommandTimeout = 1200 };
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) groups++;
        }

        var baseline = bw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(Inv, $"baseline weekly GROUP BY: {baseline:F2} s, {groups:N0} groups"));
        var full = await bench.InScope(sp => sp.GetRequiredService<WarningEngine>().FullPassAsync(null, null, ct));
        Console.WriteLine(string.Create(Inv, $"full pass: {full.Milliseconds / 1000.0:F2} s, {full.Raised:N0} warnings raised, {full.Candidates:N0} candidates, {full.WeeklyRows:N0} weekly + {full.DailyRows:N0} daily rows; {full.Phases}"));
        var again = await bench.InScope(sp => sp.GetRequiredService<WarningEngine>().FullPassAsync(null, null, ct));
        Console.WriteLine(string.Create(Inv, $"second full pass: {again.Milliseconds / 1000.0:F2} s, {again.Raised} raised, {again.Upgraded} upgraded; {again.Phases}"));
        if (again.Raised != 0) throw new InvalidOperationException("prices bench: a second full pass raised new warnings");

        // Incremental: S observations, one request each (a random point, one good it collects, today).
        var times = new List<double>(sample);
        var byKind = goods.SelectMany(g => g.Kinds.Select(k => (k, g.Code))).GroupBy(x => x.k).ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToList());
        var raisedOnIntake = 0;
        for (var i = 0; i < sample; i++)
        {
            var p = points[random.Next(points.Count)];
            if (!byKind.TryGetValue(p.Kind, out var codes)) continue;
            var good = codes[random.Next(codes.Count)];
            var price = decimal.Round(2m + (decimal)random.NextDouble() * 40m, 2);
            var sw = Stopwatch.StartNew();
            var result = await bench.InScope(sp => sp.GetRequiredService<PriceIntake>().ReportAsync(new ReportPrices(p.Code, today, [new PriceItemInput(good, price, null)]), "接口", ct));
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (!result.IsSuccess) throw new InvalidOperationException("prices bench: " + string.Join("；", result.Errors?.SelectMany(e => e.Value) ?? [result.Message ?? ""]));
            raisedOnIntake += result.Value!.Warnings.Count;
        }

        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        Console.WriteLine();
        Console.WriteLine("| daily averages | weekly groups | baseline weekly GROUP BY s | full pass s | second pass s | warnings | ratio |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(Inv, $"| {rows:N0} | {groups:N0} | {baseline:F2} | {full.Milliseconds / 1000.0:F2} | {again.Milliseconds / 1000.0:F2} | {full.Raised:N0} | {again.Milliseconds / 1000.0 / baseline:F1}× |"));
        Console.WriteLine(string.Create(Inv, $"incremental intake, one observation a request ({times.Count:N0}): p50 {P(0.5):F2} ms, p95 {P(0.95):F2} ms, max {times[^1]:F2} ms; {raisedOnIntake} warnings raised"));
        // Issue 25: full pass ≤ 10 s (the steady state: second pass), ≤ 10 ms per new observation (p95).
        BenchResults.AtMost("prices warnings: full pass, steady state (second pass)", "PostgreSQL", again.Milliseconds / 1000.0, "s", 10, "weekly GROUP BY", baseline,
            string.Create(Inv, $"{rows:N0} daily averages ({years} years × {goodsCount} goods × {pointsCount:N0} points)"));
        BenchResults.Figure("prices warnings: full pass, first (no warnings yet)", "PostgreSQL", full.Milliseconds / 1000.0, "s", "weekly GROUP BY", baseline,
            string.Create(Inv, $"{full.Raised:N0} warnings raised"));
        BenchResults.AtMost("prices warnings: one observation per request, p95", "PostgreSQL", P(0.95), "ms", 10,
            detail: string.Create(Inv, $"p50 {P(0.5):F2} ms, max {times[^1]:F2} ms, {times.Count:N0} observations"));
        return 0;
    }
}
