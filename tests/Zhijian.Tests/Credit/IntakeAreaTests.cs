using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Data;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>
/// Issue 16, finding 5: records from other counties are accepted only for entities in the sender's area or under a declared
/// data-sharing scope (then held for review); a quarantined record's release re-checks the sender's area. Finding 10: ranges on
/// every date and amount of the credit inputs, no 500 on an old date.
/// </summary>
public sealed class IntakeAreaTests
{
    /// <summary>The probe's 个体工商户 of 历下区 (registering authority 370102).</summary>
    private const string ProbeUscc = "923701022DLM4F0544";

    private static object Penalty(string uscc, string sourceId, string decidedOn = "2026-03-10", decimal? amount = 20000m) => new
    {
        uscc,
        kind = "Penalty",
        field = "Food",
        sourceSystem = "shizhong-cases",
        sourceId,
        authority = "济南市市中区市场监督管理局",
        documentNo = "济市中市监罚〔2026〕" + sourceId + "号",
        title = "销售过期食品",
        decidedOn,
        amount,
        penaltyKinds = "罚款",
    };

    private static async Task RegisterAsync(StaffClient registrar, string name, string uscc, string county = "370102")
    {
        var body = SampleEntities.Company(name, county, uscc);
        if (uscc[1] == '2')
        {
            body["type"] = "IndividualBusiness";
            body["registeredCapital"] = null;
        }

        var response = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static Task<int> StoredRecordsAsync(ZhijianApp app) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<CreditDbContext>().Records.CountAsync());

