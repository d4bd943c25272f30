using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhijian.Bench;

/// <summary>
/// One measured figure of a benchmark against its baseline measured in the same run, as <c>bench/all.sh</c> collects them
/// into <c>artifacts/bench/results.json</c> and the table of <c>bench/README.md</c>. <see cref="Ratio"/> is figure ÷
/// baseline; <see cref="Met"/> says whether the goal holds (null where the work has no goal, only a figure).
/// </summary>
internal sealed record BenchResult(
    string Work,
    string Database,
    double Figure,
    string Unit,
    string? Baseline,
    double? BaselineFigure,
    double? Ratio,
    string? Goal,
    bool? Met,
    string? Detail = null);

/// <summary>
/// Appends results as JSON lines to the file named by <c>ZHIJIAN_BENCH_RESULTS</c> (set by bench/all.sh; a bench run alone
/// prints its results and writes nothing), and turns such a file into results.json and a Markdown table.
/// </summary>
internal static class BenchResults
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A bench with no samples (e.g. every request failed) has NaN percentiles: written as "NaN", not an exception at the end.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly JsonSerializerOptions Indented = new(Json) { WriteIndented = true };

    private static readonly Lock Gate = new();

    /// <summary>Records one result: printed always, appended to the results file when bench/all.sh collects.</summary>
    public static void Record(BenchResult result)
    {
        var ratio = result.Ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $" = {r:0.##}× {result.Baseline}") : "";
        var met = result.Met switch { true => " — goal met", false => " — goal NOT met", null => "" };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {result.Work} [{result.Database}]: {result.Figure:0.###} {result.Unit}{ratio}; goal {result.Goal ?? "—"}{met}"));
        var path = Environment.GetEnvironmentVariable("ZHIJIAN_BENCH_RESULTS");
        if (string.IsNullOrEmpty(path)) return;
        lock (Gate)
        {
            File.AppendAllText(path, JsonSerializer.Serialize(result, Json) + "\n", new UTF8Encoding(false));
        }
    }

    /// <summary>Convenience: figure against a baseline, goal met when the ratio is at most <paramref name="maxRatio"/>.</summary>
    public static void RatioAtMost(string work, string database, double figure, string unit, string baseline, double baselineFigure,
        double maxRatio, string? detail = null)
    {
        var ratio = baselineFigure > 0 ? figure / baselineFigure : double.NaN;
        Record(new(work, database, figure, unit, baseline, baselineFigure, Round(ratio),
            string.Create(CultureInfo.InvariantCulture, $"≤ {maxRatio:0.##}× baseline"), ratio <= maxRatio, detail));
    }

    /// <summary>Convenience: a figure with an absolute limit (latency, seconds), the baseline reported beside it.</summary>
    public static void AtMost(string work, string database, double figure, string unit, double limit, string? baseline = null,
        double? baselineFigure = null, string? detail = null) =>
        Record(new(work, database, figure, unit, baseline, baselineFigure, baselineFigure is > 0 ? Round(figure / baselineFigure.Value) : null,
            string.Create(CultureInfo.InvariantCulture, $"≤ {limit:0.###} {unit}"), figure <= limit, detail));

    /// <summary>Convenience: a rate or count with a floor, the baseline reported beside it.</summary>
    public static void AtLeast(string work, string database, double figure, string unit, double floor, string? baseline = null,
        double? baselineFigure = null, string? detail = null) =>
        Record(new(work, database, figure, unit, baseline, baselineFigure, baselineFigure is > 0 ? Round(figure / baselineFigure.Value) : null,
            string.Create(CultureInfo.InvariantCulture, $"≥ {floor:0.###} {unit}"), figure >= floor, detail));

    /// <summary>
    /// Convenience: a rate with a floor and a share of the baseline's rate (e.g. "≥ 1,000 req/s, ≥ 0.3× baseline"): met when both
    /// hold.
    /// </summary>
    public static void AtLeastWithRatio(string work, string database, double figure, string unit, double floor, string baseline,
        double baselineFigure, double minRatio, string? detail = null)
    {
        var ratio = baselineFigure > 0 ? figure / baselineFigure : double.NaN;
        Record(new(work, database, figure, unit, baseline, baselineFigure, Round(ratio),
            string.Create(CultureInfo.InvariantCulture, $"≥ {floor:0.###} {unit}, ≥ {minRatio:0.##}× baseline"), figure >= floor && ratio >= minRatio, detail));
    }

    /// <summary>Convenience: a figure without a goal (Goal and Met null), the baseline beside it where the bench measures one.</summary>
    public static void Figure(string work, string database, double figure, string unit, string? baseline = null, double? baselineFigure = null,
        string? detail = null) =>
        Record(new(work, database, figure, unit, baseline, baselineFigure, baselineFigure is > 0 ? Round(figure / baselineFigure.Value) : null, null, null, detail));

    /// <summary>The database column's name for a bench's provider option ("postgres" → PostgreSQL, "sqlite" → SQLite).</summary>
    public static string Database(string provider) => provider switch
    {
        "postgres" => "PostgreSQL",
        "sqlite" => "SQLite",
        _ => provider,
    };

    private static double? Round(double ratio) => double.IsFinite(ratio) ? Math.Round(ratio, 3) : null;

    /// <summary><c>results --in results.jsonl --out results.json [--readme bench/README.md]</c>: collects a run's lines.</summary>
    public static int Collect(Dictionary<string, string> o)
    {
        var lines = File.Exists(o["in"]) ? File.ReadAllLines(o["in"]) : [];
        var results = lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<BenchResult>(l, Json)!).ToList();
        var document = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            collected_at = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            results,
        };
        File.WriteAllText(o["out"], JsonSerializer.Serialize(document, Indented), new UTF8Encoding(false));
        var table = Table(results, document.collected_at);
        Console.WriteLine(table);
        if (o.TryGetValue("readme", out var readme)) ReplaceSection(readme, table);
        return 0;
    }

    private const string Begin = "<!-- bench/all.sh results: begin -->", End = "<!-- bench/all.sh results: end -->";

    internal static string Table(IReadOnlyList<BenchResult> results, string when)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"Last `bench/all.sh` run: {when}, {Environment.ProcessorCount} cores.\n\n");
        b.Append("| work | database | figure | baseline (same run) | ratio | goal | met |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var baseline = r.Baseline is null ? "—" : r.BaselineFigure is { } f ? string.Create(CultureInfo.InvariantCulture, $"{r.Baseline}: {f:0.###}") : r.Baseline;
            b.Append(CultureInfo.InvariantCulture,
                $"| {r.Work} | {r.Database} | {r.Figure:0.###} {r.Unit} | {baseline} | {(r.Ratio is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) + "×" : "—")} | {r.Goal ?? "—"} | {r.Met switch { true => "yes", false => "**no**", null => "—" }} |\n");
        }

        return b.ToString();
    }

    private static void ReplaceSection(string path, string table)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var section = Begin + "\n" + table + End;
        text = start >= 0 && end > start ? text[..start] + section + text[(end + End.Length)..] : text.TrimEnd() + "\n\n## All benchmarks (`bench/all.sh`)\n\n" + section + "\n";
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
