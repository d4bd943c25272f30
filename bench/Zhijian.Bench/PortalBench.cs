using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Zhijian.Bench;

/// <summary>
/// The public credit page under load (issue 4): the real host on PostgreSQL with the demo registry and its credit
/// data, N concurrent clients on loopback for a fixed time, requests/s and p50/p99 of /gs/credit/{uscc} (entities
/// with penalties and listings first), each page once (rendered) and repeated (from the output cache), against the credit search form
/// (same pipeline and layout, no data) and with the portal home, in the same run.
/// </summary>
internal static class PortalBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var hostDll = o["host"];
        var pg = o["pg"];
        var entities = int.Parse(o.GetValueOrDefault("entities", "20000"), Inv);
        var seconds = int.Parse(o.GetValueOrDefault("seconds", "20"), Inv);
        var concurrency = int.Parse(o.GetValueOrDefault("concurrency", "16"), Inv);
        const string database = "zj_bench_portal";
        await using (var admin = new NpgsqlConnection(pg))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE); CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(pg) { Database = database }.ConnectionString;
        var port = ImportSearchBench.FreePort();
        var env = new Dictionary<string, string>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian__Demo__Entities"] = entities.ToString(Inv),
            ["Zhijian__Credit__Jobs__Enabled"] = "false",
            ["Zhijian__Jobs__Enabled"] = "false", // no catch-up job (risk, listings) on the cores during the load
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var seeding = Stopwatch.StartNew();
        using var process = ImportSearchBench.Start(hostDll, [], env);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await ImportSearchBench.WaitHealthyAsync(client, process);
            Console.WriteLine($"host up with {entities:N0} demo entities and their credit data in {seeding.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores, {concurrency} clients, {seconds} s per target");

            var codes = new List<string>();
            var everyone = new List<string>();
            await using (var db = new NpgsqlConnection(connection))
            {
                await db.OpenAsync();
                await using (var all = new NpgsqlCommand("""SELECT "Uscc" FROM entities.market_entities ORDER BY md5("Uscc")""", db))
                await using (var rows = await all.ExecuteReaderAsync())
                {
                    while (await rows.ReadAsync()) everyone.Add(rows.GetString(0));
                }

                await using var q = new NpgsqlCommand("""
                    (SELECT DISTINCT "Uscc" FROM credit.credit_records WHERE "Kind" = 2 LIMIT 300)
                    UNION (SELECT DISTINCT "Uscc" FROM credit.listings LIMIT 300)
                    UNION (SELECT "Uscc" FROM entities.market_entities ORDER BY "Id" LIMIT 400)
                    """, db);
                await using var r = await q.ExecuteReaderAsync();
                while (await r.ReadAsync()) codes.Add(r.GetString(0));
            }

            if (codes.Count == 0) throw new InvalidOperationException("the demo registry has no entity with penalties or listings: was it seeded?");
            // Baseline: the credit search form without a query, the same pipeline and layout with no data behind it (the
            // portal home was the baseline until the modules gave it sections of their latest items).
            var form = await LoadAsync(client, _ => "/gs/credit", concurrency, seconds);
            var home = await LoadAsync(client, _ => "/gs", concurrency, seconds);
            // Every entity's page once, none seen before: each request renders the page (the cost without the output cache).
            var first = await LoadOnceAsync(client, everyone.Except(codes).Select(c => "/gs/credit/" + c).ToList(), concurrency, seconds);
            var page = await LoadAsync(client, i => "/gs/credit/" + codes[i % codes.Count], concurrency, seconds);
            Console.WriteLine();
            Console.WriteLine($"| target (PostgreSQL, loopback) | requests/s | p50 ms | p99 ms | errors |");
            Console.WriteLine($"| --- | --- | --- | --- | --- |");
            Console.WriteLine($"| /gs/credit (search form, no data: baseline) | {form.Rps:F0} | {form.P50:F1} | {form.P99:F1} | {form.Errors} |");
            Console.WriteLine($"| /gs (portal home: six modules' latest items) | {home.Rps:F0} | {home.P50:F1} | {home.P99:F1} | {home.Errors} |");
            Console.WriteLine($"| /gs/credit/{{uscc}}, first visit of each of {first.Count:N0} pages (rendered) | {first.Rps:F0} | {first.P50:F1} | {first.P99:F1} | {first.Errors} |");
            Console.WriteLine($"| /gs/credit/{{uscc}} ({codes.Count} entities, repeat visits) | {page.Rps:F0} | {page.P50:F1} | {page.P99:F1} | {page.Errors} |");
            Console.WriteLine($"credit page (repeat visits) / search form: {page.Rps / form.Rps:F2}× the throughput");
            var detail = string.Create(Inv, $"{entities:N0} demo entities, {codes.Count} pages, {concurrency} clients × {seconds} s; errors {page.Errors}");
            BenchResults.AtLeastWithRatio("portal: /gs/credit/{uscc} throughput", "PostgreSQL", page.Rps, "req/s", 3000, "/gs/credit search form", form.Rps, 0.4, detail);
            BenchResults.AtMost("portal: /gs/credit/{uscc} p99", "PostgreSQL", page.P99, "ms", 50, "/gs/credit search form p99", form.P99, detail);
            BenchResults.Figure("portal: /gs/credit/{uscc} first visits (rendered, not cached)", "PostgreSQL", first.Rps, "req/s", "/gs/credit search form", form.Rps,
                string.Create(Inv, $"{first.Count:N0} distinct pages once each, p50 {first.P50:F1} ms, p99 {first.P99:F1} ms; errors {first.Errors}"));
            BenchResults.Figure("portal: /gs home throughput", "PostgreSQL", home.Rps, "req/s", "/gs/credit search form", form.Rps,
                string.Create(Inv, $"p50 {home.P50:F1} ms, p99 {home.P99:F1} ms; errors {home.Errors}"));
            return page.Errors + first.Errors + home.Errors + form.Errors == 0 ? 0 : 1;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private sealed record Load(double Rps, double P50, double P99, int Errors, int Count = 0);

    /// <summary>Each URL once (N concurrent clients taking the next one), until the list or the time runs out.</summary>
    private static async Task<Load> LoadOnceAsync(HttpClient client, List<string> urls, int concurrency, int seconds)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            int i;
            while (total.Elapsed < end && (i = Interlocked.Increment(ref next)) < urls.Count)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(urls[i], HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Load(all.Count / total.Elapsed.TotalSeconds, ImportSearchBench.P(all, 50), ImportSearchBench.P(all, 99), errors, all.Count);
    }

    private static async Task<Load> LoadAsync(HttpClient client, Func<int, string> url, int concurrency, int seconds)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3)) await client.GetStringAsync(url(Random.Shared.Next(1000)));

        var latencies = new List<double>[concurrency];
        var errors = 0;
        var total = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            var i = w * 7919;
            while (total.Elapsed < end)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url(i++), HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Load(all.Count / total.Elapsed.TotalSeconds, ImportSearchBench.P(all, 50), ImportSearchBench.P(all, 99), errors);
    }
}
