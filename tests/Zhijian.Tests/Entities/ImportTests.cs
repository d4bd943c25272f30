using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Entities.Features.Import;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

public sealed class ImportTests
{
    private const string Url = "/api/v1/entities/import";

    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_good_file_imports_once_a_reimport_updates_in_place_and_a_dry_run_writes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var rows = Generate(11, "370102", app.Clock.Today(), 300).ToList();
        var file = Utf8(rows, bom: false);

        var dry = await UploadAsync(registrar, file, "主体.csv", "?dryRun=true");
        await AssertOkAsync(dry);
        Assert.Equal((300, 300, 0, true), Counts(await dry.ReadJsonAsync()));
        Assert.Equal(0, await CountAsync(app));

        var watch = Stopwatch.StartNew();
        var first = await UploadAsync(registrar, file, "主体.csv");
        watch.Stop();
        await AssertOkAsync(first);
        Assert.Equal((300, 300, 0, false), Counts(await first.ReadJsonAsync()));
        Console.WriteLine($"[import] 300 rows ({file.Length:N0} bytes) on {app.Database.Kind}: {watch.ElapsedMilliseconds} ms");
        // The first load drops the search indexes and builds them after (the gram index of one- and two-character search too).
        foreach (var fragment in new[] { rows[7].Name.Substring(2, 2), rows[7].Name.Substring(3, 1) }.Where(f => !f.Any(c => c is '(' or ')')))
        {
            var found = await registrar.GetJsonAsync("/api/v1/entities?pageSize=100&q=" + Uri.EscapeDataString(fragment));
            Assert.Equal(rows.Count(r => r.Name.Contains(fragment, StringComparison.Ordinal)), found.GetProperty("total").GetInt32());
        }

        var stamps = await UpdatedAtAsync(app);
        app.Clock.Advance(TimeSpan.FromHours(2));

        var again = await UploadAsync(registrar, Utf8(rows, bom: true), "主体（再次）.csv");

        await AssertOkAsync(again);
        Assert.Equal((300, 0, 300, false), Counts(await again.ReadJsonAsync()));
        Assert.Equal(300, await CountAsync(app));
        Assert.Equal(stamps, await UpdatedAtAsync(app)); // unchanged rows stay unchanged
        var at = rows.FindIndex(r => r.Type == EntityType.LimitedCompany);
        var sample = rows[at];
        var profile = await registrar.GetJsonAsync($"/api/v1/entities/{sample.Uscc}");
        Assert.Equal(sample.Name, profile.Str("name"));
        Assert.Contains("批量导入", profile.GetProperty("timeline").ToString());
        if (sample.LegalRepId is { } id) Assert.DoesNotContain(id, profile.ToString());
        var (audits, events, timeline) = await app.AsSystemAsync(async sp =>
        {
            var p = sp.GetRequiredService<PlatformDbContext>();
            var db = sp.GetRequiredService<EntitiesDbContext>();
            return (await p.AuditEntries.CountAsync(a => a.Action == "entities.imported"),
                await p.OutboxMessages.CountAsync(m => m.Type == "entities.imported"),
                await db.Events.IgnoreQueryFilters().CountAsync(e => e.Kind == "imported"));
        });
        Assert.Equal(2, audits);
        Assert.Equal(2, events);
        Assert.Equal(300, timeline);

