using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Zhijian.Bench;

/// <summary>
/// The public credit page under load (issue 4): the real host on PostgreSQL with the demo registry and its credit
/// data, N concurrent clients on loopback for a fixed time, requests/s and p50/p99 of /gs/credit/{uscc} (entities
/// with penalties and listings first), against the portal's home page (same pipeline, no data) in the same run.
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
            await using (var db = new NpgsqlConnection(connection))
            {
                await db.OpenAsync();
                await using var q = new NpgsqlCommand("""
                    (SELECT DISTINCT "Uscc" FROM credit.credit_records WHERE "Kind" = 2 LIMIT 300)
                    UNION (SELECT DISTINCT "Uscc" FROM credit.listings LIMIT 300)
                    UNION (SELECT "Uscc" FROM entities.market_entities ORDER BY "Id" LIMIT 400)
                    """, db);
                await using var r = await q.ExecuteReaderAsync();
                while (await r.ReadAsync()) codes.Add(r.GetString(0));
            }

            var home = await LoadAsync(client, _ => "/gs", concurrency, seconds);
            var page = await LoadAsync(client, i => "/gs/credit/" + codes[i % codes.Count], concurrency, seconds);
            Console.WriteLine();
            Console.WriteLine($"| target (PostgreSQL, loopback) | requests/s | p50 ms | p99 ms | errors |");
            Console.WriteLine($"| --- | --- | --- | --- | --- |");
            Console.WriteLine($"| /gs (portal home, no data) | {home.Rps:F0} | {home.P50:F1} | {home.P99:F1} | {home.Errors} |");
            Console.WriteLine($"| /gs/credit/{{uscc}} ({codes.Count} entities) | {page.Rps:F0} | {page.P50:F1} | {page.P99:F1} | {page.Errors} |");
            Console.WriteLine($"credit page / home: {home.Rps / page.Rps:F2}× the time per request (throughput ratio)");
            var detail = string.Create(Inv, $"{entities:N0} demo entities, {codes.Count} pages, {concurrency} clients × {seconds} s; errors {page.Errors}");
            BenchResults.AtLeastWithRatio("portal: /gs/credit/{uscc} throughput", "PostgreSQL", page.Rps, "req/s", 3000, "/gs home", home.Rps, 0.4, detail);
            BenchResults.AtMost("portal: /gs/credit/{uscc} p99", "PostgreSQL", page.P99, "ms", 50, "/gs home p99", home.P99, detail);
            return page.Errors == 0 ? 0 : 1;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private sealed record Load(double Rps, double P50, double P99, int Errors);

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
