using System.Net;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

public sealed class AnnualReportAndLicenceTests
{
    [Theory]
    [InlineData(EntityType.LimitedCompany, "2024-03-01", EntityStatus.Active, null, 2025, true)]
    [InlineData(EntityType.IndividualBusiness, "2025-12-31", EntityStatus.Active, null, 2025, true)]
    [InlineData(EntityType.LimitedCompany, "2026-01-02", EntityStatus.Active, null, 2025, false)]  // not yet established
    [InlineData(EntityType.Branch, "2020-01-01", EntityStatus.Active, null, 2025, false)]          // the parent reports
    [InlineData(EntityType.LimitedCompany, "2020-01-01", EntityStatus.Deregistered, "2026-03-01", 2025, false)] // closed before the deadline
    [InlineData(EntityType.LimitedCompany, "2020-01-01", EntityStatus.Revoked, "2026-08-01", 2025, true)]       // closed after it
    public void Who_must_report_for_a_year(EntityType type, string established, EntityStatus status, string? statusDate, int year, bool due)
    {
        var (_, closes) = AnnualReportRules.Window(year, "01-01", "06-30");

        Assert.Equal(new DateOnly(2026, 6, 30), closes);
        Assert.Equal(due, AnnualReportRules.IsDue(type, DateOnly.Parse(established, System.Globalization.CultureInfo.InvariantCulture), status,
            statusDate is null ? null : DateOnly.Parse(statusDate, System.Globalization.CultureInfo.InvariantCulture), year, closes));
    }

    [Fact]
    public void Rule_tags_follow_valid_licences_and_keep_manual_tags()
    {
        var tags = TagRules.Apply(["小微企业", "特种设备使用单位"], [("food-operation", true), ("sequip-use", false)]);

        Assert.Equal(["小微企业", "食品经营者"], tags);
    }

    [Fact]
    public async Task A_late_report_is_accepted_and_flagged_and_the_rate_and_missing_list_follow()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var a = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var b = SampleEntities.Company("济南泉城华泰商贸有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", a);
        await registrar.PostJsonAsync("/api/v1/entities", b);

        var filed = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/annual-reports", new { year = 2025, employees = 12, websites = new[] { "https://shop.example.cn" } });
        var twice = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/annual-reports", new { year = 2025, employees = 12 });
        var tooEarly = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/annual-reports", new { year = 2026, employees = 12 });

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        var profile = await registrar.GetJsonAsync($"/api/v1/entities/{a["uscc"]}");
        Assert.True(profile.GetProperty("annualReports")[0].GetProperty("late").GetBoolean()); // filed in November, window closed 30 June
        var rate = await registrar.GetJsonAsync("/api/v1/entities/annual-reports/rate?year=2025");
        Assert.Equal(2, rate.GetProperty("due").GetInt32());
        Assert.Equal(1, rate.GetProperty("filed").GetInt32());
        Assert.Equal(0.5m, rate.GetProperty("rate").GetDecimal());
        Assert.Equal("370102", rate.GetProperty("byCounty")[0].Str("divisionCode"));
        var missing = await registrar.GetJsonAsync("/api/v1/entities/annual-reports/missing?year=2025");
        Assert.Equal(new[] { (string)b["uscc"]! }, missing.GetProperty("items").EnumerateArray().Select(i => i.Str("uscc")).ToArray());
    }

    [Fact]
    public async Task A_food_licence_tags_the_entity_and_shows_in_the_expiry_lists()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var a = SampleEntities.Company("济南泉城鑫源食品有限公司");
        var b = SampleEntities.Company("济南泉城华泰餐饮有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", a);
        await registrar.PostJsonAsync("/api/v1/entities", b);

        var soon = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/licences",
            new { typeCode = "food-operation", number = "JY13701020012345", issuer = "济南市历下区市场监督管理局", validFrom = "2021-12-20", validTo = "2026-12-19", commitment = true });
        var expired = await registrar.PostJsonAsync($"/api/v1/entities/{b["uscc"]}/licences",
            new { typeCode = "food-operation", number = "JY23701020054321", issuer = "济南市历下区市场监督管理局", validFrom = "2021-06-01", validTo = "2026-05-31", commitment = false });
        var duplicate = await registrar.PostJsonAsync($"/api/v1/entities/{b["uscc"]}/licences",
            new { typeCode = "food-operation", number = "JY13701020012345", issuer = "x", validFrom = "2021-12-20", validTo = "2026-12-19", commitment = false });

        Assert.Equal(HttpStatusCode.Created, soon.StatusCode);
        Assert.Equal(HttpStatusCode.Created, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var tagsA = (await registrar.GetJsonAsync($"/api/v1/entities/{a["uscc"]}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        var tagsB = (await registrar.GetJsonAsync($"/api/v1/entities/{b["uscc"]}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("食品经营者", tagsA);
        Assert.DoesNotContain("食品经营者", tagsB); // expired: no rule tag
        var in30 = await registrar.GetJsonAsync("/api/v1/entities/licences/expiring?days=30");
        Assert.Equal(26, in30[0].GetProperty("daysLeft").GetInt32()); // 2026-11-23 → 2026-12-19
        Assert.Single(in30.EnumerateArray());
        var operating = await registrar.GetJsonAsync("/api/v1/entities/licences/expired-operating");
        Assert.Equal((string)b["uscc"]!, Assert.Single(operating.EnumerateArray()).Str("uscc"));
        var byTag = await registrar.GetJsonAsync("/api/v1/entities?tag=" + Uri.EscapeDataString("食品经营者"));
        Assert.Equal(1, byTag.GetProperty("total").GetInt32());
        var byLicence = await registrar.GetJsonAsync("/api/v1/entities?licence=food-operation");
        Assert.Equal(2, byLicence.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_export_masks_personal_data()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company("济南泉城鑫源商贸有限公司"));

        var csv = await registrar.Http.GetStringAsync("/api/v1/entities/export.csv?q=" + Uri.EscapeDataString("鑫源"));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("统一社会信用代码,注册号,名称", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("110105********002X", lines[1]);
        Assert.Contains("138****5678", lines[1]);
        Assert.DoesNotContain("11010519491231002X", csv);
        Assert.DoesNotContain("13812345678", csv);
    }
}

public sealed class ExcelExportTests
{
    [Fact]
    public async Task The_excel_export_has_the_template_headers_and_masked_personal_data()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", body);

        var bytes = await registrar.Http.GetByteArrayAsync("/api/v1/entities/export.xlsx");

        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(body["uscc"], row["统一社会信用代码"]);
        Assert.Equal("110105********002X", row["法定代表人证件号码"]);
        Assert.Equal("138****5678", row["联系电话"]);
    }
}