        // A changed row is updated in place: new name found by search, the others untouched.
        rows[at] = sample with { Name = "济南泉城导入测试商贸有限公司" };
        await AssertOkAsync(await UploadAsync(registrar, Utf8(rows, bom: false), "主体（变更）.csv", "?dryRun=true"));
        var changed = await UploadAsync(registrar, Utf8(rows, bom: false), "主体（变更）.csv");
        await AssertOkAsync(changed);
        Assert.Equal((300, 0, 300, false), Counts(await changed.ReadJsonAsync()));
        Assert.Equal("济南泉城导入测试商贸有限公司", (await registrar.GetJsonAsync($"/api/v1/entities/{sample.Uscc}")).Str("name"));
        Assert.Contains(sample.Uscc, (await registrar.GetJsonAsync("/api/v1/entities?q=导入测试")).ToString());
        Assert.Equal(299, (await UpdatedAtAsync(app)).Count(s => stamps.Contains(s)));
    }

    [Fact]
    public async Task A_gb18030_csv_is_detected_and_an_xlsx_is_read_with_names_intact()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var today = app.Clock.Today();
        var gbRows = Generate(12, "370102", today, 60).ToList();
        var xlsxRows = Generate(13, "370102", today, 40).ToList();

        var gb = await UploadAsync(registrar, Encoding.GetEncoding(54936).GetBytes(CsvText(gbRows)), "主体-gbk.csv");
        var xlsx = await UploadAsync(registrar, Xlsx(xlsxRows), "主体.xlsx");

        await AssertOkAsync(gb);
        Assert.Equal((60, 60, 0, false), Counts(await gb.ReadJsonAsync()));
        await AssertOkAsync(xlsx);
        Assert.Equal((40, 40, 0, false), Counts(await xlsx.ReadJsonAsync()));
        var stored = await app.AsSystemAsync(async sp => await sp.GetRequiredService<EntitiesDbContext>().Entities.IgnoreQueryFilters()
            .Select(e => new { e.Uscc, e.Name, e.EstablishedOn, e.RegisteredCapital }).ToListAsync());
        var byCode = stored.ToDictionary(e => e.Uscc);
        foreach (var r in gbRows.Concat(xlsxRows))
        {
            Assert.Equal(r.Name, byCode[r.Uscc].Name);
            Assert.Equal(r.EstablishedOn, byCode[r.Uscc].EstablishedOn);
            Assert.Equal(r.RegisteredCapital, byCode[r.Uscc].RegisteredCapital);
        }
    }

    /// <summary>
    /// A fragment in most names ("有限公") is common past 10,000 matches: SQLite then answers it with the LIKE scan that stops
    /// after 1,001 hits instead of the trigram index's whole match list; PostgreSQL's planner chooses for itself. Either way
    /// the hits are right: every one contains the fragment and the count says "1000+"; a rare fragment still finds exactly
    /// its names. 10,500 filler companies are written in bulk (the search indexes are the database's own), 60 real rows imported.
    /// </summary>
    [Fact]
    public async Task A_fragment_in_most_names_of_a_large_registry_finds_the_same_hits_as_a_rare_one()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var rows = Generate(17, "370102", app.Clock.Today(), 60).ToList();
        await AssertOkAsync(await UploadAsync(registrar, Utf8(rows, bom: false), "主体.csv"));
        var filler = Enumerable.Range(0, 10_500).Select(n => new MarketEntity
        {
            Uscc = string.Create(CultureInfo.InvariantCulture, $"91370102MA{n:D8}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"济南第{n}贸易有限公司"),
            Type = EntityType.LimitedCompany,
            LegalRep = "张三",
            EstablishedOn = new DateOnly(2020, 1, 1),
            RegisteredAddress = "山东省济南市历下区泉城路1号",
            DivisionCode = "370102",
            IndustryCode = "5191",
            RegistrationAuthority = "济南市历下区市场监督管理局",
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        }).ToList();
        await app.AsSystemAsync(sp => sp.GetRequiredService<EntitiesDbContext>().BulkInsertAsync(filler, CancellationToken.None));
        const string common = "有限公";
        var rare = rows[7].Name[2..5];
        var names = rows.Select(r => r.Name).Concat(filler.Select(f => f.Name)).ToList();

        var many = await registrar.GetJsonAsync("/api/v1/entities?pageSize=100&q=" + Uri.EscapeDataString(common));
        var few = await registrar.GetJsonAsync("/api/v1/entities?pageSize=100&q=" + Uri.EscapeDataString(rare));

        Assert.Equal((1_000, true), (many.GetProperty("total").GetInt32(), many.GetProperty("totalCapped").GetBoolean()));
        Assert.Equal(100, many.GetProperty("items").GetArrayLength());
        Assert.All(many.GetProperty("items").EnumerateArray(), i => Assert.Contains(common, i.Str("name"), StringComparison.Ordinal));
        var expected = names.Where(n => n.Contains(rare, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(expected.Count, 1, 99);
        Assert.Equal(expected.Count, few.GetProperty("total").GetInt32());
        Assert.Equal(expected, few.GetProperty("items").EnumerateArray().Select(i => i.Str("name")).Order(StringComparer.Ordinal).ToList());
        if (app.Database.Kind == DatabaseKind.Sqlite)
        {
            var (isCommon, isRare) = await app.AsSystemAsync(async sp =>
            {
                var db = sp.GetRequiredService<EntitiesDbContext>();
                return (await Zhijian.Entities.Features.Search.NameGramStats.IsCommonTrigramAsync(db, common, CancellationToken.None),
                    await Zhijian.Entities.Features.Search.NameGramStats.IsCommonTrigramAsync(db, rare, CancellationToken.None));
            });
            Assert.Equal((true, false), (isCommon, isRare));
        }
    }

    [Fact]
    public async Task Bad_rows_are_all_reported_with_line_and_column_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var today = app.Clock.Today();
        var rows = Generate(14, "370102", today, 10).ToList();
        var outside = Generate(15, "370112", today, 1).Single();
        var wrongCheck = WrongCheckChar(rows[0].Uscc);
        rows[0] = rows[0] with { Uscc = wrongCheck };                                  // line 2
        rows[1] = rows[1] with { DivisionCode = "379999" };                           // line 3
        rows[2] = rows[2] with { IndustryCode = "9999" };                             // line 4
        rows[3] = rows[3] with { EstablishedOn = today.AddDays(10), TermFrom = null }; // line 5
        rows[5] = rows[5] with { Uscc = rows[4].Uscc };                               // line 7 repeats line 6
        rows[6] = outside;                                                            // line 8

        var response = await UploadAsync(registrar, Utf8(rows, bom: true), "有错.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var errors = Errors(body);
        AssertError(errors, 2, "统一社会信用代码", "校验");
        AssertError(errors, 3, "行政区划代码", "不在现行 GB/T 2260");
        AssertError(errors, 4, "行业代码", "不在 GB/T 4754-2017");
        AssertError(errors, 5, "成立日期", "晚于今天");
        AssertError(errors, 7, "统一社会信用代码", "第 6 行与第 7 行");
        AssertError(errors, 8, "行政区划代码", "不在您的管辖范围内");
        Assert.DoesNotContain(errors, e => e.Line is 9 or 10 or 11);
        Assert.Equal(errors.Count, body.GetProperty("errorCount").GetInt32());
        Assert.Equal(0, await CountAsync(app));

        var report = await registrar.Http.GetAsync(body.Str("errorFile"));
        await AssertOkAsync(report);
        var csv = Encoding.UTF8.GetString(await report.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("行号,列,值,原因", lines[0]);
        Assert.Equal(errors.Count, lines.Length - 1);
        foreach (var e in errors) Assert.Contains(lines, l => l.StartsWith($"{e.Line},{e.Column},", StringComparison.Ordinal));
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(body.Str("errorFile"))).StatusCode);

        // 确认无误: an early code that fails only the check character imports with confirm=true.
        var early = Utf8([rows[0]], bom: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync(registrar, early, "早期.csv")).StatusCode);
        var confirmed = await UploadAsync(registrar, early, "早期.csv", "?confirm=true");
        Assert.Equal((1, 1, 0, false), Counts(await confirmed.ReadJsonAsync()));
        Assert.True(await app.AsSystemAsync(async sp => await sp.GetRequiredService<EntitiesDbContext>().Entities.IgnoreQueryFilters()
            .Where(e => e.Uscc == wrongCheck).Select(e => e.UsccCheckOverridden).SingleAsync()));
    }

    [Fact]
    public async Task Files_that_are_not_the_template_are_refused_with_the_reason()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.Configure<ImportOptions>(o => o.MaxBytes = 4096));
        var registrar = await app.LoginAsync("registrar");
        var row = Generate(16, "370102", app.Clock.Today(), 20).ToList();
        var good = CsvText(row.Take(1));
        var header = good[..good.IndexOf("\r\n", StringComparison.Ordinal)];

        var missing = await UploadAsync(registrar, Encoding.UTF8.GetBytes(good.Replace("注册号,", "", StringComparison.Ordinal)), "少列.csv");
        var extra = await UploadAsync(registrar, Encoding.UTF8.GetBytes(good.Replace("\r\n", ",\r\n", StringComparison.Ordinal).Replace("名称自主申报,", "名称自主申报,备注", StringComparison.Ordinal)), "多列.csv");
        var empty = await UploadAsync(registrar, Encoding.UTF8.GetBytes(header + "\r\n"), "空.csv");
        var png = await UploadAsync(registrar, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], "图片.csv");
        var encoding = await UploadAsync(registrar, Encoding.UTF8.GetBytes(good), "主体.csv", "?encoding=latin1");
        var large = await UploadAsync(registrar, Utf8(row, bom: false), "太大.csv");
        var template = await registrar.Http.GetAsync(Url + "/template.csv");
        var page = await registrar.PageAsync("/entities/import");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        AssertError(Errors(await missing.ReadJsonAsync()), 1, "注册号", "缺少列");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, extra.StatusCode);
        AssertError(Errors(await extra.ReadJsonAsync()), 1, "备注", "未知的列");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("没有数据行", (await empty.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, png.StatusCode);
        Assert.Contains("文件类型不受支持", (await png.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, encoding.StatusCode);
        Assert.Contains("不支持的编码", (await encoding.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("超过导入大小上限", (await large.ReadJsonAsync()).ProblemText());
        Assert.Equal(0, await CountAsync(app));
        var bytes = await template.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(header + "\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Contains("下载导入模板", page);
        Assert.Contains("/entities/import", await registrar.PageAsync("/entities")); // nav entry
    }

    private static async Task AssertOkAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private sealed record Error(int Line, string Column, string? Value, string Reason);

    private static List<Error> Errors(JsonElement body) => [.. body.GetProperty("errors").EnumerateArray()
        .Select(e => new Error(e.GetProperty("line").GetInt32(), e.Str("column"), e.GetProperty("value").GetString(), e.Str("reason")))];

    private static void AssertError(List<Error> errors, int line, string column, string reason) =>
        Assert.True(errors.Any(e => e.Line == line && e.Column == column && e.Reason.Contains(reason, StringComparison.Ordinal)),
            $"expected line {line} {column} “{reason}” in: {string.Join("\n", errors)}");

    private static (int, int, int, bool) Counts(JsonElement e) =>
        (e.GetProperty("rows").GetInt32(), e.GetProperty("inserted").GetInt32(), e.GetProperty("updated").GetInt32(), e.GetProperty("dryRun").GetBoolean());

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] file, string fileName, string query = "")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return await client.Http.PostAsync(Url + query, form);
    }

    private static IEnumerable<EntityRow> Generate(int seed, string county, DateOnly today, int count) =>
        new EntityDatasetGenerator(seed, [county], today).Entities(count);

    private static string CsvText(IEnumerable<EntityRow> rows)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        EntityCsv.Write(w, rows);
        return w.ToString();
    }

    private static byte[] Utf8(IEnumerable<EntityRow> rows, bool bom) =>
        [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(CsvText(rows))];

    /// <summary>The rows as an Excel user saves them: text cells, 成立日期 as real date cells, 注册资本 as numbers.</summary>
    private static byte[] Xlsx(IEnumerable<EntityRow> rows)
    {
        var lines = CsvText(rows).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var sheet = rows.Select(r =>
        {
            using var w = new StringWriter(CultureInfo.InvariantCulture);
            EntityCsv.Write(w, [r]);
            var cells = ParseCsvLine(w.ToString().Split("\r\n")[1]);
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < header.Length; i++) d[header[i]] = cells[i];
            d["成立日期"] = r.EstablishedOn.ToDateTime(TimeOnly.MinValue);
            d["注册资本（万元）"] = r.RegisteredCapital;
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Splits one CSV record (generated names and addresses carry no line breaks).</summary>
    private static List<string?> ParseCsvLine(string line)
    {
        var cells = new List<string?>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.Length == 0 ? null : sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }

        cells.Add(sb.Length == 0 ? null : sb.ToString());
        return cells;
    }

    private static string WrongCheckChar(string uscc)
    {
        const string chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var other = chars[(chars.IndexOf(uscc[^1], StringComparison.Ordinal) + 1) % chars.Length];
        return uscc[..^1] + other;
    }

    private static Task<int> CountAsync(ZhijianApp app) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<EntitiesDbContext>().Entities.IgnoreQueryFilters().CountAsync());

    private static async Task<List<DateTimeOffset>> UpdatedAtAsync(ZhijianApp app) =>
        await app.AsSystemAsync(async sp => (await sp.GetRequiredService<EntitiesDbContext>().Entities.IgnoreQueryFilters()
            .OrderBy(e => e.Uscc).Select(e => e.UpdatedAt).ToListAsync()));
}
