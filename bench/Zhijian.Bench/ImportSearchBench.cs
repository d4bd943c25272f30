using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhijian.Bench;

/// <summary>
/// The registry's benchmarks, end to end against the real host (a child process, so its peak memory is the import
/// process's): (1) import a generated CSV through <c>POST /api/v1/entities/import</c> into a fresh database and, on
/// PostgreSQL, <c>psql \copy</c> of the same file into a bare table of the same columns, in the same run; (2) peak
/// resident memory (VmHWM) of the host for a small and a large file; (3) name search through
/// <c>GET /api/v1/entities?q=</c> for 1–4 character queries, p50/p95, against an unindexed <c>LIKE '%q%'</c> scan of
/// the same table run directly on the database.
/// </summary>
internal static class ImportSearchBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var file = o["file"];
        var small = o.GetValueOrDefault("small");
        var host = o["host"];
        var pg = o.GetValueOrDefault("pg");
        var providers = o.GetValueOrDefault("db", pg is null ? "sqlite" : "sqlite,postgres").Split(',');
        var queries = int.Parse(o.GetValueOrDefault("queries", "100"), Inv);
        var rows = CountRows(file);
        var work = Directory.CreateTempSubdirectory("zhijian-bench-").FullName;
        Console.WriteLine($"file: {file} ({rows:N0} rows, {new FileInfo(file).Length / 1048576.0:F1} MiB); {Environment.ProcessorCount} cores");
        var report = new List<string>();
        try
        {
            foreach (var provider in providers)
            {
                var postgres = provider == "postgres";
                if (postgres && pg is null) throw new InvalidOperationException("--pg is required for postgres");
                if (small is not null)
                {
                    var s = await ImportAsync(host, work, postgres, pg, small, "small");
                    report.Add($"{provider}: import {CountRows(small):N0} rows: {s.Seconds:F1} s, peak RSS {s.PeakMiB:F0} MiB (idle {s.IdleMiB:F0} MiB)");
                }

                Baseline? baseline = null;
                var searches = new List<SearchFigure>();
                var r = await ImportAsync(host, work, postgres, pg, file, "large", async (client, connection) =>
                {
                    baseline = postgres ? PsqlCopy(connection, file) : SqliteInsert(connection, file, work);
                    return await SearchAsync(client, postgres, connection, file, queries, searches);
                });
                var db = BenchResults.Database(provider);
                report.Add($"{provider}: import {rows:N0} rows (validation included): {r.Seconds:F1} s = {rows / r.Seconds:N0} rows/s, peak RSS {r.PeakMiB:F0} MiB (idle {r.IdleMiB:F0} MiB)");
                if (baseline is { } b)
                {
                    report.Add(string.Create(Inv, $"{provider}: baseline load into a bare table ({b.How}): {b.Load:F1} s; + the registry's indexes built after: {b.Load + b.Indexes:F1} s " +
                        $"(indexes {b.Indexes:F1} s: {b.IndexList}); import / load = {r.Seconds / b.Load:F2}×, import / load with indexes = {r.Seconds / (b.Load + b.Indexes):F2}×"));
                    BenchResults.RatioAtMost($"import {rows:N0} entities (validation included)", db, r.Seconds, "s",
                        $"{b.How} + the same indexes built after", b.Load + b.Indexes, 1.5, string.Create(Inv, $"bare load {b.Load:F1} s; peak RSS {r.PeakMiB:F0} MiB"));
                }

                foreach (var s in searches)
                {
                    BenchResults.AtMost($"name search, {s.Length} character(s), p95 at {rows:N0}", db, s.P95, "ms", 50, "unindexed LIKE '%q%' p95", s.ScanP95,
                        string.Create(Inv, $"p50 {s.P50:F1} ms (scan {s.ScanP50:F1} ms); {s.Queries} queries, mean {s.MeanHits:N0} hits"));
                }

                report.AddRange(r.Extra);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("== results");
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    internal sealed record Run(double Seconds, double PeakMiB, double IdleMiB, List<string> Extra, string Connection);

    internal sealed record SearchFigure(int Length, int Queries, double MeanHits, double P50, double P95, double ScanP50, double ScanP95);

    /// <summary>The import's baseline in the same run: the file loaded into a bare table (psql \copy; SQLite one prepared insert in
    /// one transaction), then the registry's own indexes (read from the imported database) built on it.</summary>
    internal sealed record Baseline(string How, double Load, double Indexes, string IndexList);

    internal static async Task<Run> ImportAsync(string hostDll, string work, bool postgres, string? pg, string file, string label,
        Func<HttpClient, string, Task<List<string>>>? after = null)
    {
        string connection;
        if (postgres)
        {
            var database = "zhijian_bench_" + label;
            await using (var admin = new NpgsqlConnection(pg))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE); CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0", admin);
                await drop.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(pg) { Database = database }.ConnectionString;
        }
        else
        {
            connection = $"Data Source={Path.Combine(work, label + ".db")}";
        }

        var env = new Dictionary<string, string>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian__Demo__Entities"] = "0",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Zhijian"] = "Information",
        };
        var key = CreateApiClient(hostDll, env);
        var port = FreePort();
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        using var process = Start(hostDll, [], env);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromHours(1) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
            await WaitHealthyAsync(client, process);
            var idle = PeakMiB(process.Id, "VmRSS");
            var watch = Stopwatch.StartNew();
            using (var form = new MultipartFormDataContent())
            {
                var stream = File.OpenRead(file);
                var content = new StreamContent(stream, 1 << 16);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(content, "file", Path.GetFileName(file));
                using var response = await client.PostAsync("/api/v1/entities/import", form);
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"import failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
                Console.WriteLine($"{(postgres ? "postgres" : "sqlite")} {label}: {body}");
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var peak = PeakMiB(process.Id, "VmHWM");
            var extra = after is null ? [] : await after(client, connection);
            return new Run(seconds, peak, idle, extra, connection);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Search: random fragments of the file's names, n per length, through the API; then the same fragments as a LIKE scan.</summary>
    private static async Task<List<string>> SearchAsync(HttpClient client, bool postgres, string connection, string file, int n, List<SearchFigure> figures)
    {
        var names = SampleNames(file, 2000);
        var random = new Random(7);
        var lines = new List<string>();
        for (var length = 1; length <= 4; length++)
        {
            var fragments = new List<string>();
            while (fragments.Count < n)
            {
                var name = names[random.Next(names.Count)];
                if (name.Length < length) continue;
                var fragment = name.Substring(random.Next(name.Length - length + 1), length);
                if (fragment.Any(c => c is '(' or ')' or '（' or '）' or ' ')) continue;
                fragments.Add(fragment);
            }

            foreach (var f in fragments.Take(5)) await TimeSearchAsync(client, f); // warm-up
            var api = new List<double>();
            long hits = 0;
            foreach (var f in fragments)
            {
                var (ms, total) = await TimeSearchAsync(client, f);
                api.Add(ms);
                hits += total;
            }

            var scan = await LikeScanAsync(postgres, connection, fragments.Take(Math.Min(n, 20)).ToList());
            api.Sort();
            scan.Sort();
            lines.Add(string.Create(Inv,
                $"{(postgres ? "postgres" : "sqlite")}: search {length} char(s), {fragments.Count} queries (mean {hits / fragments.Count:N0} hits, the API counts up to 1,001): " +
                $"API p50 {P(api, 50):F1} ms, p95 {P(api, 95):F1} ms; unindexed LIKE scan p50 {P(scan, 50):F1} ms, p95 {P(scan, 95):F1} ms; " +
                $"p50 speed-up {P(scan, 50) / P(api, 50):F1}×"));
            figures.Add(new(length, fragments.Count, (double)hits / fragments.Count, P(api, 50), P(api, 95), P(scan, 50), P(scan, 95)));
        }

        return lines;
    }

    private static async Task<(double Ms, long Total)> TimeSearchAsync(HttpClient client, string q)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/entities?pageSize=20&q=" + Uri.EscapeDataString(q));
        var body = await response.Content.ReadAsStringAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"search '{q}' failed: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return (ms, json.RootElement.GetProperty("total").GetInt64());
    }

    /// <summary>
    /// The baseline: the same question without an index — count the matches (capped as the API caps) and return the
    /// first 20 by name. On PostgreSQL the expression <c>"Name" || ''</c> keeps the planner off the trigram index.
    /// </summary>
    private static async Task<List<double>> LikeScanAsync(bool postgres, string connection, List<string> fragments)
    {
        var result = new List<double>();
        if (postgres)
        {
            await using var c = new NpgsqlConnection(connection);
            await c.OpenAsync();
            foreach (var f in fragments)
            {
                var watch = Stopwatch.StartNew();
                await using (var count = new NpgsqlCommand("SELECT count(*) FROM (SELECT 1 FROM entities.market_entities WHERE \"Name\" || '' LIKE @p LIMIT 10001) x", c))
                {
                    count.Parameters.AddWithValue("p", "%" + f + "%");
                    await count.ExecuteScalarAsync();
                }

                await using (var page = new NpgsqlCommand("SELECT \"Uscc\", \"Name\" FROM entities.market_entities WHERE \"Name\" || '' LIKE @p ORDER BY \"Name\" || '' LIMIT 20", c))
                {
                    page.Parameters.AddWithValue("p", "%" + f + "%");
                    await using var r = await page.ExecuteReaderAsync();
                    while (await r.ReadAsync()) { }
                }

                result.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        else
        {
            await using var c = new SqliteConnection(connection + ";Mode=ReadOnly");
            await c.OpenAsync();
            foreach (var f in fragments)
            {
                var watch = Stopwatch.StartNew();
                await using (var count = c.CreateCommand())
                {
                    count.CommandText = "SELECT count(*) FROM (SELECT 1 FROM entities_market_entities WHERE \"Name\" LIKE $p LIMIT 10001)";
                    count.Parameters.AddWithValue("$p", "%" + f + "%");
                    await count.ExecuteScalarAsync();
                }

                await using (var page = c.CreateCommand())
                {
                    page.CommandText = "SELECT \"Uscc\", \"Name\" FROM entities_market_entities WHERE \"Name\" LIKE $p ORDER BY \"Name\" || '' LIMIT 20";
                    page.Parameters.AddWithValue("$p", "%" + f + "%");
                    await using var r = await page.ExecuteReaderAsync();
                    while (await r.ReadAsync()) { }
                }

                result.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return result;
    }

    /// <summary>The registry's columns that its indexes use, by the file's column position (the rest load as c1, c2, …).</summary>
    private static readonly Dictionary<int, string> IndexedColumns = new()
    {
        [0] = "Uscc",
        [1] = "RegNo",
        [2] = "Name",
        [3] = "Type",
        [4] = "LegalRep",
        [7] = "EstablishedOn",
        [12] = "DivisionCode",
        [13] = "IndustryCode",
        [17] = "Status",
        [18] = "StatusDate",
        [19] = "Tags",
        [20] = "ApplicationReceivedOn",
        [21] = "LicenceIssuedOn",
        [22] = "ApplicationChannel",
        [23] = "NameSelfDeclared", // 18–23: the columns the statistics index carries (INCLUDE) on PostgreSQL
    };

    /// <summary>CREATE TABLE columns for the file's header (all text: a bare load converts nothing).</summary>
    private static string BareColumns(string file)
    {
        using var r = new StreamReader(file, Encoding.UTF8);
        var count = r.ReadLine()!.Split(',').Length;
        return string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"{IndexedColumns.GetValueOrDefault(i, "c" + (i + 1).ToString(Inv))}\" text"));
    }

    /// <summary>PostgreSQL baseline: <c>psql \copy</c> of the file into a bare table of its columns, then the registry's indexes
    /// (every non-primary index of entities.market_entities, as pg_indexes defines it) built on that table.</summary>
    private static Baseline PsqlCopy(string connection, string file)
    {
        var b = new NpgsqlConnectionStringBuilder(connection);
        RunPsql(b, ["-c", $"DROP TABLE IF EXISTS bench_bare; CREATE TABLE bench_bare ({BareColumns(file)})"]);
        var watch = Stopwatch.StartNew();
        RunPsql(b, ["-c", $"\\copy bench_bare FROM '{file}' WITH (FORMAT csv, HEADER true)"]);
        var load = watch.Elapsed.TotalSeconds;
        var indexes = new List<string>();
        using (var c = new NpgsqlConnection(connection))
        {
            c.Open();
            using var read = new NpgsqlCommand("""
                SELECT i.indexdef FROM pg_indexes i JOIN pg_class x ON x.relname = i.indexname JOIN pg_index p ON p.indexrelid = x.oid
                WHERE i.schemaname = 'entities' AND i.tablename = 'market_entities' AND NOT p.indisprimary ORDER BY i.indexname
                """, c);
            using var rows = read.ExecuteReader();
            while (rows.Read()) indexes.Add(rows.GetString(0));
        }

        var n = 0;
        var creates = indexes.Select(d => System.Text.RegularExpressions.Regex.Replace(d, @"INDEX \S+ ON entities\.market_entities", _ => $"INDEX bench_ix_{++n} ON public.bench_bare")).ToList();
        watch.Restart();
        RunPsql(b, ["-c", "SET maintenance_work_mem = '256MB'; " + string.Join("; ", creates)]);
        return new("psql \\copy", load, watch.Elapsed.TotalSeconds, $"{indexes.Count} indexes as the registry's");
    }

    /// <summary>SQLite baseline: the file's rows through one prepared INSERT in one transaction into a bare table of its columns
    /// (no checks, no encryption), then the registry's indexes on it: its B-tree indexes (from sqlite_master), the FTS5 trigram
    /// index and the gram index of <see cref="Zhijian.Entities.Features.Search.NameGrams"/>, each built once over the loaded rows.</summary>
    private static Baseline SqliteInsert(string connection, string file, string work)
    {
        var indexes = new List<string>();
        using (var registry = new SqliteConnection(connection + ";Mode=ReadOnly"))
        {
            registry.Open();
            using var read = registry.CreateCommand();
            read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities_market_entities' AND sql IS NOT NULL ORDER BY name";
            using var rows = read.ExecuteReader();
            while (rows.Read()) indexes.Add(rows.GetString(0));
        }

        var path = Path.Combine(work, "baseline.db");
        File.Delete(path);
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        Exec(c, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE entities_market_entities (\"Id\" INTEGER PRIMARY KEY, {BareColumns(file)})");
        var watch = Stopwatch.StartNew();
        using (var tx = c.BeginTransaction())
        using (var insert = c.CreateCommand())
        using (var reader = new StreamReader(file, Encoding.UTF8))
        {
            var width = reader.ReadLine()!.Split(',').Length;
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO entities_market_entities VALUES (NULL, {string.Join(", ", Enumerable.Range(0, width).Select(i => "$p" + i))})";
            var parameters = Enumerable.Range(0, width).Select(i => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
            insert.Prepare();
            var fields = new List<string>(width);
            while (reader.ReadLine() is { } line)
            {
                SplitCsv(line, fields);
                for (var i = 0; i < width; i++) parameters[i].Value = i < fields.Count && fields[i].Length > 0 ? fields[i] : DBNull.Value;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        var load = watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var create in indexes) Exec(c, create);
        Exec(c, """
            CREATE VIRTUAL TABLE entities_name_fts USING fts5("Name", content='entities_market_entities', content_rowid='Id', tokenize='trigram');
            INSERT INTO entities_name_fts(entities_name_fts) VALUES ('rebuild');
            CREATE VIRTUAL TABLE entities_name_grams USING fts5(g, tokenize='ascii', detail='none', columnsize=0);
            """);
        using (var tx = c.BeginTransaction())
        using (var read = c.CreateCommand())
        using (var insert = c.CreateCommand())
        {
            // The gram index as the import fills it: each name's grams computed here, one prepared INSERT.
            read.Transaction = tx;
            read.CommandText = "SELECT \"Id\", \"Name\" FROM entities_market_entities";
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO entities_name_grams(rowid, g) VALUES ($id, $g)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var g = insert.Parameters.Add("$g", SqliteType.Text);
            insert.Prepare();
            var names = new List<(long, string)>();
            using (var rows = read.ExecuteReader())
            {
                while (rows.Read()) names.Add((rows.GetInt64(0), rows.GetString(1)));
            }

            foreach (var (rowid, name) in names)
            {
                id.Value = rowid;
                g.Value = Zhijian.Entities.Features.Search.NameGrams.Of(name);
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        return new("one prepared INSERT, one transaction", load, watch.Elapsed.TotalSeconds, $"{indexes.Count} B-tree indexes + FTS5 trigram + gram index");
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    /// <summary>One CSV record on one line (RFC 4180 quotes; the generator writes no line breaks inside fields).</summary>
    private static void SplitCsv(string line, List<string> fields)
    {
        fields.Clear();
        var b = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { b.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else b.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(b.ToString()); b.Clear(); }
            else b.Append(ch);
        }

        fields.Add(b.ToString());
    }

    private static void RunPsql(NpgsqlConnectionStringBuilder b, string[] args)
    {
        var info = new ProcessStartInfo("psql") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", b.Host!, "-p", b.Port.ToString(Inv), "-U", b.Username!, "-d", b.Database! }.Concat(args))
            info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("psql failed: " + err);
    }

    /// <summary>Creates an API client through the host's operator CLI on the database of <paramref name="connection"/>; returns its key.</summary>
    internal static string CreateApiClient(string hostDll, string connection, string name, string org, string scopes) =>
        CreateApiClient(hostDll, new Dictionary<string, string>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian__Demo__Entities"] = "0",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        }, name, org, scopes);

    private static string CreateApiClient(string hostDll, Dictionary<string, string> env, string name = "bench", string org = "370100", string scopes = "*")
    {
        using var p = Start(hostDll, ["admin", "create-api-client", "--name", name, "--org", org, "--scopes", scopes], env, capture: true);
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("create-api-client failed: " + output + p.StandardError.ReadToEnd());
        return output.Trim().Split('\n')[^1].Trim();
    }

    internal static Process Start(string dll, string[] args, Dictionary<string, string> env, bool capture = false)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = capture, RedirectStandardError = capture, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        // Demo data (when a bench asks for it) is seeded before the host answers /health, not in the background while the
        // bench already measures (a bench's own load racing the seeding: empty pages, "database is locked" on SQLite).
        info.Environment["Zhijian__Demo__SeedInBackground"] = "false";
        foreach (var (k, v) in env) info.Environment[k] = v;
        return Process.Start(info)!;
    }

    internal static async Task WaitHealthyAsync(HttpClient client, Process process)
    {
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException("host exited with " + process.ExitCode);
            try
            {
                using var r = await client.GetAsync("/health");
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("host did not become healthy");
    }

    private static double PeakMiB(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], Inv) / 1024.0;
        }

        return double.NaN;
    }

    internal static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    private static long CountRows(string file)
    {
        long n = -1; // header
        using var r = new StreamReader(file, Encoding.UTF8);
        while (r.ReadLine() is not null) n++;
        return n;
    }

    /// <summary>Every k-th name of the file (third column; generated names hold no comma or quote).</summary>
    private static List<string> SampleNames(string file, int count)
    {
        var total = CountRows(file);
        var step = Math.Max(1, total / count);
        var names = new List<string>();
        using var r = new StreamReader(file, Encoding.UTF8);
        r.ReadLine();
        long i = 0;
        while (r.ReadLine() is { } line)
        {
            if (i++ % step == 0) names.Add(line.Split(',')[2]);
        }

        return names;
    }

    internal static double P(List<double> sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
