using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Zhijian.Drugs;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Drugs.Features.Registers;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.Bench.Drugs;

/// <summary>
/// 含麻黄碱类复方制剂疑似异常购买 (issue 24): N generated sales over a year (P pharmacies, buyers drawn so most buy once or twice and
/// a few hundred buy across pharmacies) COPYed into the module's table in a throw-away PostgreSQL database, then the module's own
/// full pass (<see cref="EphedrineBook.FullPassAsync"/>: the set-based candidate query streamed through the sliding window) against a
/// baseline plain <c>GROUP BY buyer</c> count over the same table in the same run; then S new sales posted one at a time through the
/// module's intake (<see cref="EphedrineBook.PostAsync"/>: validation, encryption, the buyer-window check, one save) with p50/p95.
/// </summary>
internal static class DrugsEphedrineBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var count = int.Parse(o.GetValueOrDefault("count", "10000000"), Inv);
        var pharmacies = int.Parse(o.GetValueOrDefault("pharmacies", "5000"), Inv);
        var sample = int.Parse(o.GetValueOrDefault("sample", "10000"), Inv);
        var pg = o.GetValueOrDefault("pg") ?? throw new InvalidOperationException("--pg is required");
        await using (var admin = new NpgsqlConnection(pg))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS zhijian_bench_drugs WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE zhijian_bench_drugs", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(pg) { Database = "zhijian_bench_drugs" }.ConnectionString;
        var work = Directory.CreateTempSubdirectory("zhijian-drugs-bench-").FullName;
        var ct = CancellationToken.None;
        Console.WriteLine($"drugs ephedrine bench: {count:N0} sales, {pharmacies:N0} pharmacies, {sample:N0} incremental; {Environment.ProcessorCount} cores, " +
            $"server GC {System.Runtime.GCSettings.IsServerGC}");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = work, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian:Database:SeedDemoData"] = "false",
            ["Zhijian:Jobs:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddZhijian().AddModule<Zhijian.Entities.EntitiesModule>().AddModule<Zhijian.Cases.CasesModule>().AddModule<DrugsModule>();
        await using var app = builder.Build();
        await PlatformSetup.InitializeAsync(app.Services, app.Logger, ct);

        async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> f)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            return await f(scope.ServiceProvider);
        }

        var today = TimeProvider.System.Today();
        var counties = DemoCounties;
        var load = Stopwatch.StartNew();
        var (table, columns, usccs) = await InScope(async sp =>
        {
            var db = sp.GetRequiredService<DrugsDbContext>();
            var now = DateTimeOffset.UtcNow;
            var list = new List<string>();
            for (var p = 1; p <= pharmacies; p++)
            {
                var county = counties[p % counties.Length];
                var uscc = Uscc.Build('9', '1', county, (70_000_000 + p).ToString(Inv));
                list.Add(uscc);
                db.Businesses.Add(new DrugBusiness
                {
                    Uscc = uscc,
                    Name = string.Create(Inv, $"基准测试大药房{p}号店"),
                    Kind = DrugBusinessKind.RetailPharmacy,
                    DivisionCode = county,
                    Address = "济南市",
                    LegalRepresentative = "张三",
                    CreatedAt = now,
                    UpdatedAt = now,
                    CreatedBy = "基准测试",
                });
            }

            await db.SaveChangesAsync(ct);
            var e = db.Model.FindEntityType(typeof(EphedrineSale))!;
            var id = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
            string C(string property) => e.FindProperty(property)!.GetColumnName(id)!;
            return ($"\"{e.GetSchema()}\".\"{e.GetTableName()}\"", (Func<string, string>)C, list);
        });
        var ids = await InScope(sp => sp.GetRequiredService<DrugsDbContext>().Businesses.IgnoreQueryFilters().OrderBy(b => b.Id).Select(b => new { b.Id, b.DivisionCode }).ToListAsync(ct));

        // Sales: buyers ≈ count / 2.2 (a year of cold remedies), 0.2 % of them "runners" buying in 3–4 pharmacies within a week.
        var buyers = Math.Max(1, count * 10 / 22);
        var random = new Random(24);
        string[] cols = ["BusinessId", "BusinessName", "Uscc", "DivisionCode", "SaleNo", "SoldAt", "SoldOn", "ProductName", "ApprovalNo", "Packs", "BuyerHash",
            "BuyerIdProtected", "BuyerIdMasked", "OverLimit", "Limit", "CreatedAt"];
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            var copy = $"COPY {table} ({string.Join(", ", cols.Select(x => $"\"{columns(x)}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var w = await c.BeginBinaryImportAsync(copy);
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                var buyer = random.Next(buyers);
                var runner = buyer % 500 == 0;
                var b = ids[runner ? (buyer + i) % ids.Count : random.Next(ids.Count)];
                var on = today.AddDays(-(runner ? buyer % 360 + i % 5 : random.Next(365)));
                var packs = random.Next(100) < 70 ? 1 : 2;
                await w.StartRowAsync();
                await w.WriteAsync(b.Id, NpgsqlDbType.Bigint);
                await w.WriteAsync("基准测试大药房", NpgsqlDbType.Text);
                await w.WriteAsync("91370102MA00000000", NpgsqlDbType.Text);
                await w.WriteAsync(b.DivisionCode, NpgsqlDbType.Text);
                await w.WriteAsync(string.Create(Inv, $"B{i}"), NpgsqlDbType.Text);
                await w.WriteAsync(new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(on, NpgsqlDbType.Date);
                await w.WriteAsync("复方盐酸伪麻黄碱缓释胶囊", NpgsqlDbType.Text);
                await w.WriteAsync("国药准字H10980178", NpgsqlDbType.Text);
                await w.WriteAsync(packs, NpgsqlDbType.Integer);
                await w.WriteAsync(buyer.ToString("x32", Inv), NpgsqlDbType.Text);
                await w.WriteAsync("pd1:0:bench", NpgsqlDbType.Text);
                await w.WriteAsync("370102********0000", NpgsqlDbType.Text);
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(2, NpgsqlDbType.Integer);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
            await using var analyze = new NpgsqlCommand($"ANALYZE {table}", c) { CommandTimeout = 1200 };
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine(string.Create(Inv, $"loaded {count:N0} sales in {load.Elapsed.TotalSeconds:F1} s (not timed below)"));

        // Baseline: a plain GROUP BY buyer count over the same table, every group read.
        var bw = Stopwatch.StartNew();
        var groups = 0;
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"SELECT \"{columns("BuyerHash")}\", count(*) FROM {table} GROUP BY \"{columns("BuyerHash")}\"", c) { CommandTimeout = 1200 };
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) groups++;
        }

        var baseline = bw.Elapsed.TotalSeconds;
        var full = await InScope(sp => sp.GetRequiredService<EphedrineBook>().FullPassAsync(ct));
        var again = await InScope(sp => sp.GetRequiredService<EphedrineBook>().FullPassAsync(ct));
        if (again.NewWarnings != 0) throw new InvalidOperationException("drugs bench: a second full pass found new warnings");

        // Incremental: S new sales, one request each, through the intake (a third by known buyers, so windows are not empty).
        var times = new List<double>(sample);
        for (var i = 0; i < sample; i++)
        {
            var first17 = string.Create(Inv, $"370102{new DateOnly(1970, 1, 1).AddDays(i % 10000):yyyyMMdd}{i % 1000:D3}");
            var id = first17 + ResidentId.ComputeCheckChar(first17);
            var row = new EphedrineSaleInput(usccs[i % usccs.Count], string.Create(Inv, $"N{i}"), DateTimeOffset.UtcNow.AddMinutes(-1), "复方盐酸伪麻黄碱缓释胶囊",
                "国药准字H10980178", null, 1 + i % 2, id, "李四");
            var sw = Stopwatch.StartNew();
            var result = await InScope(sp => sp.GetRequiredService<EphedrineBook>().PostAsync(new EphedrineBatch([row]), ct));
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (!result.IsSuccess) throw new InvalidOperationException("drugs bench: " + result.ErrorText);
        }

        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        Console.WriteLine();
        Console.WriteLine("| sales | buyers (groups) | baseline GROUP BY buyer s | full pass s | candidates | new warnings | rows scanned | ratio |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(Inv, $"| {count:N0} | {groups:N0} | {baseline:F2} | {full.Milliseconds / 1000.0:F2} | {full.Candidates:N0} | {full.NewWarnings:N0} | {full.Sales:N0} | {full.Milliseconds / 1000.0 / baseline:F1}× |"));
        Console.WriteLine(string.Create(Inv, $"second full pass: {again.Milliseconds / 1000.0:F2} s, {again.NewWarnings} new warnings"));
        Console.WriteLine(string.Create(Inv, $"incremental intake, one sale a request ({sample:N0}): p50 {P(0.5):F2} ms, p95 {P(0.95):F2} ms, max {times[^1]:F2} ms"));
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static readonly string[] DemoCounties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];
}
