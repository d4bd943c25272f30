using System.Diagnostics;
using System.Globalization;

namespace Zhijian.Bench;

/// <summary>One load step: what was asked, what came back.</summary>
internal sealed record LoadResult(string Label, double TargetRate, double AchievedRate, int Sent, int Ok, int Errors, double P50, double P95, double P99,
    double Max, string? FirstError)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Row() => string.Create(Inv,
        $"| {Label} | {(TargetRate > 0 ? TargetRate.ToString("F0", Inv) : "closed loop")} | {AchievedRate:F0} | {P50:F1} | {P95:F1} | {P99:F1} | {Max:F1} | {Errors} |");

    public const string Header = "| target | offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- | --- | --- |";
}

/// <summary>
/// A small load generator (NBomber is not served by the NuGet copy here, and no wrk/oha/hey binary is installed).
/// <see cref="FixedRateAsync"/> is open loop: request i is due at start + i / rate whether or not earlier ones have
/// answered, and its latency is counted from that due time (so a stalled server shows up in the percentiles instead of
/// slowing the offered load: no coordinated omission). <see cref="ClosedLoopAsync"/> runs N workers back to back (the
/// most the server can take). Percentiles are exact, from the sorted latencies of every request.
/// </summary>
internal static class LoadGenerator
{
    /// <summary>Requests in flight beyond this count as errors (the client would otherwise hide an overload in its queue).</summary>
    public const int MaxInFlight = 2000;

    public static HttpClient Client(Uri baseAddress, int maxConnections = 256) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Sends <paramref name="rate"/> requests per second for <paramref name="seconds"/>; send(i) returns null on success or an error text.</summary>
    public static async Task<LoadResult> FixedRateAsync(string label, double rate, double seconds, Func<int, Task<string?>> send)
    {
        var total = (int)(rate * seconds);
        var latencies = new double[total];
        var errors = 0;
        string? firstError = null;
        var inFlight = 0;
        var tasks = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        var lastDone = start;
        var i = 0;
        while (i < total)
        {
            var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            for (; i < due; i++)
            {
                var n = i;
                var dueAt = start + (long)(n / rate * Stopwatch.Frequency);
                if (Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    latencies[n] = double.NaN;
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, "client: too many requests in flight", null);
                    continue;
                }

                Interlocked.Increment(ref inFlight);
                tasks.Add(Task.Run(async () =>
                {
                    string? error;
                    try
                    {
                        error = await send(n);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        error = e.GetType().Name + ": " + e.Message;
                    }

                    var now = Stopwatch.GetTimestamp();
                    latencies[n] = Stopwatch.GetElapsedTime(dueAt, now).TotalMilliseconds;
                    Interlocked.Exchange(ref lastDone, Math.Max(Interlocked.Read(ref lastDone), now));
                    Interlocked.Decrement(ref inFlight);
                    if (error is not null)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, error, null);
                    }
                }));
            }

            if (i < total) await Task.Delay(1);
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start, Math.Max(lastDone, start + 1)).TotalSeconds;
        var sorted = latencies.Where(x => !double.IsNaN(x)).Order().ToList();
        return new LoadResult(label, rate, (total - errors) / Math.Max(elapsed, seconds), total, total - errors, errors,
            P(sorted, 50), P(sorted, 95), P(sorted, 99), sorted.Count == 0 ? 0 : sorted[^1], firstError);
    }

    /// <summary><paramref name="workers"/> loops sending back to back for <paramref name="seconds"/>.</summary>
    public static async Task<LoadResult> ClosedLoopAsync(string label, int workers, double seconds, Func<int, Task<string?>> send)
    {
        var counter = -1;
        var errors = 0;
        string? firstError = null;
        var all = new List<double>[workers];
        var start = Stopwatch.GetTimestamp();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = all[w] = [];
            while (Stopwatch.GetElapsedTime(start) < end)
            {
                var n = Interlocked.Increment(ref counter);
                var t = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await send(n);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = e.GetType().Name + ": " + e.Message;
                }

                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var sorted = all.SelectMany(x => x).Order().ToList();
        return new LoadResult(label + $" ({workers} workers)", 0, (sorted.Count - errors) / elapsed, sorted.Count, sorted.Count - errors, errors,
            P(sorted, 50), P(sorted, 95), P(sorted, 99), sorted.Count == 0 ? 0 : sorted[^1], firstError);
    }

    public static double P(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
