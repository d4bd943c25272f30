using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhijian.Entities.Dataset;

// Zhijian.Bench: command-line benchmarks (bench/run.sh runs them all).
//   generate --count N --seed S --out file.csv [--divisions 370102,370103,...] [--today yyyy-MM-dd]
//   import --file big.csv [--small small.csv] --host path/Zhijian.Host.dll [--pg "Host=…"] [--db sqlite,postgres] [--queries 100]
//   portal --host path/Zhijian.Host.dll --pg "Host=…" [--entities 20000] [--seconds 20] [--concurrency 16]
//   risk --count N [--records 5] --host path/Zhijian.Host.dll [--pg "Host=…"] [--db sqlite,postgres] [--samples 200] [--file entities.csv]
//   complaints-intake --host path/Zhijian.Host.dll --pg "Host=…" [--entities 10000] [--rates 250,500,1000,1500] [--seconds 30] [--baseline-rates 1000,1500] [--workers 32]
//   complaints-intake-ab --host A/Zhijian.Host.dll --host-b B/Zhijian.Host.dll --pg "Host=…" [--rates 250,500] [--seconds 10] [--rounds 3] [--workers 32]
//   complaints-queries --host path/Zhijian.Host.dll [--pg "Host=…"] [--db sqlite,postgres] [--count 1000000] [--samples 100] [--max-seconds 40] [--pg-indexes "CREATE INDEX …;…"] [--sqlite-indexes "…"]
//   indicators --host path/Zhijian.Host.dll --pg "Host=…" [--entities 1000000] [--complaints 1000000] [--inspections 100000] [--cases 50000] [--samples 200] [--runs 5]
//   draw [--count 1000000] [--records 2] --host path/Zhijian.Host.dll [--pg "Host=…"] [--db sqlite,postgres] [--runs 3] [--file entities.csv]
const string Usage = "usage: generate --count N --seed S --out file.csv [--divisions 370102,...] [--today yyyy-MM-dd]\n" +
    "       import --file big.csv [--small small.csv] --host Zhijian.Host.dll [--pg CONNECTION] [--db sqlite,postgres] [--queries 100]\n" +
    "       risk --count N [--records 5] --host Zhijian.Host.dll [--pg CONNECTION] [--db sqlite,postgres] [--samples 200] [--file entities.csv]\n" +
    "       portal --host Zhijian.Host.dll --pg CONNECTION [--entities 20000] [--seconds 20] [--concurrency 16]\n" +
    "       indicators --host Zhijian.Host.dll --pg CONNECTION [--entities 1000000] [--complaints 1000000] [--inspections 100000] [--cases 50000] [--samples 200] [--runs 5]\n" +
    "       draw [--count 1000000] [--records 2] --host Zhijian.Host.dll [--pg CONNECTION] [--db sqlite,postgres] [--runs 3] [--file entities.csv]\n" +
    "       complaints-intake --host Zhijian.Host.dll --pg CONNECTION [--entities 10000] [--rates 250,500,1000,1500] [--seconds 30] [--baseline-rates 1000,1500] [--workers 32]\n" +
    "       complaints-intake-ab --host A.dll --host-b B.dll --pg CONNECTION [--rates 250,500] [--seconds 10] [--rounds 3] [--workers 32]\n" +
    "       food-grading [--count 200000] [--pg CONNECTION] [--db sqlite,postgres]\n" +
    "       food-intake --host Zhijian.Host.dll --pg CONNECTION [--seconds 20] [--workers 32] [--orders 60000]\n" +
    "       food-rapid-intake --host Zhijian.Host.dll --pg CONNECTION [--seconds 20] [--workers 8]\n" +
    "       drugs-ephedrine --pg CONNECTION [--count 10000000] [--pharmacies 5000] [--sample 10000]\n" +
    "       prices-warnings --pg CONNECTION [--years 5] [--goods 200] [--points 2000] [--sample 1000]\n" +
    "       pq-draw --host Zhijian.Host.dll [--pg CONNECTION] [--db postgres,sqlite] [--count 200000] [--history 1000] [--batches 1000] [--runs 3]\n" +
    "       results --in results.jsonl --out results.json [--readme bench/README.md]\n" +
    "       complaints-queries --host Zhijian.Host.dll [--pg CONNECTION] [--db sqlite,postgres] [--count 1000000] [--samples 100] [--max-seconds 40] [--pg-indexes \"CREATE INDEX …;…\"] [--sqlite-indexes \"…\"]";
