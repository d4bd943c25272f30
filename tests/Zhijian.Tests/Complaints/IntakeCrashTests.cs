using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Complaints;

/// <summary>A fact that runs only when the suite runs against PostgreSQL (tools/test.sh postgres).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.CurrentKind != DatabaseKind.Postgres) Skip = "PostgreSQL only (a second process shares the database)";
    }
}

/// <summary>
/// Exactly-once intake across a crash: the real host (the built Zhijian.Host.dll as a child process, Production, its own
/// fresh PostgreSQL database) takes a burst of 12345 tickets with distinct Idempotency-Keys over 16 connections and is
/// SIGKILLed in the middle of it; restarted on the same database, it gets every request that had no 2xx again (same
/// key, same bytes). Every acknowledged key must then exist exactly once, the table must hold one filing per key, and a
/// replay of an acknowledged key must return the filing it acknowledged.
/// </summary>
public sealed class IntakeCrashTests
{
    private const int Requests = 300;
    private const int Connections = 16;
    private const int KillAfterAcknowledged = 90;

    [PostgresFact]
    public async Task Killed_mid_burst_then_restarted_every_key_is_stored_exactly_once()
    {
        var watch = Stopwatch.StartNew();
        await using var db = await TestDatabase.CreateAsync();
        var dll = Path.Combine(AppContext.BaseDirectory, "Zhijian.Host.dll");
        Assert.True(File.Exists(dll), "Zhijian.Host.dll not next to the tests: " + dll);
        var key = await HostProcess.CreateApiClientAsync(dll, db.ConnectionString);

        var bodies = Enumerable.Range(0, Requests).Select(Body).ToArray();
        var acknowledged = new long?[Requests]; // filing id per key, once a 2xx came back
        var firstStatus = new int[Requests];

        // 1. The burst, killed once KillAfterAcknowledged answers came back (requests still in flight on most connections).
        var killedAt = 0;
        await using (var host = await HostProcess.StartAsync(dll, db.ConnectionString))
        {
            using var client = Client(host.BaseAddress, key);
            var next = -1;
            var done = 0;
            var killed = 0;
            var kill = new TaskCompletionSource();
            var workers = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
            {
                while (Volatile.Read(ref killed) == 0 && Interlocked.Increment(ref next) is var i && i < Requests)
                {
                    var (status, id) = await SubmitAsync(client, i, bodies[i]);
                    firstStatus[i] = status;
                    if (status is >= 200 and < 300)
                    {
                        acknowledged[i] = id;
                        if (Interlocked.Increment(ref done) == KillAfterAcknowledged) kill.TrySetResult();
                    }
                }
            })).ToArray();
            await Task.WhenAny(kill.Task, Task.WhenAll(workers));
            host.Kill();
            Volatile.Write(ref killed, 1);
            killedAt = Volatile.Read(ref done);
            await Task.WhenAll(workers);
        }

        var beforeKill = acknowledged.Count(a => a is not null);
        var unanswered = Enumerable.Range(0, Requests).Where(i => acknowledged[i] is null).ToList();
        Assert.True(unanswered.Count > 0, "the kill came after the whole burst: nothing was tested");

        // 2. Restart on the same database; resubmit everything that got no 2xx, same key, same bytes.
        var replayedAfterCrash = 0;
        await using (var host = await HostProcess.StartAsync(dll, db.ConnectionString))
        {
            using var client = Client(host.BaseAddress, key);
            await Parallel.ForEachAsync(unanswered, new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (i, _) =>
            {
                var (status, id) = await SubmitAsync(client, i, bodies[i]);
                Assert.True(status is 200 or 201, $"resubmission of key {i}: {status}");
                if (status == 200) Interlocked.Increment(ref replayedAfterCrash); // committed before the kill, never acknowledged
                acknowledged[i] = id;
            });

            // 3. A replay of every acknowledged key returns the filing it acknowledged.
            await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (i, _) =>
            {
                var (status, id) = await SubmitAsync(client, i, bodies[i]);
                Assert.True(status is 200 or 201, $"replay of key {i}: {status}"); // the platform filter replays the first answer (201, or 200 after a crash)
                Assert.Equal(acknowledged[i], id);
            });

            // Through the API: each ticket has exactly one filing, the one acknowledged; the list counts one per key.
            await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (i, ct) =>
            {
                var parts = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/complaints/by-ticket/12345/{Ticket(i)}", ct)).RootElement;
                Assert.Equal(1, parts.GetArrayLength());
                Assert.Equal(acknowledged[i], parts[0].GetProperty("id").GetInt64());
            });
            var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/complaints?size=1")).RootElement;
            Assert.Equal(Requests, list.GetProperty("total").GetInt32());
        }

        // In the table itself: one row per key, no key twice, ids as acknowledged.
        await using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            await c.OpenAsync();
            await using var q = new NpgsqlCommand("SELECT \"IdempotencyKey\", \"Id\" FROM complaints.filings", c);
            await using var r = await q.ExecuteReaderAsync();
            var rows = new List<(string Key, long Id)>();
            while (await r.ReadAsync()) rows.Add((r.GetString(0), r.GetInt64(1)));
            Assert.Equal(Requests, rows.Count);
            Assert.Equal(Requests, rows.Select(x => x.Key).Distinct().Count());
            var byKey = rows.ToDictionary(x => x.Key, x => x.Id);
            for (var i = 0; i < Requests; i++) Assert.Equal(acknowledged[i], byKey[$"{HostProcess.ClientName}|crash-{i:D3}"]);
        }

        Console.WriteLine($"intake crash test: {beforeKill} of {Requests} acknowledged before the SIGKILL (kill at {killedAt}), {unanswered.Count} resubmitted " +
            $"after the restart, {replayedAfterCrash} of them had committed without an acknowledgement; {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static string Ticket(int i) => $"CRASH-{i:D3}";

    private static byte[] Body(int i) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
    {
        ["kind"] = "complaint",
        ["channel"] = "12345",
        ["ticketId"] = Ticket(i),
        ["person"] = new Dictionary<string, object?> { ["name"] = "王小明", ["phone"] = $"139{i:D8}", ["address"] = "济南市历下区泉城路1号" },
        ["target"] = new Dictionary<string, object?> { ["name"] = "泉城路某手机店", ["address"] = "济南市历下区泉城路88号", ["divisionCode"] = "370102" },
        ["category"] = "G03",
        ["amount"] = 100 + i,
        ["facts"] = $"2026年11月10日在该店购买的手机三天后无法开机，要求退货被拒绝（第 {i} 件）。",
        ["demand"] = "退货退款",
    });

    private static HttpClient Client(Uri address, string key)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    /// <summary>Status and filing id (0 and null when the connection broke: the host was killed).</summary>
    private static async Task<(int Status, long? Id)> SubmitAsync(HttpClient client, int i, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", $"crash-{i:D3}");
        try
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return ((int)response.StatusCode, null);
            return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.GetProperty("parts")[0].GetProperty("id").GetInt64());
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return (0, null);
        }
    }

    /// <summary>The built host as a child process on a free loopback port (Production settings, like the benchmarks).</summary>
    private sealed class HostProcess : IAsyncDisposable
    {
        public const string ClientName = "api:12345政务服务便民热线";

        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private HostProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        private static ProcessStartInfo Info(string dll, string connection, int? port, params string[] args)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(dll);
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["ZHIJIAN_DB"] = connection;
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["Zhijian__Demo__Entities"] = "0";
            info.Environment["Zhijian__Credit__Jobs__Enabled"] = "false";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            if (port is { } p) info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{p}";
            return info;
        }

        public static async Task<string> CreateApiClientAsync(string dll, string connection)
        {
            using var p = Process.Start(Info(dll, connection, null, "admin", "create-api-client", "--name", ClientName["api:".Length..], "--org", "370100",
                "--scopes", "complaints.write"))!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await p.WaitForExitAsync(timeout.Token);
            Assert.True(p.ExitCode == 0, $"create-api-client: {await stdout}{await stderr}");
            return (await stdout).Trim().Split('\n')[^1].Trim();
        }

        public static async Task<HostProcess> StartAsync(string dll, string connection)
        {
            var port = FreePort();
            var process = Process.Start(Info(dll, connection, port))!;
            var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
            process.OutputDataReceived += (_, e) => host.Append(e.Data);
            process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var started = Stopwatch.StartNew();
            while (started.Elapsed < TimeSpan.FromSeconds(90))
            {
                if (process.HasExited) break;
                try
                {
                    using var r = await client.GetAsync("/health");
                    if (r.IsSuccessStatusCode) return host;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                await Task.Delay(100);
            }

            await host.DisposeAsync();
            throw new InvalidOperationException("the host did not start: " + host.Output);
        }

        private string Output
        {
            get
            {
                lock (_output) return _output.ToString();
            }
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (_output)
            {
                if (_output.Length < 20_000) _output.AppendLine(line);
            }
        }

        /// <summary>SIGKILL: no shutdown, no flush, in-flight requests cut.</summary>
        public void Kill()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        private static int FreePort()
        {
            using var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            return ((IPEndPoint)l.LocalEndpoint).Port;
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            _process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
