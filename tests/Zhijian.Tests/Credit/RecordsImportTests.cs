using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Credit;

public sealed class RecordsImportTests
{
    private const string Header = "统一社会信用代码,记录类别,监管领域,来源系统,来源编号,作出决定机关,文书号,标题,内容,决定日期,金额（元）,处罚种类,严重处罚,公示截止日";

    static RecordsImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.Http.PostAsync("/api/v1/credit/records/import", form);
    }

    [Fact]
    public async Task A_GBK_file_from_the_tax_bureau_is_imported_and_importing_it_again_changes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);
        var csv = Header + "\r\n"
            + $"{uscc},行政处罚,,jinan-tax,T-2026-01,国家税务总局济南市历下区税务局,历税罚〔2026〕8号,逾期未申报纳税,,2026-05-08,2000,罚款,否,\r\n"
            + $"{uscc},股权出质,,jinan-amr,EP-77,济南市市场监督管理局,,股权出质设立登记,出质股权 50 万元,2025-12-01,,,,\r\n";
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(csv);

        var first = await UploadAsync(registrar, gbk, "税务处罚.csv");
        var again = await UploadAsync(registrar, gbk, "税务处罚.csv");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.ReadJsonAsync()).GetProperty("created").GetInt32());
        Assert.Equal(2, (await again.ReadJsonAsync()).GetProperty("unchanged").GetInt32());
        var items = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items");
        Assert.Equal(2, items.GetArrayLength());
        Assert.Contains(items.EnumerateArray(), r => r.Str("kindName") == "股权出质" && r.Str("authority") == "济南市市场监督管理局");
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城华泰商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);
        var csv = Header + "\n"
            + $"{uscc},行政处罚,,jinan-tax,T-1,历下区税务局,,逾期未申报纳税,,2026-05-08,2000,罚款,否,\n"
            + $"{uscc},罚单,,jinan-tax,T-2,历下区税务局,,逾期未申报纳税,,2026-05-08,2000,罚款,否,\n"      // unknown kind
            + $"{uscc},行政处罚,,jinan-tax,T-3,历下区税务局,,逾期未申报纳税,,2026/13/40,2000,罚款,也许,\n"  // bad date, bad flag
            + $"{uscc},行政处罚,,jinan-tax,T-1,历下区税务局,,逾期未申报纳税,,2026-05-09,2000,罚款,否,\n";  // duplicate source

        var response = await UploadAsync(registrar, Encoding.UTF8.GetBytes(csv), "有误.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt64(), Column: e.Str("column"), Reason: e.Str("reason"))).ToList();
        Assert.Contains(errors, e => e is { Line: 3, Column: "记录类别" });
        Assert.Contains(errors, e => e is { Line: 4, Column: "决定日期" } && e.Reason.Contains("yyyy-MM-dd"));
        Assert.Contains(errors, e => e is { Line: 4, Column: "严重处罚" });
        Assert.Contains(errors, e => e is { Line: 5, Column: "来源编号" } && e.Reason.Contains("第 2 行"));
        Assert.Empty((await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_xlsx_file_imports_and_a_file_with_foreign_headers_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城恒信商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["统一社会信用代码"] = uscc, ["记录类别"] = "抽查检查结果", ["来源系统"] = "jinan-amr", ["来源编号"] = "R-9",
                ["作出决定机关"] = "济南市历下区市场监督管理局", ["标题"] = "营业执照规范使用情况检查", ["内容"] = "未发现问题", ["决定日期"] = new DateTime(2026, 9, 1),
            },
        };
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(rows, excelType: ExcelType.XLSX);

        var ok = await UploadAsync(registrar, xlsx.ToArray(), "抽查结果.xlsx");
        var foreign = await UploadAsync(registrar, Encoding.UTF8.GetBytes("名称,金额\n某公司,1\n"), "别的表.csv");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, (await ok.ReadJsonAsync()).GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("表头缺少必填列", (await foreign.ReadJsonAsync()).ProblemText());
    }
}