if (args.Length == 0 || args[0] is not ("generate" or "import" or "risk" or "portal" or "draw" or "indicators" or "complaints-intake" or "complaints-intake-ab" or "complaints-queries" or "food-grading" or "food-intake" or "food-rapid-intake" or "sequip-schedule" or "pq-draw" or "drugs-ephedrine" or "prices-warnings" or "results"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (args[0] == "results") return Zhijian.Bench.BenchResults.Collect(options);
if (args[0] == "import") return await Zhijian.Bench.ImportSearchBench.RunAsync(options);
if (args[0] == "risk") return await Zhijian.Bench.RiskBench.RunAsync(options);
if (args[0] == "portal") return await Zhijian.Bench.PortalBench.RunAsync(options);
if (args[0] == "indicators") return await Zhijian.Bench.IndicatorsBench.RunAsync(options);
if (args[0] == "draw") return await Zhijian.Bench.DrawBench.RunAsync(options);
if (args[0] == "food-grading") return await Zhijian.Bench.Food.FoodGradingBench.RunAsync(options);
if (args[0] == "food-intake") return await Zhijian.Bench.FoodIntake.FoodIntakeBench.RunAsync(options);
if (args[0] == "food-rapid-intake") return await Zhijian.Bench.FoodRapid.RapidIntakeBench.RunAsync(options);
if (args[0] == "sequip-schedule") return await Zhijian.Bench.Sequip.SequipScheduleBench.RunAsync(options);
if (args[0] == "drugs-ephedrine") return await Zhijian.Bench.Drugs.DrugsEphedrineBench.RunAsync(options);
if (args[0] == "prices-warnings") return await Zhijian.Bench.Prices.PricesWarningsBench.RunAsync(options);
if (args[0] == "pq-draw") return await Zhijian.Bench.Quality.PqDrawBench.RunAsync(options);
if (args[0] == "complaints-intake-ab") return await Zhijian.Bench.ComplaintsBench.IntakeAbAsync(options);
if (args[0] == "complaints-intake") return await Zhijian.Bench.ComplaintsBench.IntakeAsync(options);
if (args[0] == "complaints-queries") return await Zhijian.Bench.ComplaintsBench.QueriesAsync(options);

var count = int.Parse(options.GetValueOrDefault("count", "100000"), CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
var outPath = options.GetValueOrDefault("out", "entities.csv");
IReadOnlyList<string> divisions = options.TryGetValue("divisions", out var d)
    ? d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    : EntityDatasetGenerator.JinanCounties;
var today = options.TryGetValue("today", out var t)
    ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture)
    : DateOnly.FromDateTime(DateTime.Today);

var generator = new EntityDatasetGenerator(seed, divisions, today);
var stopwatch = Stopwatch.StartNew();
using (var writer = new StreamWriter(outPath, false, new UTF8Encoding(true), 1 << 16))
{
    EntityCsv.Write(writer, generator.Entities(count));
}

stopwatch.Stop();
var size = new FileInfo(outPath).Length;
using var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rows={count} seconds={stopwatch.Elapsed.TotalSeconds:F2} rows/s={count / stopwatch.Elapsed.TotalSeconds:F0} " +
    $"file={size / 1048576.0:F1} MiB peak-working-set={process.PeakWorkingSet64 / 1048576.0:F1} MiB"));
return 0;
