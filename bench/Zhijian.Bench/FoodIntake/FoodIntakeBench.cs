using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace Zhijian.Bench.FoodIntake;

/// <summary>
/// 抽检结果接收 under load (issue 20), PostgreSQL, against the real host (a child process): N sampling orders at one lab
/// (raw INSERT, status 已送检), the lab's API client (scope food.lab, bound to the lab), then closed-loop
/// <c>POST /api/v1/food/sampling/results</c> (two items, Idempotency-Key, every 50th non-compliant → 核查处置, case clue,
/// credit event), against, in the same run, a raw Npgsql write of the same rows (two item rows + the order's update, one
/// autocommitted batch) on other orders. Goal: ≥ 500 results/s, p99 ≤ 100 ms.
/// </summary>
internal static class FoodIntakeBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        ThreadPool.SetMinThreads(64, 64);
        var host = o["host"];
        var pg = o["pg"];
        var seconds = double.Parse(o.GetValueOrDefault("seconds", "20"), Inv);
        var workers = int.Parse(o.GetValueOrDefault("workers", "32"), Inv);
        var orders = int.Parse(o.GetValueOrDefault("orders", "60000"), Inv);
        var work = Directory.CreateTempSubdirectory("zhijian-food-bench-").FullName;
        var (_, _, connection) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_intake", false);
        var (process, baseAddress, _) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_intake", true); // migrates
        process.Kill(true);
        await process.WaitForExitAsync();
        var key = ImportSearchBench.CreateApiClient(host, connection, "bench-lab", "370100", "food.lab");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            var sql = $"""
                INSERT INTO food.labs ("Name","CmaNumber","Address","OnRetestList","Active","ApiClientId","ApiClientName","CreatedAt")
                SELECT 'bench 检验机构','CMA','济南',false,true,"Id","Name",now() FROM platform.api_clients WHERE "Name"='bench-lab';
                INSERT INTO food.sampling_orders ("Number","Purpose","Level","OrgUnitId","OrgUnitName","Samplers","NoAdvanceNotice","Uscc","BusinessName",
                  "BusinessAddress","DivisionCode","Place","CategoryCode","FoodName","Quantity","Reserve","SampledOn","LabId","Status","ToLabBy","ReceivedOn",
                  "ReportBy","MicrobiologicalFailure","CreatedAt","CreatedBy")
                SELECT 'CJB' || lpad(g::text, 8, '0'), 1, 4, 1, '济南市历下区市场监督管理局', '张伟、赵磊', true, '91370102MA' || lpad(g::text, 8, '0'),
                  '济南泉城超市' || g, '济南市历下区', '370102', 2, '03', '酱油', '6瓶', '3瓶', DATE '{today.AddDays(-3):yyyy-MM-dd}',
                  (SELECT max("Id") FROM food.labs), 2, DATE '{today.AddDays(4):yyyy-MM-dd}', DATE '{today.AddDays(-2):yyyy-MM-dd}', DATE '{today.AddDays(26):yyyy-MM-dd}',
                  false, now(), 'bench'
                FROM generate_series(1, {orders * 2}) g;
                ANALYZE food.sampling_orders;
                """;
            await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
            await cmd.ExecuteNonQueryAsync();
        }

        (process, baseAddress, _) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "food_intake", true);
        try
        {
            using var client = LoadGenerator.Client(baseAddress);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
            var reportDate = today.ToString("yyyy-MM-dd", Inv);

            async Task<string?> Post(int n)
            {
                var fail = n % 50 == 49;
                var body = $$"""
                    {"orderNumber":"CJB{{n + 1:D8}}","reportNo":"BR{{n + 1:D8}}","reportDate":"{{reportDate}}","conclusion":"{{(fail ? "不合格" : "合格")}}","items":[
                     {"item":"氨基酸态氮","standard":"GB 2717-2018","standardValue":"≥0.40g/100mL","measured":"{{(fail ? "0.31" : "0.72")}}","unit":"g/100mL","verdict":"{{(fail ? "不合格" : "合格")}}","microbiological":false},
                     {"item":"苯甲酸及其钠盐（以苯甲酸计）","standard":"GB 2760-2024","standardValue":"≤1.0g/kg","measured":"0.12","unit":"g/kg","verdict":"合格","microbiological":false}]}
                    """;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/sampling/results") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", "bench-" + n.ToString(Inv));
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}";
            }

            var warm = await LoadGenerator.ClosedLoopAsync("warm-up", 4, 3, n => Post(orders - 1 - n));
            Console.WriteLine(warm.Row());
            var api = await LoadGenerator.ClosedLoopAsync("POST /food/sampling/results", workers, seconds, Post);

            await using var data = NpgsqlDataSource.Create(connection + ";Maximum Pool Size=64");
            async Task<string?> Raw(int n)
            {
                var id = orders + 1 + n;
                await using var batch = data.CreateBatch();
                foreach (var (seq, item, value) in new[] { (1, "氨基酸态氮", "0.72"), (2, "苯甲酸及其钠盐（以苯甲酸计）", "0.12") })
                {
                    var b = new NpgsqlBatchCommand("""
                        INSERT INTO food.sampling_result_items ("OrderId","Retest","Seq","Item","Standard","StandardValue","Measured","Unit","Passed","Microbiological")
                        SELECT "Id", false, $1, $2, 'GB 2717-2018', '≥0.40g/100mL', $3, 'g/100mL', true, false FROM food.sampling_orders WHERE "Number" = $4
                        """);
                    b.Parameters.Add(new() { Value = seq });
                    b.Parameters.Add(new() { Value = item });
                    b.Parameters.Add(new() { Value = value });
                    b.Parameters.Add(new() { Value = "CJB" + id.ToString("D8", Inv) });
                    batch.BatchCommands.Add(b);
                }

                var u = new NpgsqlBatchCommand("""UPDATE food.sampling_orders SET "ReportNo" = $1, "ReportDate" = current_date, "Passed" = true, "FinalPassed" = true, "Status" = 4 WHERE "Number" = $2""");
                u.Parameters.Add(new() { Value = "BX" + id.ToString("D8", Inv) });
                u.Parameters.Add(new() { Value = "CJB" + id.ToString("D8", Inv) });
                batch.BatchCommands.Add(u);
                await batch.ExecuteNonQueryAsync();
                return null;
            }

            var raw = await LoadGenerator.ClosedLoopAsync("raw Npgsql INSERT+UPDATE", workers, seconds, Raw);
            Console.WriteLine($"{Environment.ProcessorCount} cores; {orders:N0} orders at the lab; {workers} workers × {seconds} s");
            Console.WriteLine(api.Row());
            Console.WriteLine(raw.Row());
            Console.WriteLine(string.Create(Inv, $"API / raw throughput: {api.AchievedRate / Math.Max(1, raw.AchievedRate):P0}; goal ≥ 500/s and p99 ≤ 100 ms: {(api.AchievedRate >= 500 && api.P99 <= 100 ? "met" : "NOT met")}"));
            var detail = string.Create(Inv, $"closed loop, {workers} workers × {seconds} s; errors {api.Errors}");
            BenchResults.AtLeast("food sampling results intake: POST /api/v1/food/sampling/results throughput", "PostgreSQL", api.AchievedRate, "results/s", 500,
                "raw Npgsql INSERT+UPDATE", raw.AchievedRate, detail);
            BenchResults.AtMost("food sampling results intake: p99", "PostgreSQL", api.P99, "ms", 100, "raw Npgsql INSERT+UPDATE p99", raw.P99, detail);
            return 0;
        }
        finally
        {
            process.Kill(true);
            await process.WaitForExitAsync();
        }
    }
}
