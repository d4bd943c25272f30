using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace Zhijian.Bench;

/// <summary>
/// 智慧监管中心 (supervision centre) at province size, PostgreSQL only, against the real host (a child process, demo
/// registry off): N entities (with 2025 annual reports), N filings, N inspection results (with their tasks, draws and
/// plans) and N cases (with documents, evidence, files and publications) bulk-loaded straight into the module tables by
/// <c>INSERT … SELECT … FROM generate_series</c> (filings by the complaints bench's COPY), spread over Shandong counties
/// (370xxx; filings over the 12 units of 济南), dates 2025-01-01 … 2026-11-30; then ANALYZE. Timed: the cold
/// computation <c>POST /api/v1/indicators/snapshots</c> (plan zhijian-std, 370000 with its 16 cities and 370100 with
/// its counties, period 2026-11; runs of 5) against one <c>SELECT count(*)</c> per big table run directly (one full
/// scan each), and the page load <c>GET /api/v1/indicators</c> (a past month, read from snapshots) against
/// <c>GET /health</c>, p50/p95, plus the console page <c>/dashboard</c>.
/// </summary>
internal static class IndicatorsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The 12 county units of 济南 and counties of other Shandong cities: the province root 370000 covers all.</summary>
    private static readonly string[] Counties =
    [
        "370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126",
        "370202", "370203", "370211", "370212", "370302", "370303", "370402", "370502", "370602", "370613", "370702", "370705",
        "370811", "370902", "371002", "371102", "371302", "371311", "371402", "371502", "371602", "371702",
    ];

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var host = o["host"];
        var pg = o["pg"];
        var entities = int.Parse(o.GetValueOrDefault("entities", "1000000"), Inv);
        var complaints = int.Parse(o.GetValueOrDefault("complaints", "1000000"), Inv);
        var inspections = int.Parse(o.GetValueOrDefault("inspections", "100000"), Inv);
        var cases = int.Parse(o.GetValueOrDefault("cases", "50000"), Inv);
        var samples = int.Parse(o.GetValueOrDefault("samples", "200"), Inv);
        var runs = int.Parse(o.GetValueOrDefault("runs", "5"), Inv);
        var work = Directory.CreateTempSubdirectory("zhijian-indicators-bench-").FullName;
        var report = new List<string>();
        void Say(string line)
        {
            report.Add(line);
            Console.WriteLine(line);
        }

        try
        {
            await ComplaintsBench.PrepareAsync(host, work, true, pg, "indicators", false);
            var (process, baseAddress, connection) = await ComplaintsBench.PrepareAsync(host, work, true, pg, "indicators", true);
            try
            {
                Console.WriteLine($"indicators bench: {entities:N0} entities, {complaints:N0} filings, {inspections:N0} inspection results, {cases:N0} cases; {Environment.ProcessorCount} cores");
                var load = Stopwatch.StartNew();
                await LoadAsync(connection, entities, inspections, cases);
                var filings = await ComplaintsBench.LoadFilingsAsync(true, connection, complaints);
                await ExecAsync(connection, "VACUUM ANALYZE");
                var counts = new List<string>();
                foreach (var t in BigTables.Concat(["entities.annual_reports", "inspections.tasks", "cases.documents", "cases.publications"]))
                    counts.Add($"{t} {await ScalarAsync(connection, $"SELECT count(*) FROM {t}"):N0}");
                Say(string.Create(Inv, $"setup (not timed for the goal): bulk load + VACUUM ANALYZE {load.Elapsed.TotalSeconds:F1} s ({filings:N0} filings by COPY); rows: {string.Join(", ", counts)}"));

                // The demo admin belongs to 济南市局 (370100): widen its unit to the province so that 370000 is in jurisdiction.
                await ExecAsync(connection, "UPDATE platform.org_units SET \"CoveredDivisions\" = replace(\"CoveredDivisions\", '370100', '370000') WHERE \"Code\" = '370100'");
                using var admin = await ComplaintsBench.LoginAsync(baseAddress, "admin");

                // Baseline: one full scan of each big table, directly on the database (best of 3 after a first read).
                var scans = new List<(string Table, double Ms)>();
                foreach (var t in BigTables)
                {
                    var best = double.MaxValue;
                    for (var i = 0; i < 4; i++)
                    {
                        var w = Stopwatch.StartNew();
                        await ScalarAsync(connection, $"SELECT count(*) FROM {t}");
                        if (i > 0) best = Math.Min(best, w.Elapsed.TotalMilliseconds);
                    }

                    scans.Add((t, best));
                }

                var scanSum = scans.Sum(s => s.Ms);
                Say(string.Create(Inv, $"baseline: SELECT count(*) direct (Npgsql, best of 3): {string.Join(", ", scans.Select(s => $"{s.Table} {s.Ms:F0} ms"))}; sum {scanSum:F0} ms"));

                var rows = new List<string> { "| figure | value | baseline | ratio |", "| --- | --- | --- | --- |" };
                foreach (var division in new[] { "370000", "370100" })
                {
                    var times = new List<double>();
                    string body = "";
                    for (var i = 0; i < runs; i++)
                    {
                        var w = Stopwatch.StartNew();
                        using var r = await admin.PostAsJsonAsync("/api/v1/indicators/snapshots", new { plan = "zhijian-std", division, period = "2026-11" });
                        body = await r.Content.ReadAsStringAsync();
                        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"recompute {division}: {(int)r.StatusCode} {body}");
                        times.Add(w.Elapsed.TotalMilliseconds);
                        Console.WriteLine(string.Create(Inv, $"POST snapshots zhijian-std {division} 2026-11 run {i + 1}: {times[^1]:F0} ms {body}"));
                    }

                    var sorted = times.Order().ToList();
                    var median = sorted[sorted.Count / 2];
                    Say(string.Create(Inv, $"cold computation {division}: first {times[0]:F0} ms, min {sorted[0]:F0} ms, median {median:F0} ms ({body})"));
                    rows.Add(string.Create(Inv, $"| cold computation zhijian-std, {division}, 2026-11: first / min / median of {runs} | {times[0] / 1000:F2} / {sorted[0] / 1000:F2} / **{median / 1000:F2} s** | 4 × count(*) {scanSum / 1000:F2} s | {median / scanSum:F1}× |"));
                    BenchResults.AtMost($"indicators: cold computation zhijian-std, {division} ({(division == "370000" ? "province" : "city")}), median", "PostgreSQL",
                        median / 1000, "s", 2, "4 × count(*) of the big tables", scanSum / 1000,
                        string.Create(Inv, $"first {times[0] / 1000:F2} s, min {sorted[0] / 1000:F2} s, {runs} runs; {entities:N0} entities, {complaints:N0} filings, {inspections:N0} results, {cases:N0} cases"));
                }

                // Page load from snapshots: a past month (computed once by the first GET, then read as stored).
                const string Api = "/api/v1/indicators?plan=zhijian-std&division=370000&period=2026-10";
                const string Page = "/dashboard?plan=zhijian-std&division=370000&period=2026-10";
                var first = Stopwatch.StartNew();
                using (var r = await admin.GetAsync(Api))
                {
                    var b = await r.Content.ReadAsStringAsync();
                    if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"GET indicators: {(int)r.StatusCode} {b}");
                }

                Say(string.Create(Inv, $"first GET 2026-10 (computes and stores the month): {first.Elapsed.TotalMilliseconds:F0} ms"));
                var api = await SampleAsync(admin, Api, samples);
                var health = await SampleAsync(admin, "/health", samples);
                var page = await SampleAsync(admin, Page, Math.Min(samples, 100));
                rows.Add(string.Create(Inv, $"| GET {Api} p50 / p95 ({samples}) | {api.P50:F1} / **{api.P95:F1} ms** | GET /health {health.P50:F1} / {health.P95:F1} ms | {api.P50 / health.P50:F1}× / {api.P95 / health.P95:F1}× |"));
                rows.Add(string.Create(Inv, $"| GET {Page} (server render, HTML) p50 / p95 ({Math.Min(samples, 100)}) | {page.P50:F1} / {page.P95:F1} ms | GET /health | {page.P50 / health.P50:F1}× / {page.P95 / health.P95:F1}× |"));
                BenchResults.AtMost("indicators: GET /api/v1/indicators 370000 from snapshots, p95", "PostgreSQL", api.P95, "ms", 50, "GET /health p95", health.P95,
                    string.Create(Inv, $"p50 {api.P50:F1} ms, {samples} samples"));
                BenchResults.Figure("indicators: GET /dashboard 370000 from snapshots (server render), p95", "PostgreSQL", page.P95, "ms", "GET /health p95", health.P95,
                    string.Create(Inv, $"p50 {page.P50:F1} ms, {Math.Min(samples, 100)} samples"));
                report.Add("");
                report.AddRange(rows);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("== results (PostgreSQL, loopback; client, host and database share the machine)");
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    private const string OneDepartment = "[{\"department\":\"市场监管\",\"itemIds\":[1],\"officersPerTarget\":2}]";
    private const string JointDepartments = "[{\"department\":\"市场监管\",\"itemIds\":[1],\"officersPerTarget\":2},{\"department\":\"卫生健康\",\"itemIds\":[2],\"officersPerTarget\":1}]";
    private const string WarningOnly = "[{\"kind\":\"Warning\"}]";
    private const string FinePrefix = "[{\"kind\":\"Fine\",\"amount\":";
    private const string FineSuffix = "}]";

    private static readonly string[] BigTables = ["entities.market_entities", "complaints.filings", "inspections.results", "cases.cases"];

    private static async Task<(double P50, double P95)> SampleAsync(HttpClient client, string url, int samples)
    {
        var times = new List<double>();
        for (var i = 0; i < samples + 10; i++)
        {
            var w = Stopwatch.StartNew();
            using var r = await client.GetAsync(url);
            _ = await r.Content.ReadAsByteArrayAsync();
            if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url}: {(int)r.StatusCode}");
            if (i >= 10) times.Add(w.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (LoadGenerator.P(times, 50), LoadGenerator.P(times, 95));
    }

    private static async Task ExecAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 1200 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 1200 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), Inv);
    }

    /// <summary>Entities, annual reports, inspections and cases by INSERT … SELECT (filings are loaded by the complaints bench).</summary>
    private static async Task LoadAsync(string connection, int entities, int inspections, int cases)
    {
        var counties = "ARRAY[" + string.Join(",", Counties.Select(c => $"'{c}'")) + "]";
        var n = Counties.Length;
        var tasks = Math.Max(10, inspections / 40);
        var plans = Math.Max(5, tasks / 10);
        var steps = new (string Label, string Sql)[]
        {
            // 15 % closed (注销, dated after establishment); types: 50 % companies, 10 % branches, 30 % individual, 10 % co-ops.
            ("entities", $"""
                INSERT INTO entities.market_entities ("Uscc", "Name", "Type", "Status", "StatusDate", "EstablishedOn", "DivisionCode", "IndustryCode", "LegalRep",
                  "RegisteredAddress", "RegistrationAuthority", "Tags", "UsccCheckOverridden", "CreatedAt", "UpdatedAt", "ApplicationChannel",
                  "ApplicationReceivedAt", "ApplicationReceivedOn", "LicenceIssuedAt", "LicenceIssuedOn", "NameSelfDeclared")
                SELECT 'B' || lpad(i::text, 17, '0'), '基准测试' || i || '商贸有限公司',
                  CASE WHEN i % 10 < 5 THEN 1 WHEN i % 10 = 5 THEN 6 WHEN i % 10 < 9 THEN 7 ELSE 8 END,
                  CASE WHEN i % 20 < 17 THEN 1 ELSE 4 END,
                  CASE WHEN i % 20 < 17 THEN NULL ELSE least(e + 30 + i % 900, date '2026-11-30') END,
                  e, d, 'F52' || (i % 10), '张三', '山东省测试路' || i || '号', '市场监督管理局', '', true, now(), now(),
                  CASE WHEN i % 7 = 0 THEN NULL WHEN i % 7 < 6 THEN 1 ELSE 2 END,
                  CASE WHEN i % 11 = 0 THEN NULL ELSE (e - i % 4)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '10 hours' END,
                  CASE WHEN i % 11 = 0 THEN NULL ELSE e - i % 4 END,
                  CASE WHEN i % 11 = 0 THEN NULL ELSE (e + i % 2)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '15 hours' END,
                  CASE WHEN i % 11 = 0 THEN NULL ELSE e + i % 2 END,
                  CASE WHEN i % 13 = 0 THEN NULL ELSE i % 5 <> 0 END
                FROM (SELECT i, date '2015-01-01' + ((i::bigint * 7919) % 4351)::int AS e, ({counties})[1 + i % {n}] AS d FROM generate_series(1, {entities}) i) s
                """),
            ("annual reports 2025", """
                INSERT INTO entities.annual_reports ("EntityId", "Year", "FiledOn", "DivisionCode", "Employees", "Late")
                SELECT "Id", 2025, date '2026-01-01' + ("Id" % 200)::int, "DivisionCode", 5, "Id" % 200 > 180 FROM entities.market_entities
                WHERE "Type" NOT IN (6, 7) AND "EstablishedOn" <= date '2025-12-31' AND "Id" % 10 <> 0
                """),
            ("inspection plans", $"""
                INSERT INTO inspections.plans ("Name", "Description", "DivisionCode", "From", "To", "Year", "ItemIds", "LibraryIds", "OrgUnitId", "OrgUnitName", "PublishedAt", "UpdatedAt")
                SELECT 'bench plan ' || i, '', ({counties})[1 + i % {n}], f, f + 60, extract(year FROM f)::int, '[]', '[]', 1, '市场监督管理局',
                  CASE WHEN i % 10 = 0 THEN NULL ELSE (f - 1 + (i % 3))::timestamp AT TIME ZONE 'Asia/Shanghai' END, now()
                FROM (SELECT i, date '2025-01-01' + (i * 37 % 680) AS f FROM generate_series(1, {plans}) i) s
                """),
            ("inspection tasks", $"""
                INSERT INTO inspections.tasks ("Name", "CreatedAt", "Departments", "DivisionCode", "StartOn", "EndOn", "LibraryId", "MaxLoad", "Mode", "OrgUnitId", "OrgUnitName",
                  "PlanId", "Status", "UpdatedAt", "Version", "FixedCount")
                SELECT 'bench task ' || i, now(),
                  CASE WHEN i % 3 = 0 THEN '{JointDepartments}'
                       ELSE '{OneDepartment}' END,
                  ({counties})[1 + i % {n}], s, s + 30, 1, 10, 1 + i % 2, 1, '市场监督管理局', 1 + i % {plans}, 2, now(), 1, 40
                FROM (SELECT i, date '2025-01-01' + (i * 53 % 690) AS s FROM generate_series(1, {tasks}) i) x
                """),
            ("inspection draws", """
                INSERT INTO inspections.draws ("TaskId", "Seq", "Status", "CandidateCount", "CandidateHash", "Commitment", "CommittedAt", "CommittedBy", "DivisionCode",
                  "DrawnAt", "DrawnBy", "ExemptionTags", "RiskLinked", "SecretSealed", "Strata")
                SELECT "Id", 1, 1, 1000, 'h', 'c', ("StartOn" - 3)::timestamp AT TIME ZONE 'Asia/Shanghai', 'bench', "DivisionCode",
                  ("StartOn" - 2 + ("Id" % 4)::int)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '10 hours', 'bench', '[]', "Id" % 2 = 0, 's', '[]'
                FROM inspections.tasks WHERE "Name" LIKE 'bench task %'
                """),
            ("inspection results", $"""
                INSERT INTO inspections.results ("TaskId", "TargetId", "Uscc", "EntityName", "DivisionCode", "Category", "InspectedOn", "EnteredAt", "EnteredBy",
                  "ConfirmedAt", "ConfirmedBy", "Notes", "PublishBy", "PublishedAt", "PublishedOn", "Version")
                SELECT 1 + i % {tasks}, i, 'B' || lpad(j::text, 17, '0'), '基准测试' || j || '商贸有限公司', ({counties})[1 + j % {n}], 1 + i % 3, v,
                  (v + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours', 'bench',
                  CASE WHEN i % 10 = 0 THEN NULL ELSE (v + 2)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours' END, '[]', '', v + 28,
                  CASE WHEN i % 7 = 0 THEN NULL ELSE (v + 5 + i % 25)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
                  CASE WHEN i % 7 = 0 THEN NULL ELSE v + 5 + i % 25 END, 1
                FROM (SELECT i, 1 + (i::bigint * 13) % {entities} AS j, date '2025-01-01' + (i * 37 % 695) AS v FROM generate_series(1, {inspections}) i) s
                """),
            // 20 % simple procedure; 10 % still investigating; the others decided 20–60 days after opening and closed 10–40 days later (if by 2026-11-30).
            ("cases", $"""
                INSERT INTO cases.cases ("Number", "CauseOfAction", "CollectiveDays", "Complex", "Corrections", "CreatedAt", "DivisionCode", "Excluded", "Facts", "Field",
                  "HeadExtension", "HearingRequested", "HearingRight", "LeadOfficer", "Major", "Officers", "OpenedApprovedBy", "OpenedOn", "OrgUnitId", "OrgUnitName",
                  "PartyKind", "PartyName", "Penalties", "Procedure", "Responsible", "Source", "Stage", "Version", "Uscc",
                  "DecidedOn", "DecisionNo", "ClosedOn", "ConcludeBy", "LegalReviewPassed", "LegalReviewedOn")
                SELECT 'BENCH-' || i, '销售不合格产品', 0, false, 0, now(), ({counties})[1 + j % {n}], '[]', '', 1,
                  false, false, i % 10 IN (1, 2), 'bench', i % 10 = 1, '[]', 'bench', o, 1, '市场监督管理局',
                  1, '基准测试' || j || '商贸有限公司',
                  CASE WHEN i % 7 = 0 THEN '{WarningOnly}' ELSE '{FinePrefix}' || (1000 + i % 50000) || '{FineSuffix}' END,
                  CASE WHEN i % 5 = 0 THEN 2 ELSE 1 END, '[]', 1,
                  CASE WHEN i % 10 = 9 THEN 10 WHEN c <= date '2026-11-30' THEN 100 ELSE 90 END, 1, 'B' || lpad(j::text, 17, '0'),
                  CASE WHEN i % 10 = 9 THEN NULL ELSE dd END, CASE WHEN i % 10 = 9 THEN NULL ELSE 'BENCH-D-' || i END,
                  CASE WHEN i % 10 <> 9 AND c <= date '2026-11-30' THEN c END, o + 90,
                  CASE WHEN i % 10 IN (1, 2) AND i % 20 <> 1 THEN true END, CASE WHEN i % 10 IN (1, 2) THEN dd - 2 END
                FROM (SELECT i, j, o, o + 20 + i % 40 AS dd, o + 30 + i % 40 + i % 30 AS c
                      FROM (SELECT i, 1 + (i::bigint * 17) % {entities} AS j, date '2025-01-01' + (i * 31 % 690) AS o FROM generate_series(1, {cases}) i) a) s
                """),
            ("case documents", """
                INSERT INTO cases.documents ("CaseId", "DivisionCode", "Html", "IssuedBy", "IssuedOn", "Kind", "Number", "Sha256")
                SELECT c."Id", c."DivisionCode", '<p>bench</p>', 'bench', c."OpenedOn", k, 'BD-' || c."Id" || '-' || k, 'x'
                FROM cases.cases c CROSS JOIN LATERAL unnest(CASE WHEN c."Procedure" = 2 THEN ARRAY[7] WHEN c."Stage" = 100 THEN ARRAY[1, 2, 3, 4, 5]
                  WHEN c."Stage" = 90 THEN ARRAY[1, 2, 3, 4] ELSE ARRAY[1] END) k
                WHERE c."Number" LIKE 'BENCH-%' AND c."Id" % 20 <> 0
                """),
            ("case evidence", """
                INSERT INTO cases.evidence ("CaseId", "CollectedBy", "CollectedOn", "DivisionCode", "RecordedAt", "Source", "Title", "Type")
                SELECT "Id", 'bench', "OpenedOn", "DivisionCode", now(), '现场', '现场检查笔录', 1 FROM cases.cases WHERE "Number" LIKE 'BENCH-%' AND "Procedure" = 1
                """),
            ("case files", """
                INSERT INTO cases.files ("CaseId", "Content", "ContentType", "DivisionCode", "EvidenceId", "FileName", "Sha256", "Size", "UploadedAt", "UploadedBy")
                SELECT "CaseId", '\x00'::bytea, 'image/jpeg', "DivisionCode", "Id", 'photo.jpg', 'x', 1, now(), 'bench' FROM cases.evidence WHERE "Id" % 30 <> 0
                """),
            ("case publications", """
                INSERT INTO cases.publications ("Authority", "CaseId", "DecidedOn", "DecisionNo", "DivisionCode", "PartyName", "PenaltySummary", "PublishBy", "PublishedOn",
                  "Text", "Uscc", "ViolationType")
                SELECT '市场监督管理局', "Id", "DecidedOn", "DecisionNo", "DivisionCode", "PartyName", '罚款', "DecidedOn" + 28, "DecidedOn" + 5 + ("Id" % 30)::int, '', "Uscc", '产品质量'
                FROM cases.cases WHERE "Number" LIKE 'BENCH-%' AND "Procedure" = 1 AND "DecidedOn" IS NOT NULL AND "Penalties" NOT LIKE '%Warning%' AND "Id" % 10 <> 0
                  AND "DecidedOn" + 5 + ("Id" % 30)::int <= date '2026-11-30'
                """),
        };
        foreach (var (label, sql) in steps)
        {
            var w = Stopwatch.StartNew();
            await ExecAsync(connection, sql);
            Console.WriteLine(string.Create(Inv, $"  loaded {label}: {w.Elapsed.TotalSeconds:F1} s"));
        }
    }
}
