using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Zhijian.Bench.FoodRapid;

/// <summary>
/// 快检结果批量报送 under load (issue 21), PostgreSQL, against the real host (a child process): one test point (raw INSERT), an API
/// client with scope food.rapid, then closed-loop <c>POST /api/v1/food/rapid-tests/batch</c> with 100 results per request (≈1.5 %
/// positive: 停售控制 with its audit entry; Idempotency-Key), against, in the same run, a binary COPY of the same 100 rows per call
/// into the same table. Goal: ≥ 2,000 results/s.
/// </summary>
internal static class RapidIntakeBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        ThreadPool.SetMinThreads(64, 64);
        var host = o["host"];
        var pg = o["pg"];
        var seconds = double.Parse(o.GetValueOrDefault("seconds", "20"), Inv);
        var workers = int.Parse(o.GetValueOrDefault("workers", "8"), Inv);
        const int PerBatch = 100;
        var work = Directory.CreateTempSubdirectory("zhijian-rapid-bench-").FullName;
        var (_, _, connection) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_rapid", false);
        var (process, baseAddress, _) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_rapid", true); // migrates
        process.Kill(true);
        await process.WaitForExitAsync();
        var key = ImportSearchBench.CreateApiClient(host, connection, "bench-market", "370100", "food.rapid");
        long point;
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO food.test_points ("Name","Kind","OperatorUscc","OperatorName","DivisionCode","Address","Active","CreatedAt")
                VALUES ('bench 农贸市场', 1, '91370102MA00000001', 'bench 市场开办者', '370102', '济南市历下区', true, now()) RETURNING "Id";
                """, c);
            point = (long)(await cmd.ExecuteScalarAsync())!;
        }

        (process, baseAddress, _) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_rapid", true);
        try
        {
            using var client = LoadGenerator.Client(baseAddress);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
            var tested = DateTimeOffset.UtcNow.AddMinutes(-30);

            async Task<string?> Post(int n)
            {
                var rows = Enumerable.Range(0, PerBatch).Select(i =>
                {
                    var k = (n * PerBatch) + i;
                    var positive = k % 67 == 66;
                    return new
                    {
                        resultId = "B" + k.ToString("D9", Inv),
                        testPointId = point,
                        stall = "A-" + (k % 60).ToString("D2", Inv),
                        stallOperator = "张建国",
                        productName = "韭菜",
                        productGroup = "veg",
                        supplierName = "寿光市绿丰蔬菜专业合作社",
                        origin = "370783",
                        batchRef = "LF" + (k / 500).ToString(Inv),
                        itemCode = "OP",
                        result = positive ? "阳性" : "阴性",
                        value = positive ? "抑制率 62%" : "抑制率 12%",
                        testedAt = tested,
                        tester = "快检室",
                    };
                }).ToArray();
                var body = JsonSerializer.Serialize(new { results = rows });
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/rapid-tests/batch") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", "rapid-" + n.ToString(Inv));
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                return response.StatusCode == HttpStatusCode.OK && text.Contains("\"created\":100", StringComparison.Ordinal) ? null : $"{(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}";
            }

            var warm = await LoadGenerator.ClosedLoopAsync("warm-up", 1, 3, n => Post(9_000_000 + n)); // one worker: seeds the item catalogue
            Console.WriteLine(warm.Row());
            var api = await LoadGenerator.ClosedLoopAsync("POST /food/rapid-tests/batch (100 results)", workers, seconds, Post);

            await using var data = NpgsqlDataSource.Create(connection + ";Maximum Pool Size=64");
            long itemId;
            await using (var c = await data.OpenConnectionAsync())
            await using (var cmd = new NpgsqlCommand("""SELECT "Id" FROM food.rapid_items WHERE "Code" = 'OP'""", c))
                itemId = (long)(await cmd.ExecuteScalarAsync())!;
            async Task<string?> Raw(int n)
            {
                await using var c = await data.OpenConnectionAsync();
                await using var w = await c.BeginBinaryImportAsync("""
                    COPY food.rapid_tests ("TestPointId","ClientId","DivisionCode","Stall","StallOperator","ProductName","ProductGroup","SupplierName","Origin","BatchRef",
                      "ItemId","ItemName","Method","Positive","Value","TestedAt","Tester","DeliveredAt","Status","ReceivedAt","PostedBy") FROM STDIN (FORMAT BINARY)
                    """);
                var now = DateTime.UtcNow;
                for (var i = 0; i < PerBatch; i++)
                {
                    var k = (n * PerBatch) + i;
                    var positive = k % 67 == 66;
                    await w.StartRowAsync();
                    await w.WriteAsync(point, NpgsqlDbType.Bigint);
                    await w.WriteAsync("R" + k.ToString("D9", Inv), NpgsqlDbType.Varchar);
                    await w.WriteAsync("370102", NpgsqlDbType.Varchar);
                    await w.WriteAsync("A-" + (k % 60).ToString("D2", Inv), NpgsqlDbType.Varchar);
                    await w.WriteAsync("张建国", NpgsqlDbType.Varchar);
                    await w.WriteAsync("韭菜", NpgsqlDbType.Varchar);
                    await w.WriteAsync("veg", NpgsqlDbType.Varchar);
                    await w.WriteAsync("寿光市绿丰蔬菜专业合作社", NpgsqlDbType.Varchar);
                    await w.WriteAsync("370783", NpgsqlDbType.Varchar);
                    await w.WriteAsync("LF" + (k / 500).ToString(Inv), NpgsqlDbType.Varchar);
                    await w.WriteAsync(itemId, NpgsqlDbType.Bigint);
                    await w.WriteAsync("有机磷和氨基甲酸酯类农药残留", NpgsqlDbType.Varchar);
                    await w.WriteAsync("酶抑制率法（分光光度法）", NpgsqlDbType.Varchar);
                    await w.WriteAsync(positive, NpgsqlDbType.Boolean);
                    await w.WriteAsync(positive ? "抑制率 62%" : "抑制率 12%", NpgsqlDbType.Varchar);
                    await w.WriteAsync(tested.UtcDateTime, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync("快检室", NpgsqlDbType.Varchar);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(positive ? 2 : 1, NpgsqlDbType.Integer);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync("bench", NpgsqlDbType.Varchar);
                }

                await w.CompleteAsync();
                return null;
            }

            var raw = await LoadGenerator.ClosedLoopAsync("raw COPY of the same 100 rows", workers, seconds, Raw);
            Console.WriteLine($"{Environment.ProcessorCount} cores; {workers} workers × {seconds} s; {PerBatch} results per request");
            Console.WriteLine(api.Row());
            Console.WriteLine(raw.Row());
            var apiRate = api.AchievedRate * PerBatch;
            var rawRate = raw.AchievedRate * PerBatch;
            Console.WriteLine(string.Create(Inv, $"API {apiRate:N0} results/s (p50 {api.P50:N0} ms, p99 {api.P99:N0} ms per batch); raw COPY {rawRate:N0} results/s (p50 {raw.P50:N0} ms, p99 {raw.P99:N0} ms); API / raw: {apiRate / Math.Max(1, rawRate):P0}; goal ≥ 2,000 results/s: {(apiRate >= 2000 ? "met" : "NOT met")}"));
            BenchResults.AtLeast("food rapid tests intake: POST /api/v1/food/rapid-tests/batch throughput", "PostgreSQL", apiRate, "results/s", 2000,
                "binary COPY of the same rows", rawRate,
                string.Create(Inv, $"{PerBatch} results per request, closed loop, {workers} workers × {seconds} s; p99 {api.P99:F0} ms per batch; errors {api.Errors}"));
            return 0;
        }
        finally
        {
            process.Kill(true);
            await process.WaitForExitAsync();
        }
    }
}
