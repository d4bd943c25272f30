using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>Bad input at intake and on attachments: clear Chinese messages naming the field, nothing written.</summary>
public sealed class ComplaintBadInputTests
{
    [Fact]
    public async Task Missing_identity_an_unknown_business_and_bad_values_are_each_named_and_nothing_is_stored()
    {
        await using var app = await ZhijianApp.StartAsync();
        var anonymous = app.Anonymous();
        var body = Complaint("91370102MA3C4XYZ5J");
        body["person"] = new Dictionary<string, object?> { ["name"] = "", ["phone"] = "12345", ["idNumber"] = "370102199001011234" };
        body["category"] = "X99";
        body["amount"] = -5m;
        body["demand"] = null;
        body["harmKnownOn"] = "2027-01-01";

        var problem = await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", body), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("投诉人姓名", errors.GetProperty("person.name")[0].GetString());
        Assert.Contains("格式不正确", errors.GetProperty("person.phone")[0].GetString());
        Assert.Contains("通讯地址", errors.GetProperty("person.address")[0].GetString());
        Assert.Contains("身份证号码无效", errors.GetProperty("person.idNumber")[0].GetString());
        Assert.Contains("统一社会信用代码", errors.GetProperty("target.uscc")[0].GetString());
        Assert.Contains("分类字典", errors.GetProperty("category")[0].GetString());
        Assert.Contains("0 到 100 亿元", errors.GetProperty("amount")[0].GetString());
        Assert.Contains("具体的投诉请求", errors.GetProperty("demand")[0].GetString());
        Assert.Contains("不能晚于今天", errors.GetProperty("harmKnownOn")[0].GetString());

        var handler = await app.LoginAsync("complaint");
        Assert.Equal(0, (await handler.GetJsonAsync("/api/v1/complaints")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_valid_uscc_that_is_not_in_the_registry_is_refused_and_a_name_only_target_needs_a_place()
    {
        await using var app = await ZhijianApp.StartAsync();
        var anonymous = app.Anonymous();
        var unknown = Zhijian.Tests.Entities.SampleEntities.NewUscc();
        var notFound = await ProblemAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(unknown)), HttpStatusCode.BadRequest);
        Assert.Contains($"主体库中没有统一社会信用代码为 {unknown}", notFound);

        var body = Complaint(null);
        body["target"] = new Dictionary<string, object?> { ["name"] = "某不知名小店" };
        Assert.Contains("所在区县", await ProblemAsync(await PostAsync(anonymous, "/api/v1/public/complaints", body), HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("{\"kind\":\"complaint\",\"amount\":\"很多\"}", "amount")]
    [InlineData("{\"kind\":\"complaint\",\"harmKnownOn\":\"2026/11/01\"}", "harmKnownOn")]
    [InlineData("{\"kind\":\"complaint\",", "body")]
    [InlineData("", "body")]
    public async Task A_malformed_payload_gets_a_chinese_message_naming_the_place(string json, string field)
    {
        await using var app = await ZhijianApp.StartAsync();
        var api = await app.ApiClientAsync("370100", "complaints.write");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await OkAsync(await api.PostAsync("/api/v1/complaints", content), HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Matches("JSON|请求体", message);
    }

    [Fact]
    public async Task An_api_client_without_the_write_scope_cannot_push_and_a_12345_ticket_needs_its_number()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var reader = await app.ApiClientAsync("370100", "complaints.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reader, "/api/v1/complaints", Complaint(uscc))).StatusCode);
        var writer = await app.ApiClientAsync("370100", "complaints.write");
        var body = Complaint(uscc);
        body["channel"] = "12345";
        Assert.Contains("工单号", await ProblemAsync(await PostAsync(writer, "/api/v1/complaints", body), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var anonymous = app.Anonymous();
        var receipt = await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(uscc)), HttpStatusCode.Created);
        var number = receipt.GetProperty("parts")[0].Str("number");
        var code = receipt.Str("queryCode");
        var url = $"/api/v1/public/complaints/{number}/attachments?code={code}";

        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var ok = await OkAsync(await anonymous.PostAsync(url, File("发票.png", png)));
        Assert.Equal("image/png", ok.Str("contentType"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)), ok.Str("sha256"));

        Assert.Contains("类型不支持", await ProblemAsync(await anonymous.PostAsync(url, File("病毒.exe", Encoding.ASCII.GetBytes("MZ\x90\0 not an image"))), HttpStatusCode.BadRequest));
        Assert.Contains("扩展名与内容不符", await ProblemAsync(await anonymous.PostAsync(url, File("合同.pdf", png)), HttpStatusCode.BadRequest));
        var big = new byte[(20 * 1024 * 1024) + 1];
        png.CopyTo(big, 0);
        Assert.Contains("超过 20 MB", await ProblemAsync(await anonymous.PostAsync(url, File("大图.png", big)), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync($"/api/v1/public/complaints/{number}/attachments?code=999999", File("x.png", png))).StatusCode);

        var handler = await app.LoginAsync("complaint");
        var detail = await handler.GetJsonAsync($"/api/v1/complaints/{FirstId(receipt)}");
        Assert.Single(detail.GetProperty("attachments").EnumerateArray());
    }

    private static MultipartFormDataContent File(string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Theory]
    [InlineData("2026-04-14", "Order20", "2026-04-23", "2026-06-18")] // 45 WD from 14 Apr, 劳动节 and 端午 off
    [InlineData("2026-04-15", "Order121", "2026-04-24", "2026-06-15")] // 60 CD from 15 Apr = Sun 14 Jun → Mon 15 Jun
    [InlineData("2026-09-24", "Order121", "2026-10-12", "2026-11-23")] // 中秋 25–27 Sep and 国庆 1–7 Oct off, Sat 10 Oct a make-up working day
    [InlineData("2026-02-12", "Order20", "2026-02-28", "2026-04-23")] // 春节 15–23 Feb off, Sat 14 Feb and Sat 28 Feb make-up working days
    public async Task The_version_received_under_fixes_the_deadlines_on_the_real_calendar(string received, string version, string acceptBy, string mediationBy)
    {
        var day = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var part = (await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created)).GetProperty("parts")[0];
        Assert.Equal(acceptBy, part.Str("dueOn"));
        var accepted = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{part.GetProperty("id").GetInt64()}/accept", new { }));
        Assert.Equal(version == "Order20" ? "《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号，2022年修正）" : "《市场监督管理投诉举报处理办法》（国家市场监督管理总局令第121号）",
            accepted.Str("rulesName"));
        Assert.Equal(mediationBy, accepted.Str("mediationBy"));
        Assert.False(accepted.GetProperty("provisionalDue").GetBoolean());
    }

    [Fact]
    public async Task A_provisional_deadline_is_recomputed_when_next_years_holidays_are_loaded()
    {
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 12, 28, 10, 0, 0, TimeSpan.FromHours(8)));
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var part = (await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created)).GetProperty("parts")[0];
        // 7 WD from Mon 28 Dec 2026: 29, 30, 31 Dec, (1 Jan 元旦), 4, 5, 6, 7 Jan → Thu 7 Jan 2027, provisional.
        Assert.Equal("2027-01-07", part.Str("dueOn"));
        var id = part.GetProperty("id").GetInt64();
        Assert.True((await handler.GetJsonAsync($"/api/v1/complaints/{id}")).GetProperty("provisionalDue").GetBoolean());

