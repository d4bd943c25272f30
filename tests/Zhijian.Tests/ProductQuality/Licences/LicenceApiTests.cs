using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using Zhijian.Tests.Platform.Todo;

namespace Zhijian.Tests.ProductQuality.Licences;

/// <summary>Intent methods for the licence tests: a registry manufacturer, a licence body, the module's tables and its clues.</summary>
internal static class LicenceKit
{
    private static int _serial = 100;

    /// <summary>A manufacturer (GB/T 4754 class 3120 钢压延加工) registered in the registry; its USCC.</summary>
    public static async Task<string> MakerAsync(ZhijianApp app, string name = "济南钢筋制品有限公司", string industry = "3120")
    {
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company(name, industry: industry);
        await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
        return (string)body["uscc"]!;
    }

    public static string Number() => $"鲁XK01-001-{Interlocked.Increment(ref _serial):D5}";

    public static object Licence(string number, string uscc, string issuedOn = "2024-03-15", string[]? products = null, string? validTo = null) => new
    {
        number,
        holderUscc = uscc,
        products = products ?? ["钢筋混凝土用热轧钢筋"],
        address = "济南市历城区工业北路 88 号",
        issuedOn,
        validTo,
        authority = "山东省市场监督管理局",
    };

    public static Task<T> Db<T>(ZhijianApp app, Func<QualityDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<QualityDbContext>()));

    /// <summary>How many case clues of <paramref name="kind"/> the module has put in its outbox.</summary>
    public static Task<int> CluesAsync(ZhijianApp app, string kind) => Db(app, async db =>
    {
        var payloads = await db.Set<OutboxMessage>().Where(m => m.Type == "pq.case-clue").Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains($"\"{kind}\"", StringComparison.Ordinal));
    });
}

/// <summary>Licences pushed and entered, applications with their deadlines, post-licence checks and CCC mark checks — over HTTP on both databases.</summary>
public sealed class LicenceApiTests
{
    [Fact]
    public async Task The_provincial_system_pushes_a_licence_and_the_same_number_again_updates_it()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await LicenceKit.MakerAsync(app);
        var province = await app.ApiClientAsync("370100", "pq.licence");
        var number = LicenceKit.Number();

        var created = await (await province.PostAsJsonAsync("/api/v1/pq/licences", LicenceKit.Licence("（鲁）" + number[1..], uscc))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(number, created.GetProperty("number").GetString());
        Assert.Equal("2029-03-15", created.GetProperty("validTo").GetString()); // 5 years, the corresponding day
        Assert.Equal("有效", created.GetProperty("statusName").GetString());

        var updated = await (await province.PostAsJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(number, uscc, products: ["电线电缆", "01-001"]))).ExpectAsync();
        Assert.Equal("钢筋混凝土用热轧钢筋、电线电缆", updated.GetProperty("productNames").GetString());
        Assert.Equal(1, await LicenceKit.Db(app, db => db.Licences.CountAsync(l => l.Number == number)));

        var chief = await app.LoginAsync("chief");
        var detail = await chief.GetJsonAsync($"/api/v1/pq/licences/{created.GetProperty("id").GetInt64()}");
        Assert.Equal(2, detail.GetProperty("products").GetArrayLength());
        Assert.Equal("省级系统推送", detail.GetProperty("source").GetString());

