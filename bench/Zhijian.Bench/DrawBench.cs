using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhijian.Credit;
using Zhijian.Credit.Contracts;
using Zhijian.Entities;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Dataset;
using Zhijian.Inspections;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Items;
using Zhijian.Inspections.Features.Libraries;
using Zhijian.Inspections.Features.Plans;
using Zhijian.Inspections.Features.Witnesses;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Bench;

/// <summary>
/// The verifiable draw of 双随机、一公开 at registry scale (the Inspections issue: "freeze + stratified draw of 3 % from a
/// 1,000,000-entity library, end to end, on both databases, as a ratio to ORDER BY random() LIMIT n on the same filter;
/// goal ≤ 1 s"). Setup reuses the registry and risk benchmarks: N generated entities imported through the real host's
/// API, 2·N credit records, the full risk recompute (classes A–D). Then, in this process, the host's own composition
/// (<c>AddZhijian()</c> + the three modules, on the same database) and the module's services in DI scopes, acting as the
/// city bureau's administrator: a library of the whole city (every entity of 3701…, all statuses = all N; and the
/// active ones only), a published plan, one risk-ratio task per run; per run <see cref="Draws.CommitAsync"/> (freeze:
/// registry and risk streams, merge, hash, pack and store, commitment) and <see cref="Draws.DrawAsync"/> (unpack,
/// verify, stratified selection, targets with names) are timed, each phase is timed again through the contracts
/// directly, and the baseline runs on the same filter: <c>ORDER BY random() LIMIT n</c> with n = the number drawn.
/// Three runs each, the median reported (the first run warms caches).
/// </summary>
internal static class DrawBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly CommandTrace Trace = CommandTrace.Start();

    /// <summary>The overall share drawn: ratios per class are chosen (inside the rule ranges) so that about this many are drawn.</summary>
    private const decimal Target = 0.03m;

    private sealed record LibraryCase(string Name, bool ActiveOnly);

    private static readonly LibraryCase[] Cases = [new("济南市全部市场主体（基准测试）", false), new("济南市存续市场主体（基准测试）", true)];

    /// <summary>Medians of one library on one database, in milliseconds (counts where named).</summary>
    private sealed class Figures
    {
        public required string Provider { get; init; }

        public required LibraryCase Library { get; init; }

        public int Candidates { get; set; }

        public int Selected { get; set; }

        public string Ratios { get; set; } = "";

        public double PackedMiB { get; set; }

        public Dictionary<string, List<double>> Samples { get; } = [];

        public void Add(string key, double ms)
        {
            if (!Samples.TryGetValue(key, out var list)) Samples[key] = list = [];
            list.Add(ms);
        }

        public double Median(string key)
        {
            if (!Samples.TryGetValue(key, out var list) || list.Count == 0) return double.NaN;
            var sorted = list.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var count = int.Parse(o.GetValueOrDefault("count", "1000000"), Inv);
        // 2 records per entity on average (0–4 over 5 years): about 73 % A, 23 % B, 3.4 % C, 0.1 % D, so ratios inside the rule
        // ranges reach 3 %. With the risk bench's 5 (half the registry B–D) the rule minimums alone draw 6.5 %.
        var perEntity = int.Parse(o.GetValueOrDefault("records", "2"), Inv);
        var runs = int.Parse(o.GetValueOrDefault("runs", "3"), Inv);
        var host = o["host"];
        var pg = o.GetValueOrDefault("pg");
        var providers = o.GetValueOrDefault("db", pg is null ? "sqlite" : "sqlite,postgres").Split(',');
        var today = new DateOnly(2026, 11, 23);
        // --work DIR keeps the databases (SQLite file, PostgreSQL database zhijian_bench_draw) and --reuse true measures
        // them again without the setup: for profiling.
        var keep = o.TryGetValue("work", out var kept);
        var reuse = o.GetValueOrDefault("reuse") == "true";
        var work = keep ? Directory.CreateDirectory(kept!).FullName : Directory.CreateTempSubdirectory("zhijian-draw-bench-").FullName;
        var all = new List<Figures>();
        var setup = new List<string>();
        try
        {
            var file = o.GetValueOrDefault("file") ?? Path.Combine(work, "entities.csv");
            if (!reuse && !File.Exists(file))
            {
                await using var writer = new StreamWriter(file, false, new UTF8Encoding(true), 1 << 16);
                EntityCsv.Write(writer, new EntityDatasetGenerator(1, EntityDatasetGenerator.JinanCounties, today).Entities(count));
            }

            Console.WriteLine($"draw bench: {count:N0} entities, ~{count * perEntity:N0} credit records, {runs} runs each; {Environment.ProcessorCount} cores, " +
                $"server GC {System.Runtime.GCSettings.IsServerGC}");
            foreach (var provider in providers)
            {
                var postgres = provider == "postgres";
                if (postgres && pg is null) throw new InvalidOperationException("--pg is required for postgres");
                if (reuse)
                {
                    var existing = postgres
                        ? new NpgsqlConnectionStringBuilder(pg) { Database = "zhijian_bench_draw" }.ConnectionString
                        : $"Data Source={Path.Combine(work, "draw.db")}";
                    all.AddRange(await MeasureAsync(provider, existing, work, runs));
                    continue;
                }

                var run = await ImportSearchBench.ImportAsync(host, work, postgres, pg, file, "draw", async (client, connection) =>
                {
                    var lines = new List<string>();
                    var load = Stopwatch.StartNew();
                    var (_, records) = await RiskBench.LoadRecordsAsync(postgres, connection, perEntity, today);
                    lines.Add(string.Create(Inv, $"{provider}: loaded {records:N0} credit records in {load.Elapsed.TotalSeconds:F1} s"));
                    var watch = Stopwatch.StartNew();
                    using var response = await client.PostAsync("/api/v1/credit/risk/recompute", null);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"recompute failed: {(int)response.StatusCode} {body}");
                    lines.Add(string.Create(Inv, $"{provider}: risk recompute {watch.Elapsed.TotalSeconds:F1} s — {body}"));
                    return lines;
                });
                setup.Add(string.Create(Inv, $"{provider}: registry import of {count:N0} entities {run.Seconds:F1} s"));
                setup.AddRange(run.Extra);
                foreach (var line in run.Extra) Console.WriteLine(line);
                all.AddRange(await MeasureAsync(provider, run.Connection, work, runs));
            }
        }
        finally
        {
            if (!keep) Directory.Delete(work, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("== setup");
        foreach (var line in setup) Console.WriteLine(line);
        Print(all, runs);
        return 0;
    }

    /// <summary>The host's composition on <paramref name="connection"/> (already migrated and seeded by the host), then the runs.</summary>
    private static async Task<List<Figures>> MeasureAsync(string provider, string connection, string work, int runs)
    {
        var ct = CancellationToken.None;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = work, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian:Database:SeedDemoData"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddZhijian()
            .AddModule<EntitiesModule>()
            .AddModule<CreditModule>()
            .AddModule<InspectionsModule>();
        await using var app = builder.Build();
        await PlatformSetup.InitializeAsync(app.Services, app.Logger, ct);

        ClaimsPrincipal principal;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var admin = await users.FindByNameAsync("admin") ?? throw new InvalidOperationException("demo user admin (city bureau) missing");
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(admin);
        }

        async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> f)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Use(principal);
            return await f(scope.ServiceProvider);
        }

        async Task<T> Act<T>(Func<IServiceProvider, Task<Result<T>>> f) => Must(await InScope(f));

        var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(Inv);
        var today = TimeProvider.System.Today();
        var itemId = (await Act(sp => sp.GetRequiredService<Items>().SaveAsync(null, new SaveItem("BENCH-" + stamp, "企业公示信息情况检查（基准测试）",
            ["年度报告公示信息"], "《企业信息公示暂行条例》第十四条", Items.DefaultDepartment, "企业", [InspectionMethod.Documents, InspectionMethod.OnSite], false,
            "不低于3%", "每年1次", []), ct))).Id;
        // The bench draws right after each freeze: a version 0 of inspection.public-value-delay from today (the declared public
        // value may be any moment after the freeze; the default is the next working day), and one recorded witness.
        await InScope(async sp =>
        {
            var platform = sp.GetRequiredService<PlatformDbContext>();
            if (!await platform.RuleSettings.AnyAsync(r => r.Key == "inspection.public-value-delay" && r.EffectiveFrom == today, ct))
            {
                platform.RuleSettings.Add(new RuleSetting
                {
                    Key = "inspection.public-value-delay",
                    EffectiveFrom = today,
                    Value = "0",
                    Version = 1,
                    Note = "基准测试：冻结后即可摇号",
                    ChangedBy = "bench",
                    ChangedAt = DateTimeOffset.UtcNow,
                });
                await platform.SaveChangesAsync(ct);
            }

            sp.GetRequiredService<IRuleBook>().Invalidate();
            return 0;
        });
        var witness = (await Act(sp => sp.GetRequiredService<Witnesses>().SaveAsync(null, new SaveWitness("基准测试监督员", "基准测试", "群众代表", true), ct))).Id;
        var results = new List<Figures>();
        foreach (var c in Cases)
        {
            var library = await Act(sp => sp.GetRequiredService<Libraries>().SaveAsync(null,
                new SaveLibrary(c.Name + " " + stamp, "基准测试：济南市（3701）" + (c.ActiveOnly ? "存续" : "全部") + "市场主体", null, null, null, null, null, null, c.ActiveOnly, []), ct));
            var preview = await Act(sp => sp.GetRequiredService<Libraries>().PreviewAsync(library.Id, ct));
            var ratios = ChooseRatios(preview.ByClass, preview.Candidates);
            var plan = await Act(sp => sp.GetRequiredService<Plans>().SavePlanAsync(null, new SavePlan(today.Year, $"基准测试抽查计划 {c.Name} {stamp}", "基准测试",
                new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), [itemId], [library.Id]), ct));
            await Act(sp => sp.GetRequiredService<Plans>().PublishPlanAsync(plan.Id, ct));
            var figures = new Figures
            {
                Provider = provider,
                Library = c,
                Candidates = preview.Candidates,
                Ratios = string.Join(" ", ratios.Select(r => string.Create(Inv, $"{r.Key} {r.Value * 100:0.##}% of {preview.ByClass.GetValueOrDefault(r.Key):N0}"))),
            };
            Console.WriteLine($"{provider} / {c.Name}: {preview.Candidates:N0} candidates; ratios {figures.Ratios}");

            for (var i = 0; i < runs; i++)
            {
                var task = await Act(sp => sp.GetRequiredService<Plans>().CreateTaskAsync(new CreateTask(plan.Id, $"基准测试 {i + 1}", library.Id, "risk",
                    ratios["A"], ratios["B"], ratios["C"], ratios["D"], ratios["U"], null,
                    [new TaskDepartmentInput(Items.DefaultDepartment, [itemId], 2)], today, today, null), ct));

                // Ours, end to end: the two service calls a section chief makes (two requests, two scopes). The last run
                // also sums the EF statements each call ran (the registry's raw library query is not among them).
                var traced = i == runs - 1;
                Trace.Reset();
                Trace.Active = traced;
                // The public value must come after the freeze (Witnesses.DeclareAsync: strictly later, to the second) and the
                // draw may start only once it exists: declared 2 s ahead, and the draw waits for it outside its timing.
                var valueAt = DateTimeOffset.UtcNow.AddSeconds(2);
                var cpu = CpuMs();
                var t = Stopwatch.GetTimestamp();
                var committed = await Act(sp => sp.GetRequiredService<Draws>().CommitAsync(task.Id, new CommitCommand("基准测试公开值", valueAt, [witness]), ct));
                var commitMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                var commitCpu = CpuMs() - cpu;
                var commitTrace = Trace.Summary(8);
                Trace.Reset();
                var wait = valueAt.AddSeconds(1) - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                cpu = CpuMs();
                t = Stopwatch.GetTimestamp();
                var drawn = await Act(sp => sp.GetRequiredService<Draws>().DrawAsync(task.Id, new DrawCommand([new WitnessValueInput(witness, $"bench-{stamp}-{i}")]), ct));
                var drawMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                var drawCpu = CpuMs() - cpu;
                figures.Add("commit.cpu", commitCpu);
                figures.Add("draw.cpu", drawCpu);
                Trace.Active = false;
                if (traced)
                {
                    Console.WriteLine($"  run {i + 1}, EF statements during the commit ({commitMs:F0} ms):");
                    foreach (var line in commitTrace) Console.WriteLine(line);
                    Console.WriteLine($"  run {i + 1}, EF statements during the draw ({drawMs:F0} ms):");
                    foreach (var line in Trace.Summary(8)) Console.WriteLine(line);
                }
                var selected = drawn.Selected!.Count;
                if (committed.CandidateCount != preview.Candidates || selected != drawn.Strata.Sum(s => s.Selected))
                    throw new InvalidOperationException($"unexpected draw: {committed.CandidateCount} candidates, {selected} selected");
                figures.Candidates = committed.CandidateCount;
                figures.Selected = selected;
                figures.Add("commit", commitMs);
                figures.Add("draw", drawMs);
                figures.Add("total", commitMs + drawMs);

                // The same work phase by phase, through the contracts and the module's pieces directly.
                await InScope(async sp => await PhasesAsync(sp, figures, task.Id, ct));
                double Last(string key) => figures.Samples[key][^1];
                figures.Add("commit.rest", commitMs - Last("p.freeze") - Last("p.hash") - Last("p.pack"));
                figures.Add("draw.rest", drawMs - Last("p.load") - Last("p.unpack") - Last("p.verify") - Last("p.select") - Last("p.names"));

                // Baseline: the database's own random sample on the same filter, n = the number drawn.
                var baseline = await BaselineAsync(connection, c.ActiveOnly, selected);
                figures.Add("baseline", baseline);
                var phases = string.Join(", ", figures.Samples.Where(s => s.Key.StartsWith("p.", StringComparison.Ordinal))
                    .Select(s => string.Create(Inv, $"{s.Key[2..]} {s.Value[^1]:F0}")));
                Console.WriteLine(string.Create(Inv,
                    $"  run {i + 1}: commit {commitMs:F0} ms (CPU {commitCpu:F0}), draw {drawMs:F0} ms (CPU {drawCpu:F0}), total {commitMs + drawMs:F0} ms ({committed.CandidateCount:N0} candidates, {selected:N0} drawn); baseline {baseline:F0} ms; phases: {phases}"));
            }

            results.Add(figures);
        }

        return results;
    }

    /// <summary>
    /// Ratios inside the rule ranges (A ≤ 5 %, B ≥ 5 %, C ≥ 21 %, D ≥ 61 %, U any) giving about <see cref="Target"/> overall: B, C, D
    /// at their minimum, U as B, A what is left (0–5 %, four decimals).
    /// </summary>
    private static Dictionary<string, decimal> ChooseRatios(IReadOnlyDictionary<string, int> byClass, int candidates)
    {
        var r = new Dictionary<string, decimal> { ["B"] = 0.05m, ["C"] = 0.21m, ["D"] = 0.61m, ["U"] = 0.05m };
        decimal fixedPart = r.Sum(x => x.Value * byClass.GetValueOrDefault(x.Key));
        var a = byClass.GetValueOrDefault("A");
        var left = (Target * candidates) - fixedPart;
        r["A"] = a == 0 ? 0m : Math.Clamp(decimal.Round(left / a, 4), 0m, 0.05m);
        return r;
    }

    private static async Task<bool> PhasesAsync(IServiceProvider sp, Figures f, long taskId, CancellationToken ct)
    {
        var db = sp.GetRequiredService<InspectionsDbContext>();
        var task = await db.Tasks.AsNoTracking().SingleAsync(x => x.Id == taskId, ct);
        var library = await db.Libraries.AsNoTracking().SingleAsync(x => x.Id == task.LibraryId, ct);
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var credit = sp.GetRequiredService<ICreditQueries>();

        // The filter the freezer builds for this library (no division of its own: the unit's, 370100).
        var filter = new EntityFilter(Statuses: library.ActiveOnly ? [EntityStatus.Active] : null, DivisionCodes: ["370100"]);
        var t = Stopwatch.GetTimestamp();
        var keys = new List<EntityKey>();
        await foreach (var k in directory.SelectAsync(filter, ct)) keys.Add(k);
        f.Add("p.registry", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var classes = new List<EntityRiskClass>();
        await foreach (var r in credit.RiskClassesAsync(ct)) classes.Add(r);
        f.Add("p.risk", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var frozen = await sp.GetRequiredService<CandidateFreezer>().FreezeAsync(library, ["370100"], true, new HashSet<string>(), ct);
        f.Add("p.freeze", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        // zhijian-draw-v2 hashes the declaration and the library's definition with the candidates and the exempted.
        var draw = await db.Draws.AsNoTracking().Where(x => x.TaskId == taskId).OrderByDescending(x => x.Seq).FirstAsync(ct);
        var declaration = new DrawDeclaration(draw.PublicValueSource!, draw.PublicValueAt!.Value, draw.Witnesses);
        t = Stopwatch.GetTimestamp();
        var hash = FrozenText.TargetHash(declaration, draw.Library!, null, frozen.Candidates, frozen.Exempted, []);
        f.Add("p.hash", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var packed = CandidateFreezer.Pack(frozen.Candidates);
        f.Add("p.pack", Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        f.PackedMiB = packed.Length / 1048576.0;

        if (draw.CandidateHash != hash) throw new InvalidOperationException("phase freeze differs from the committed list");
        t = Stopwatch.GetTimestamp();
        var stored = await db.DrawCandidates.AsNoTracking().SingleAsync(x => x.DrawId == draw.Id, ct);
        f.Add("p.load", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var candidates = CandidateFreezer.Unpack(stored.Data);
        f.Add("p.unpack", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        if (FrozenText.TargetHash(declaration, draw.Library!, null, candidates, frozen.Exempted, []) != draw.CandidateHash)
            throw new InvalidOperationException("stored list differs");
        f.Add("p.verify", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var outcome = DrawAlgorithm.Draw(candidates, [.. draw.Strata.Select(s => new StratumSpec(s.Label, s.Ratio, s.Count))], RandomNumberGenerator.GetBytes(32));
        f.Add("p.select", Stopwatch.GetElapsedTime(t).TotalMilliseconds);

        t = Stopwatch.GetTimestamp();
        var names = await directory.FindManyAsync(outcome.Selected, ct);
        f.Add("p.names", Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        if (names.Count != outcome.Selected.Count || keys.Count < frozen.Candidates.Count || classes.Count == 0)
            throw new InvalidOperationException("phase results inconsistent");
        return true;
    }

    /// <summary>
    /// <c>ORDER BY random() LIMIT n</c> over the filter the library query applies: the actor's jurisdiction (3701…), the
    /// library's division (the unit's, 3701…) and, for the active library, the status — the same predicates, parameters
    /// and table.
    /// </summary>
    internal static string BaselineSql(bool postgres, bool activeOnly) =>
        (postgres ? "SELECT e.\"Uscc\" FROM entities.market_entities e" : "SELECT e.\"Uscc\" FROM entities_market_entities e")
        + " WHERE (e.\"DivisionCode\" LIKE @p0) AND (e.\"DivisionCode\" LIKE @p1)"
        + (activeOnly ? " AND e.\"Status\" IN (1)" : "")
        + (postgres ? " ORDER BY random() LIMIT @n" : " ORDER BY RANDOM() LIMIT @n");

    internal static async Task<double> BaselineAsync(string connection, bool activeOnly, int n)
    {
        var postgres = !connection.StartsWith("Data Source=", StringComparison.Ordinal);
        var t = Stopwatch.GetTimestamp();
        await using DbConnection c = postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = BaselineSql(postgres, activeOnly);
        foreach (var (name, value) in new (string, object)[] { ("@p0", "3701%"), ("@p1", "3701%"), ("@n", n) })
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        var rows = 0;
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                _ = reader.GetString(0);
                rows++;
            }
        }

        var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (rows != n) throw new InvalidOperationException($"baseline returned {rows} rows, expected {n}");
        return ms;
    }

    private static readonly (string Key, string Label)[] Rows =
    [
        ("commit", "**commit = freeze** (`Draws.CommitAsync`)"),
        ("commit.cpu", "— CPU time of this process during the commit"),
        ("p.registry", "— registry stream alone (`IEntityDirectory.SelectAsync`)"),
        ("p.risk", "— risk stream alone (`ICreditQueries.RiskClassesAsync`)"),
        ("p.freeze", "— both at once + merge (`CandidateFreezer.FreezeAsync`)"),
        ("p.hash", "— candidate hash"),
        ("p.pack", "— pack (deflate)"),
        ("commit.rest", "— rest: task/plan/library reads, store draw + packed list, audit"),
        ("draw", "**draw** (`Draws.DrawAsync`)"),
        ("draw.cpu", "— CPU time of this process during the draw"),
        ("p.load", "— load packed list"),
        ("p.unpack", "— unpack"),
        ("p.verify", "— verify hash"),
        ("p.select", "— stratified selection (zhijian-draw-v1)"),
        ("p.names", "— names of the drawn (`FindManyAsync`)"),
        ("draw.rest", "— rest: store targets, audit, view"),
        ("total", "**total (commit + draw)**"),
        ("baseline", "baseline `ORDER BY random() LIMIT n`"),
    ];

    private static void Print(List<Figures> all, int runs)
    {
        foreach (var group in all.GroupBy(f => f.Library.Name))
        {
            var cols = group.ToList();
            Console.WriteLine();
            Console.WriteLine($"== {group.Key}: median of {runs} runs, ms (first run warms caches)");
            Console.WriteLine("baseline: " + BaselineSql(true, cols[0].Library.ActiveOnly) + " (PostgreSQL; SQLite: entities_market_entities, RANDOM()), @p0 = @p1 = '3701%', @n = drawn");
            Console.WriteLine("| | " + string.Join(" | ", cols.Select(c => c.Provider)) + " |");
            Console.WriteLine("| --- |" + string.Concat(cols.Select(_ => " --- |")));
            Console.WriteLine("| candidates / drawn | " + string.Join(" | ", cols.Select(c => string.Create(Inv, $"{c.Candidates:N0} / {c.Selected:N0} ({100.0 * c.Selected / c.Candidates:F2} %)"))) + " |");
            Console.WriteLine("| ratios | " + string.Join(" | ", cols.Select(c => c.Ratios)) + " |");
            Console.WriteLine("| packed list | " + string.Join(" | ", cols.Select(c => string.Create(Inv, $"{c.PackedMiB:F1} MiB"))) + " |");
            foreach (var (key, label) in Rows)
                Console.WriteLine($"| {label} | " + string.Join(" | ", cols.Select(c => string.Create(Inv, $"{c.Median(key):F0}"))) + " |");
            Console.WriteLine("| **ratio total / baseline** | " + string.Join(" | ", cols.Select(c => string.Create(Inv, $"{c.Median("total") / c.Median("baseline"):F2}×"))) + " |");
            foreach (var c in cols)
                Console.WriteLine($"{c.Provider}: runs total " + string.Join(", ", c.Samples["total"].Select(x => x.ToString("F0", Inv))) +
                    " ms; baseline " + string.Join(", ", c.Samples["baseline"].Select(x => x.ToString("F0", Inv))) + " ms");

            // Issue 26: each phase (freeze, then draw) ≤ 1 s on PostgreSQL, ≤ 1.5 s on SQLite, against ORDER BY random() LIMIT n.
            foreach (var c in cols)
            {
                var library = c.Library.ActiveOnly ? "active only" : "whole city";
                var db = BenchResults.Database(c.Provider);
                var limit = c.Provider == "postgres" ? 1000 : 1500;
                var baseline = c.Median("baseline");
                var detail = string.Create(Inv, $"{c.Candidates:N0} candidates, {c.Selected:N0} drawn; median of {runs} runs");
                BenchResults.AtMost($"draw 3 %, {library}: freeze (Draws.CommitAsync)", db, c.Median("commit"), "ms", limit, "ORDER BY random() LIMIT n", baseline, detail);
                BenchResults.AtMost($"draw 3 %, {library}: draw (Draws.DrawAsync)", db, c.Median("draw"), "ms", limit, "ORDER BY random() LIMIT n", baseline, detail);
                BenchResults.Figure($"draw 3 %, {library}: total (freeze + draw)", db, c.Median("total"), "ms", "ORDER BY random() LIMIT n", baseline, detail);
            }
        }
    }

    /// <summary>CPU time of this process (all threads), ms: on a shared machine less noisy than wall time; on SQLite it includes the database.</summary>
    private static double CpuMs()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalMilliseconds;
    }

    private static T Must<T>(Result<T> r) => r.IsSuccess ? r.Value! : throw new InvalidOperationException("draw bench setup failed: " + r.ErrorText);
}