    private static Task<int> WaitingInQuarantineAsync(ZhijianApp app) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<CreditDbContext>().Quarantine.CountAsync(q => q.ReleasedAt == null));

    [Fact]
    public async Task Another_county_cannot_put_a_penalty_on_a_registered_business_and_the_city_release_attaches_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar"); // 370102
        await RegisterAsync(registrar, "济南历下区鑫源便利店", ProbeUscc);
        var shizhong = await app.ApiClientAsync("370103", "credit.write");

        var single = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "SZ-1"));
        var batch = await shizhong.PostJsonAsync("/api/v1/credit/records/batch", new[] { Penalty(ProbeUscc, "SZ-2") });

        var text = await ProblemAsync(single, HttpStatusCode.Forbidden);
        Assert.Contains(ProbeUscc, text);
        Assert.Contains("不在报送方", text);
        Assert.Contains("数据共享范围", text);
        Assert.DoesNotContain("鑫源便利店", text); // nothing of the other county's registry leaks
        var batchProblem = await batch.ExpectAsync(HttpStatusCode.Forbidden);
        Assert.True(batchProblem.GetProperty("errors").TryGetProperty("[0].uscc", out _), batchProblem.ToString());
        Assert.Equal(0, await WaitingInQuarantineAsync(app));

        var city = await app.LoginAsync("admin"); // 370100
        var released = await city.PostJsonAsync("/api/v1/credit/quarantine/release", new { });
        Assert.Equal(0, (await released.ExpectAsync()).GetProperty("released").GetInt32());
        Assert.Equal(0, await StoredRecordsAsync(app));
        var page = await (await app.Anonymous().GetAsync($"/gs/credit/{ProbeUscc}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("济市中市监罚", page);

        // The entity's own county and the city still send as before.
        var own = await app.ApiClientAsync("370102", "credit.write");
        Assert.Equal(HttpStatusCode.Created, (await own.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "LX-1"))).StatusCode);
        var cityClient = await app.ApiClientAsync("370100", "credit.write");
        Assert.Equal(HttpStatusCode.Created, (await cityClient.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "JN-1"))).StatusCode);
    }

    [Fact]
    public async Task An_unregistered_code_of_another_county_is_refused_at_intake_and_one_of_the_own_county_waits()
    {
        await using var app = await ZhijianApp.StartAsync();
        var shizhong = await app.ApiClientAsync("370103", "credit.write");
        var lixiaCode = SampleEntities.NewUscc("370102");
        var ownCode = SampleEntities.NewUscc("370103");

        var foreign = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(lixiaCode, "SZ-10"));
        var own = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ownCode, "SZ-11"));

        var text = await ProblemAsync(foreign, HttpStatusCode.Forbidden);
        Assert.Contains(lixiaCode, text);
        Assert.Contains("登记机关属地 370102", text);
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        Assert.Equal("quarantined", (await own.ReadJsonAsync()).Str("outcome"));
        Assert.Equal(1, await WaitingInQuarantineAsync(app));
    }

    [Fact]
    public async Task A_quarantined_record_whose_entity_registers_in_another_county_is_not_attached_on_release()
    {
        await using var app = await ZhijianApp.StartAsync();
        var shizhong = await app.ApiClientAsync("370103", "credit.write");
        var cityCode = SampleEntities.NewUscc("370100"); // registered by the city bureau: may end up in any county

        var sent = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(cityCode, "SZ-20"));
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal("quarantined", (await sent.ReadJsonAsync()).Str("outcome"));

        var registrar = await app.LoginAsync("registrar");
        await RegisterAsync(registrar, "济南泉城恒信商贸有限公司", cityCode, "370102"); // the registration event re-checks it

        var city = await app.LoginAsync("admin");
        string reason = "";
        for (var i = 0; i < 100 && !reason.Contains("未归集", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            reason = (await city.GetJsonAsync("/api/v1/credit/quarantine")).EnumerateArray().Single().Str("reason");
        }

        var released = await city.PostJsonAsync("/api/v1/credit/quarantine/release", new { });

        Assert.Equal(0, (await released.ExpectAsync()).GetProperty("released").GetInt32());
        Assert.Contains("不在报送方", reason);
        Assert.Contains("未归集", reason);
        Assert.Equal(1, await WaitingInQuarantineAsync(app));
        Assert.Equal(0, await StoredRecordsAsync(app));
        Assert.Empty((await city.GetJsonAsync($"/api/v1/credit/records?uscc={cityCode}")).GetProperty("items").EnumerateArray());
        Assert.DoesNotContain("济市中市监罚", await (await app.Anonymous().GetAsync($"/gs/credit/{cityCode}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_record_under_a_declared_sharing_scope_is_held_for_review_and_public_only_after_approval()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        await RegisterAsync(registrar, "济南历下区鑫源便利店", ProbeUscc);
        var chief = await app.LoginAsync("chief"); // 科室负责人, 370102

        // Only the entity's own area declares a scope for it; API clients and other counties cannot.
        var scope = new
        {
            name = "市中区局行政处罚信息共享",
            sourceOrgUnit = "370103",
            divisions = new[] { "370102" },
            effectiveFrom = "2026-01-01",
            basis = "历下区、市中区市场监管局信用信息共享协议（2026）",
        };
        var otherChief = await app.LoginAsAsync(Roles.SectionChief, "370103");
        Assert.Contains("不在您的管辖范围内", await ProblemAsync(await otherChief.PostJsonAsync("/api/v1/credit/sharing-scopes", scope), HttpStatusCode.Forbidden));
        var star = await app.ApiClientAsync("370102", "*");
        Assert.Equal(HttpStatusCode.Forbidden, (await star.PostJsonAsync("/api/v1/credit/sharing-scopes", scope)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.PostJsonAsync("/api/v1/credit/sharing-scopes", scope)).StatusCode);
        var declared = await (await chief.PostJsonAsync("/api/v1/credit/sharing-scopes", scope)).ExpectAsync(HttpStatusCode.Created);
        Assert.True(declared.GetProperty("inForceToday").GetBoolean());

        var shizhong = await app.ApiClientAsync("370103", "credit.write");
        var sent = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "SZ-30"));
        var again = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "SZ-30"));
        var second = await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "SZ-31"));

        var held = await sent.ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal("held", held.Str("outcome"));
        Assert.Contains("待属地科室负责人审核", held.Str("reason"));
        Assert.Equal("held", (await again.ExpectAsync(HttpStatusCode.Accepted)).Str("outcome"));
        var id = held.GetProperty("id").GetInt64();
        var secondId = (await second.ExpectAsync(HttpStatusCode.Accepted)).GetProperty("id").GetInt64();
        var record = (await chief.GetJsonAsync($"/api/v1/credit/records?uscc={ProbeUscc}")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal("待审核", record.Str("review"));
        Assert.False(record.GetProperty("isPublic").GetBoolean());
        Assert.False(record.GetProperty("publicToday").GetBoolean());
        Assert.DoesNotContain("SZ-30", await (await app.Anonymous().GetAsync($"/gs/credit/{ProbeUscc}")).Content.ReadAsStringAsync());
        Assert.Empty(await FeedKindsAsync(chief, ProbeUscc));
        Assert.Equal(2, (await chief.GetJsonAsync("/api/v1/credit/reviews")).GetArrayLength());

        // Review: the sender's county cannot, a registrar cannot, a rejection needs a reason.
        Assert.Equal(HttpStatusCode.NotFound, (await otherChief.PostJsonAsync($"/api/v1/credit/records/{id}/review", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.PostJsonAsync($"/api/v1/credit/records/{id}/review", new { approve = true })).StatusCode);
        Assert.Contains("退回须填写理由", await ProblemAsync(await chief.PostJsonAsync($"/api/v1/credit/records/{secondId}/review", new { approve = false }), HttpStatusCode.BadRequest));

        var approved = await (await chief.PostJsonAsync($"/api/v1/credit/records/{id}/review", new { approve = true })).ExpectAsync();
        var rejected = await (await chief.PostJsonAsync($"/api/v1/credit/records/{secondId}/review", new { approve = false, reason = "文书号与处罚决定书不符" })).ExpectAsync();

        Assert.Equal("已审核通过", approved.Str("review"));
        Assert.True(approved.GetProperty("publicToday").GetBoolean());
        Assert.Equal("已退回", rejected.Str("review"));
        Assert.False(rejected.GetProperty("publicToday").GetBoolean());
        var page = await (await app.Anonymous().GetAsync($"/gs/credit/{ProbeUscc}")).Content.ReadAsStringAsync();
        Assert.Contains("济市中市监罚〔2026〕SZ-30号", page);
        Assert.DoesNotContain("SZ-31", page);
        Assert.Equal(["penalty.published"], await FeedKindsAsync(chief, ProbeUscc));
        Assert.Equal(0, (await chief.GetJsonAsync("/api/v1/credit/reviews")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await chief.PostJsonAsync($"/api/v1/credit/records/{id}/review", new { approve = false, reason = "x" })).StatusCode);

        // Revoked: the next record is refused again.
        var scopeId = declared.GetProperty("id").GetInt64();
        await (await chief.PostJsonAsync($"/api/v1/credit/sharing-scopes/{scopeId}/revoke", new { })).ExpectAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await shizhong.PostJsonAsync("/api/v1/credit/records", Penalty(ProbeUscc, "SZ-32"))).StatusCode);
    }

    [Fact]
    public async Task An_old_date_or_a_huge_amount_is_refused_naming_the_field_never_a_500()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var uscc = await CreditTestKit.RegisterAsync(registrar, "济南泉城永盛商贸有限公司");

        var old = await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "R-1", decidedOn: "1800-01-01"));
        var huge = await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "R-2", amount: 9223372036854775808m));
        var cents = await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "R-3", amount: 12.345m));
        using var overflow = new StringContent(JsonSerializer.Serialize(Penalty(uscc, "R-4")).Replace("20000", "1e40", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        var beyondDecimal = await registrar.Http.PostAsync("/api/v1/credit/records", overflow);
        var batch = await registrar.PostJsonAsync("/api/v1/credit/records/batch", new[] { Penalty(uscc, "R-5", decidedOn: "1800-01-01") });
        var pageTooFar = await registrar.Http.GetAsync("/api/v1/credit/records?page=2147483647");
        var yearTooFar = await registrar.PostJsonAsync("/api/v1/credit/listings/abnormal/run?year=99999", new { });

        var oldProblem = await old.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(oldProblem.GetProperty("errors").TryGetProperty("decidedOn", out var decidedOn), oldProblem.ToString());
        Assert.Contains("1949-10-01", decidedOn[0].GetString());
        var hugeProblem = await huge.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(hugeProblem.GetProperty("errors").TryGetProperty("amount", out var amount), hugeProblem.ToString());
        Assert.Contains("超过上限", amount[0].GetString());
        Assert.Contains("两位小数", await ProblemAsync(cents, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.BadRequest, beyondDecimal.StatusCode);
        Assert.Contains("[0].decidedOn", (await batch.ExpectAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("page", await ProblemAsync(pageTooFar, HttpStatusCode.BadRequest));
        Assert.Contains("年报年度", await ProblemAsync(yearTooFar, HttpStatusCode.BadRequest));
        Assert.Equal(0, await StoredRecordsAsync(app));

        // A date inside the range but before the first rule version reads the first version.
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "R-6", decidedOn: "1990-05-01"))).StatusCode);
        Assert.Equal(3, await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<IRuleBook>().GetInt("disclosure.period-normal", new DateOnly(1950, 1, 1)))));
    }

    [Fact]
    public async Task An_import_row_with_an_old_date_or_a_huge_amount_is_reported_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var uscc = await CreditTestKit.RegisterAsync(registrar, "济南泉城华泰商贸有限公司");
        var csv = "统一社会信用代码,记录类别,监管领域,来源系统,来源编号,作出决定机关,文书号,标题,内容,决定日期,金额（元）,处罚种类,严重处罚,公示截止日\n"
            + $"{uscc},行政处罚,,jinan-tax,T-1,历下区税务局,,逾期未申报纳税,,1800-01-01,2000,罚款,否,\n"
            + $"{uscc},行政处罚,,jinan-tax,T-2,历下区税务局,,逾期未申报纳税,,2026-05-08,9223372036854775808,罚款,否,\n";
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "records.csv");

        var response = await registrar.Http.PostAsync("/api/v1/credit/records/import", form);

        var errors = (await response.ExpectAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("line").GetInt64() == 2 && e.Str("column") == "决定日期" && e.Str("reason").Contains("1949-10-01", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("line").GetInt64() == 3 && e.Str("column") == "金额（元）" && e.Str("reason").Contains("超过上限", StringComparison.Ordinal));
        Assert.Equal(0, await StoredRecordsAsync(app));
    }
}