        // The seam other areas use.
        var refs = await app.AsSystemAsync(sp => sp.GetRequiredService<IProductLicences>().ValidForAsync(uscc, new DateOnly(2026, 11, 23), CancellationToken.None));
        Assert.Equal(number, Assert.Single(refs).Number);
    }

    [Fact]
    public async Task A_licence_for_a_product_outside_the_catalogue_or_beyond_the_legal_validity_is_refused_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await LicenceKit.MakerAsync(app);
        var chief = await app.LoginAsync("chief");

        var outside = await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(LicenceKit.Number(), uscc, products: ["电动自行车"]))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("产品单元/品种“电动自行车”不在", outside.GetProperty("errors").GetProperty("products")[0].GetString(), StringComparison.Ordinal);

        // 安全帽 entered the catalogue on 2024-09-25: a licence issued the day before is for a product outside it.
        var early = await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(LicenceKit.Number(), uscc, "2024-09-24", ["安全帽"]))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("products", out _));

        var tooLong = await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(LicenceKit.Number(), uscc, "2024-03-15", ["餐具洗涤剂"], "2029-03-15")))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("食品相关产品生产许可证有效期 3 年，最迟至 2027-03-15", tooLong.GetProperty("errors").GetProperty("validTo")[0].GetString(), StringComparison.Ordinal);

        var badNumber = await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence("XK01-001-00001", uscc))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("许可证编号", badNumber.GetProperty("errors").GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await LicenceKit.Db(app, db => db.Licences.CountAsync()));

        var viewer = await app.LoginAsync("complaint");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(LicenceKit.Number(), uscc))).StatusCode);
    }

    [Fact]
    public async Task A_licence_expiring_within_six_months_is_listed_for_renewal_until_a_renewal_application_is_received()
    {
        await using var app = await ZhijianApp.StartAsync(); // today 2026-11-23
        var uscc = await LicenceKit.MakerAsync(app);
        var chief = await app.LoginAsync("chief");
        var number = LicenceKit.Number();
        await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(number, uscc, "2022-01-10"))).ExpectAsync(HttpStatusCode.Created); // valid to 2027-01-10
        var later = LicenceKit.Number();
        await (await chief.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(later, uscc, "2022-06-10"))).ExpectAsync(HttpStatusCode.Created); // 2027-06-10: not yet

        var due = await chief.GetJsonAsync("/api/v1/pq/licences?view=renewal");
        Assert.Equal(number, Assert.Single(due.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
        Assert.Contains("到期延续", (await TodoTestKit.TodoAsync(chief)).ToString(), StringComparison.Ordinal);

        await (await chief.PostJsonAsync("/api/v1/pq/licence-applications", new { number = "SDXK20260101", kind = "Renewal", applicantUscc = uscc, products = new[] { "01-001" }, licenceNumber = number, receivedOn = "2026-11-20" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(0, (await chief.GetJsonAsync("/api/v1/pq/licences?view=renewal")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Application_deadlines_follow_the_holiday_calendar_and_late_steps_are_listed_overdue()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await LicenceKit.MakerAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var a = await (await inspector.PostJsonAsync("/api/v1/pq/licence-applications", new { number = "SDXK20260902", applicantUscc = uscc, products = new[] { "冷轧带肋钢筋" }, receivedOn = "2026-09-01" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("2026-10-08", a.GetProperty("onSiteDue").GetString());   // 10-01 is 国庆
        Assert.Equal("2026-11-02", a.GetProperty("decisionDue").GetString()); // 10-31 is a Saturday
        var overdue = await inspector.GetJsonAsync("/api/v1/pq/licence-applications?view=overdue");
        Assert.Equal("待实地核查", Assert.Single(overdue.GetProperty("items").EnumerateArray()).GetProperty("stage").GetString());

        var id = a.GetProperty("id").GetInt64();
        var site = await (await inspector.PostJsonAsync($"/api/v1/pq/licence-applications/{id}/on-site", new { on = "2026-09-30", passed = true })).ExpectAsync();
        Assert.Equal("2026-10-08", site.GetProperty("samplesDue").GetString()); // 10-07 国庆
        var early = await (await inspector.PostJsonAsync($"/api/v1/pq/licence-applications/{id}/samples", new { on = "2026-09-29" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("on", out _));
        await (await inspector.PostJsonAsync($"/api/v1/pq/licence-applications/{id}/samples", new { on = "2026-10-08" })).ExpectAsync();
        var decided = await (await inspector.PostJsonAsync($"/api/v1/pq/licence-applications/{id}/decision", new { on = "2026-11-03", decision = "Granted" })).ExpectAsync();
        Assert.Equal("准予许可", decided.GetProperty("decisionName").GetString());
        Assert.Equal(0, (await inspector.GetJsonAsync("/api/v1/pq/licence-applications?view=overdue")).GetProperty("total").GetInt32());

        var outside = await (await inspector.PostJsonAsync("/api/v1/pq/licence-applications", new { number = "SDXK20260903", applicantUscc = uscc, products = new[] { "电动自行车" } }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(outside.GetProperty("errors").TryGetProperty("products", out _));
    }

    [Fact]
    public async Task A_failing_post_licence_check_and_unlicensed_production_send_one_clue_each_and_coverage_counts_checked_licences()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await LicenceKit.MakerAsync(app);
        var other = await LicenceKit.MakerAsync(app, "济南安全防护用品有限公司", "2929");
        var inspector = await app.LoginAsync("inspector");
        var a = LicenceKit.Number();
        var b = LicenceKit.Number();
        await (await inspector.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(a, uscc))).ExpectAsync(HttpStatusCode.Created);
        await (await inspector.PostJsonAsync("/api/v1/pq/licences", LicenceKit.Licence(b, uscc, "2025-01-10"))).ExpectAsync(HttpStatusCode.Created);

        var failed = await (await inspector.PostJsonAsync("/api/v1/pq/licence-checks", new
        {
            licenceNumber = a,
            on = "2026-11-20",
            officers = "王强、李娜",
            productionOk = false,
            testingOk = true,
            markOk = true,
            sampled = true,
            result = "Fail",
            findings = "生产条件不符合实施细则",
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.True(failed.GetProperty("clueSent").GetBoolean());
        var missing = await (await inspector.PostJsonAsync("/api/v1/pq/licence-checks", new { licenceNumber = b, on = "2026-11-20", officers = "王强", result = "Rectify" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        var errors = missing.GetProperty("errors");
        Assert.All(new[] { "officers", "rectifyBy", "findings" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
        await (await inspector.PostJsonAsync("/api/v1/pq/licence-checks", new { unlicensed = true, holderUscc = other, product = "安全帽", on = "2026-11-21", officers = "张伟、刘洋", findings = "无证生产安全帽" }))
            .ExpectAsync(HttpStatusCode.Created);
        var wrong = await (await inspector.PostJsonAsync("/api/v1/pq/licence-checks", new { unlicensed = true, holderUscc = other, product = "电冰箱", on = "2026-11-21", officers = "张伟、刘洋", findings = "x" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("product", out _));
        Assert.Equal(2, await LicenceKit.CluesAsync(app, "licence"));

        var coverage = await inspector.GetJsonAsync("/api/v1/pq/licence-coverage?year=2026");
        Assert.Equal((2, 1), (coverage.GetProperty("validLicences").GetInt32(), coverage.GetProperty("checked").GetInt32()));
        Assert.Equal(0.5m, coverage.GetProperty("rate").GetDecimal());
    }

    [Fact]
    public async Task A_ccc_mark_check_is_verified_against_local_certificates_and_a_failing_one_sends_one_clue()
    {
        await using var app = await ZhijianApp.StartAsync();
        var maker = await LicenceKit.MakerAsync(app, "济南电器有限公司", "3854");
        var seller = await LicenceKit.MakerAsync(app, "济南家电商场有限公司", "5271");
        var province = await app.ApiClientAsync("370100", "pq.licence");
        await (await province.PostAsJsonAsync("/api/v1/pq/ccc/certificates", new
        {
            number = "2024010701234567",
            holderUscc = maker,
            category = "07",
            product = "电热水壶",
            model = "SWF17-A",
            issuedOn = "2024-05-01",
            validTo = "2029-05-01",
            status = "Suspended",
            body = "中国质量认证中心",
        })).ExpectAsync(HttpStatusCode.Created);
        var inspector = await app.LoginAsync("inspector");

        var pass = await (await inspector.PostJsonAsync("/api/v1/pq/ccc/checks", new { sellerUscc = seller, product = "电热水壶", brandModel = "九阳 SWF17-A", certificateNumber = "2024010701234567", result = "Pass", officers = "王强、李娜" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("证书失效", pass.GetProperty("errors").GetProperty("result")[0].GetString(), StringComparison.Ordinal);
        var national = await (await inspector.PostJsonAsync("/api/v1/pq/ccc/checks", new { sellerUscc = seller, product = "电饭锅", brandModel = "美的 MB-FB40", certificateNumber = "2023010701999999", result = "Pass", officers = "王强、李娜" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(national.GetProperty("errors").TryGetProperty("nationalQueryChecked", out _));
        var ok = await (await inspector.PostJsonAsync("/api/v1/pq/ccc/checks", new { sellerUscc = seller, product = "电饭锅", brandModel = "美的 MB-FB40", certificateNumber = "2023010701999999", nationalQueryChecked = true, result = "Pass", officers = "王强、李娜" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.False(ok.GetProperty("verifiedLocally").GetBoolean());

        var bad = await (await inspector.PostJsonAsync("/api/v1/pq/ccc/checks", new { sellerUscc = seller, product = "电热水壶", brandModel = "九阳 SWF17-A", certificateNumber = "2024010701234567", result = "CertificateInvalid", findings = "证书已暂停仍在销售", officers = "王强、李娜" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.True(bad.GetProperty("verifiedLocally").GetBoolean());
        Assert.Equal(1, await LicenceKit.CluesAsync(app, "ccc"));
        Assert.Equal(2, (await inspector.GetJsonAsync("/api/v1/pq/ccc/checks")).GetProperty("total").GetInt32());
    }
}
