using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Features.Import;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Import;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Import;

/// <summary>Issue 16 findings 8, 9 and 11: the import kit's limits on cells, columns, rows, XLSX size and reported errors.</summary>
public sealed class ImportLimitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zj-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static TabularFileException ReadAll(string path, ImportLimits? limits = null) =>
        Assert.Throws<TabularFileException>(() =>
        {
            foreach (var _ in TabularFile.Records(path, null, limits))
            {
            }
        });

    [Fact]
    public void Finding_8_an_xlsx_of_one_1_GiB_cell_is_refused_at_the_cell_limit_without_inflating_it()
    {
        var path = Path.Combine(_folder, "bomb.xlsx");
        using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            WriteXlsxSkeleton(zip, """<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>""");
            using var strings = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
            strings.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'A');
            for (var i = 0; i < 1024; i++) strings.Write(chunk); // 1 GiB of one character: a few MB compressed
            strings.Write("</t></si></sst>"u8);
        }

        Assert.True(new FileInfo(path).Length < 16 * 1024 * 1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = ReadAll(path);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Contains("32,767 个字符", error.Message);
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated:N0} bytes reading a 1 GiB cell");
    }

    [Fact]
    public void Finding_8_an_xlsx_part_declared_larger_than_the_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_folder, "large.xlsx");
        using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var rows = new StringBuilder("<sheetData>");
            for (var r = 1; r <= 20_000; r++) rows.Append(CultureInfo.InvariantCulture, $"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>第 {r} 行的内容</t></is></c></row>""");
            WriteXlsxSkeleton(zip, rows.Append("</sheetData>").ToString());
            using var strings = zip.CreateEntry("xl/sharedStrings.xml").Open();
            strings.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>"""u8);
        }

        var error = ReadAll(path, ImportLimits.Default with { MaxXlsxPartBytes = 256 * 1024 });

        Assert.Contains("解压大小上限", error.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", error.Message);
        // Within the limits the same file reads (header + 19,999 rows).
        Assert.Equal(20_000, TabularFile.Records(path, null).Count());
    }

    [Fact]
    public void Finding_11_a_csv_cell_past_32767_characters_or_a_record_past_200_fields_is_refused_while_reading()
    {
        var longCell = Save("cell.csv", Encoding.UTF8.GetBytes("名称,经营范围\r\n甲," + new string('范', 40_000) + "\r\n"));
        var wide = Save("wide.csv", Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(1, 100_000).Select(i => "列" + i)) + "\r\n"));
        var trailing = Save("trailing.csv", Encoding.UTF8.GetBytes("名称,经营范围" + new string(',', 150) + "\r\n甲,乙\r\n"));

        Assert.Contains("第 2 行第 2 列的内容超过 32,767 个字符", ReadAll(longCell).Message);
        Assert.Contains("第 1 行超过 200 列", ReadAll(wide).Message);
        Assert.Equal(2, TabularFile.Records(trailing, null).Count()); // empty fields Excel leaves at the end are no columns
    }

    [Fact]
    public void A_file_past_the_row_limit_is_refused_and_one_at_the_limit_reads()
    {
        var csv = new StringBuilder("名称\r\n");
        for (var i = 1; i <= 11; i++) csv.Append(CultureInfo.InvariantCulture, $"主体{i}\r\n");
        var path = Save("rows.csv", Encoding.UTF8.GetBytes(csv.ToString()));

        Assert.Contains("超过 10 个数据行", ReadAll(path, ImportLimits.Default with { MaxRows = 10 }).Message);
        Assert.Equal(12, TabularFile.Records(path, null, ImportLimits.Default with { MaxRows = 11 }).Count());
    }

    [Fact]
    public void A_record_with_more_or_fewer_fields_than_the_header_is_a_row_problem()
    {
        Assert.Null(TabularFile.FieldCountProblem(3, ["a", "b", "c"]));
        Assert.Null(TabularFile.FieldCountProblem(3, ["a", "b", "c", null, ""]));
        Assert.Contains("表头只有 3 列", TabularFile.FieldCountProblem(3, ["a", "b", "c", "d"]));
        Assert.Contains("只有 2 个字段", TabularFile.FieldCountProblem(3, ["a", "b"]));
    }

    [Fact]
    public async Task Finding_9_junk_rows_get_the_first_1000_errors_and_a_count_a_bounded_report_and_no_files_left_behind()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.Configure<ImportOptions>(o => o.Folder = _folder).Configure<EntityImportOptions>(o => o.MaxRows = 9_000));
        var registrar = await app.LoginAsync("registrar");
        var header = string.Join(',', EntityRow.Columns.Select(c => c.Header));
        var junk = new StringBuilder(header).Append("\r\n");
        for (var i = 0; i < 8_000; i++) junk.Append(string.Join(',', Enumerable.Repeat("x" + i.ToString(CultureInfo.InvariantCulture), 24))).Append("\r\n");

        var refused = await UploadAsync(registrar, Encoding.UTF8.GetBytes(junk.ToString()), "junk.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        var count = body.GetProperty("errorCount").GetInt64();
        Assert.True(count > ImportLimits.MaxErrorFileErrors, $"{count} errors");
        Assert.Equal(1000, body.GetProperty("errors").GetArrayLength());
        Assert.Contains($"另有 {count - 1000:N0} 行错误未列出", body.Str("detail"));
        var report = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "errors"), "*.csv", SearchOption.AllDirectories));
        var lines = File.ReadLines(report).Count();
        Assert.Equal(ImportLimits.MaxErrorFileErrors + 2, lines); // header, the first 100,000 errors, the count of the rest
        Assert.Contains($"另有 {count - ImportLimits.MaxErrorFileErrors:N0} 行错误未列出", File.ReadLines(report).Last());

        // Past the configured row limit: refused as a whole, no report kept, the upload deleted.
        for (var i = 0; i < 1_001; i++) junk.Append("x\r\n");
        var tooMany = await UploadAsync(registrar, Encoding.UTF8.GetBytes(junk.ToString()), "too-many.csv");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("超过 9,000 个数据行", (await tooMany.ReadJsonAsync()).ProblemText());
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "errors"), "*.csv", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "uploads")));
    }

    [Fact]
    public async Task Finding_11_extra_fields_are_row_errors_and_a_100000_column_header_gets_a_short_answer()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.Configure<ImportOptions>(o => o.Folder = _folder));
        var registrar = await app.LoginAsync("registrar");
        var rows = new EntityDatasetGenerator(3, ["370102"], app.Clock.Today()).Entities(3).ToList();
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        EntityCsv.Write(w, rows);
        var lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[2] += string.Concat(Enumerable.Repeat(",多余", 5)); // line 3: five fields past the 24 columns
        var csv = string.Join("\r\n", lines) + "\r\n";

        var extra = await UploadAsync(registrar, Encoding.UTF8.GetBytes(csv), "extra.csv");
        var wide = await UploadAsync(registrar, Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(1, 100_000).Select(i => "列" + i)) + "\r\n"), "wide.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, extra.StatusCode);
        var error = Assert.Single((await extra.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("本行有 29 个字段，表头只有 24 列", error.Str("reason"));
        Assert.Equal(HttpStatusCode.BadRequest, wide.StatusCode);
        var answer = await wide.Content.ReadAsStringAsync();
        Assert.True(answer.Length < 4096, $"{answer.Length:N0} characters");
        Assert.Contains("超过 200 列", answer);
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return await client.Http.PostAsync("/api/v1/entities/import", form);
    }

    /// <summary>The parts of a minimal XLSX (one sheet) but the shared strings.</summary>
    private static void WriteXlsxSkeleton(ZipArchive zip, string sheetData)
    {
        void Part(string name, string xml)
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            s.Write(Encoding.UTF8.GetBytes(xml));
        }

        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheetData}</worksheet>""");
    }
}