        // The State Council's 2027 notice (hypothetical for the test): 1–3 Jan off, Mon 4 Jan off as well.
        var holder = app.Services.GetRequiredService<WorkingCalendarHolder>();
        holder.Replace(holder.Current.Schedules.Append(new HolidaySchedule(2027,
            [new(new DateOnly(2027, 1, 1), "元旦"), new(new DateOnly(2027, 1, 2), "元旦"), new(new DateOnly(2027, 1, 3), "元旦"), new(new DateOnly(2027, 1, 4), "元旦")],
            [], "测试")));
        await app.AsSystemAsync(sp => Zhijian.Complaints.Features.Sweeper.RunOnceAsync(sp, CancellationToken.None));

        var after = await handler.GetJsonAsync($"/api/v1/complaints/{id}");
        Assert.Equal("2027-01-08", after.Str("dueOn"));
        Assert.False(after.GetProperty("provisionalDue").GetBoolean());
    }

    [Theory]
    [InlineData("TS2026112300012345", 12345L)]
    [InlineData("JB2026041500000007", 7L)]
    [InlineData("42", 42L)]
    [InlineData("TS20261123", null)]
    [InlineData("", null)]
    public void A_number_carries_its_id(string number, long? id) => Assert.Equal(id, FilingClock.ParseNumber(number));
}
