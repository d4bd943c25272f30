using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;

namespace Zhijian.Tests.Platform.Import;

/// <summary>The import kit itself: header mapping, the row errors, all or nothing, the 422 answer, temporary files.</summary>
public sealed class ImportKitTests : IDisposable
{
    private static readonly ImportTemplate Template = new("kit-test",
    [
        new("统一社会信用代码", true) { Aliases = ["社会信用代码", "信用代码"], MaxLength = 18 },
        new("名称", true),
        new("注册资本（万元）", false),
        new("备注", false),
    ]);

    private readonly string _folder = Directory.CreateTempSubdirectory("zj-kit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IEnumerable<(long, object?[])> Csv(string text) => TabularFile.CsvRecords(new StringReader(text));

    [Fact]
    public void A_header_maps_by_name_or_alias_in_any_order_and_optional_columns_may_be_absent()
    {
        var records = Template.Read(Csv("名称,信用代码\r\n济南甲商贸有限公司,91370102MA3CE2B722\r\n\r\n,\r\n")).ToList();

        var row = Assert.Single(records); // blank rows are skipped
        Assert.Equal(2, row.Line);
        Assert.Equal("91370102MA3CE2B722", row.Text(0));
        Assert.Equal("济南甲商贸有限公司", row.Text(1));
        Assert.Null(row.Text(2));
        Assert.False(row.HasErrors);
    }

    [Fact]
    public void A_missing_required_column_or_an_unknown_one_is_reported_per_column_on_line_1_and_a_foreign_file_is_refused_whole()
    {
        var missing = Assert.Throws<ImportFileException>(() => Template.Read(Csv("信用代码,备注,经营范围\r\nx,y,z\r\n")).ToList());
        var foreign = Assert.Throws<TabularFileException>(() => Template.Read(Csv("金额,日期\r\n1,2\r\n")).ToList());
        var empty = Assert.Throws<ImportFileException>(() => Template.Read(Csv("名称,信用代码\r\n")).ToList());

        Assert.Contains(missing.Errors, e => e is { Line: 1, Column: "名称", Reason: "缺少列“名称”" });
        Assert.Contains(missing.Errors, e => e is { Line: 1, Column: "经营范围" } && e.Reason.Contains("未知的列", StringComparison.Ordinal));
        Assert.StartsWith("表头与导入模板不符", missing.Message, StringComparison.Ordinal);
        Assert.IsNotType<ImportFileException>(foreign);
        Assert.Contains("表头缺少必填列：统一社会信用代码、名称", foreign.Message);
        Assert.Contains("没有数据行", empty.Message);
    }

    [Fact]
    public void Cells_are_parsed_with_their_errors_recorded_and_values_shown_safely()
    {
        var row = Template.Read(Csv($"统一社会信用代码,名称,注册资本（万元）,备注\r\n{new string('9', 19)},甲,一百,{new string('长', 150)}\r\n")).Single();

        Assert.Null(row.Number(2, t => $"注册资本“{t}”不是数字"));
        Assert.NotNull(row.Text(0));
        using var errors = new ImportErrors(Template);
        errors.AddRange(row.Errors);
        errors.Add(row.Line, 3, row.Text(3), "备注太长");

        Assert.Contains(errors.Listed, e => e is { Line: 2, Column: "注册资本（万元）", Value: "一百", Reason: "注册资本“一百”不是数字" });
        Assert.Contains(errors.Listed, e => e.Column == "统一社会信用代码" && e.Reason.Contains("不能超过 18 个字符", StringComparison.Ordinal));
        Assert.EndsWith("…（共 150 个字符）", errors.Listed.Single(e => e.Column == "备注").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_writes_nothing_and_reports_every_rows_error_and_the_upload_is_deleted_either_way()
    {
        var kit = Kit();
        var csv = "统一社会信用代码,名称,注册资本（万元）\r\n"
            + "91370102MA3CE2B722,甲,100\r\n"
            + "91370102MA3CE2B723,,abc\r\n"   // 名称 empty, capital not a number
            + "91370102MA3CE2B724,丙,200\r\n"
            + "91370102MA3CE2B725,丁,x\r\n";  // capital not a number
        var written = new List<string>();
        string? upload = null;

        var refused = await kit.RunAsync<int>(Request(csv), Template, null, (file, errors) =>
        {
            upload = file.Path;
            var rows = Template.Read(file.Path!, null).ToList();
            foreach (var r in rows)
            {
                if (r.Text(1) is null) r.Error(1, "名称不能为空");
                r.Number(2, t => $"注册资本“{t}”不是数字");
                errors.AddRange(r.Errors);
            }

            if (errors.Count == 0) written.AddRange(rows.Select(r => r.Text(0)!));
            return Task.FromResult<Results<Ok<int>, ProblemHttpResult>>(TypedResults.Ok(written.Count));
        }, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(refused.Result);
        Assert.Equal(422, problem.StatusCode);
        Assert.Empty(written);
        var listed = Assert.IsAssignableFrom<IReadOnlyList<ImportRowError>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.Equal([(3L, "名称"), (3L, "注册资本（万元）"), (5L, "注册资本（万元）")], listed.Select(e => (e.Line, e.Column)));
        Assert.Equal(3L, problem.ProblemDetails.Extensions["errorCount"]);
        Assert.Contains("共 3 处错误", problem.ProblemDetails.Detail);
        var link = Assert.IsType<string>(problem.ProblemDetails.Extensions["errorFile"]);
        Assert.StartsWith("/api/v1/test/import/errors/", link, StringComparison.Ordinal);
        Assert.False(File.Exists(upload));
        var report = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "errors"), "*.csv", SearchOption.AllDirectories));
        Assert.Equal(["行号,列,值,原因", "3,名称,,名称不能为空", "3,注册资本（万元）,abc,注册资本“abc”不是数字", "5,注册资本（万元）,x,注册资本“x”不是数字"],
            File.ReadAllLines(report).Select(l => l.TrimStart('\uFEFF')));

        var good = csv.Replace(",,abc", ",乙,300", StringComparison.Ordinal).Replace(",丁,x", ",丁,400", StringComparison.Ordinal);
        var accepted = await kit.RunAsync<int>(Request(good), Template, null, (file, errors) =>
        {
            upload = file.Path;
            written.AddRange(Template.Read(file.Path!, null).Select(r => r.Text(0)!));
            return Task.FromResult<Results<Ok<int>, ProblemHttpResult>>(TypedResults.Ok(written.Count));
        }, CancellationToken.None);

        Assert.Equal(4, Assert.IsType<Ok<int>>(accepted.Result).Value);
        Assert.False(File.Exists(upload));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "errors"), "*.csv", SearchOption.AllDirectories)); // none added
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "uploads")));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_400_and_an_upload_past_the_limit_is_refused_while_streaming()
    {
        var kit = Kit(maxBytes: 64);
        string? upload = null;

        var foreign = await kit.RunAsync<int>(Request("金额,日期\r\n1,2\r\n"), Template, null, (file, errors) =>
        {
            upload = file.Path;
            var rows = Template.Read(file.Path!, null).ToList();
            return Task.FromResult<Results<Ok<int>, ProblemHttpResult>>(TypedResults.Ok(rows.Count));
        }, CancellationToken.None);
        var large = await kit.RunAsync<int>(Request("名称\r\n" + new string('甲', 100) + "\r\n"), Template, null,
            (_, _) => throw new InvalidOperationException("not reached"), CancellationToken.None);

        Assert.Equal(400, Assert.IsType<ProblemHttpResult>(foreign.Result).StatusCode);
        Assert.False(File.Exists(upload));
        var problem = Assert.IsType<ProblemHttpResult>(large.Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Contains("超过导入大小上限", problem.ProblemDetails.Detail);
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "uploads")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "zhijian-import", "errors"), "*", SearchOption.AllDirectories));
    }

    private ImportKit Kit(long maxBytes = ImportOptions.DefaultMaxBytes)
    {
        var actor = new ActorContext(new HttpContextAccessor(), new ServiceCollection().BuildServiceProvider());
        actor.UseSystem();
        return new ImportKit(Options.Create(new ImportOptions { Folder = _folder, MaxBytes = maxBytes }), actor);
    }

    private static HttpRequest Request(string csv)
    {
        using var form = new MultipartFormDataContent("zj-boundary");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "表.csv");
        var body = new MemoryStream();
        form.CopyTo(body, null, CancellationToken.None);
        body.Position = 0;
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/v1/test/import";
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        context.Request.ContentLength = body.Length;
        context.Request.Body = body;
        return context.Request;
    }
}
