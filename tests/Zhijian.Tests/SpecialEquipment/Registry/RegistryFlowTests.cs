using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Registry;

/// <summary>One app for the registry's HTTP tests: a registered 使用单位 in 历下 (the registrar's county).</summary>
public sealed class RegistryApp : IAsyncLifetime
{
    public ZhijianApp App { get; private set; } = null!;

    public StaffClient Registrar { get; private set; } = null!;

    public string UserUscc { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App = await ZhijianApp.StartAsync();
        Registrar = await App.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城物业服务有限公司");
        await (await Registrar.PostJsonAsync("/api/v1/entities", company)).ExpectAsync(HttpStatusCode.Created);
        UserUscc = (string)company["uscc"]!;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static int _serial;

    /// <summary>A fresh valid 18-character elevator code.</summary>
    public static string NewCode(string variety = "3110") => $"{variety}37001{2025}{Interlocked.Increment(ref _serial) + 100:D5}";

    public object Elevator(string code, string? userUscc = null, bool register = true, string firstUseOn = "2026-11-10", string supervisionMonth = "2026-11-01",
        string? nextInspectionOn = null, string? category = null, string? variety = null, string? maintainerUscc = null, string? registeredOn = null) => new
        {
            code,
            category,
            variety,
            userUscc = userUscc ?? UserUscc,
            divisionCode = "370102",
            address = "历下区泉城路 188 号泉景小区 3 号楼 2 单元",
            place = "住宅",
            internalNo = "3号楼2单元1号梯",
            makerName = "某某电梯有限公司",
            maintainerUscc,
            parameters = new Dictionary<string, string> { ["ratedLoad"] = "1000", ["ratedSpeed"] = "1.75", ["stops"] = "18" },
            firstUseOn,
            supervisionMonth,
            nextInspectionOn,
            insurer = "某某财产保险股份有限公司",
            insuredUntil = "2027-06-30",
            register,
            registeredOn,
        };

    public async Task<int> CountAsync() => (await Registrar.GetJsonAsync("/api/v1/equipment?size=1")).GetProperty("total").GetInt32();
}

/// <summary>The registry through HTTP: 设备登记 + 使用登记 → 台账, detail, public card; bad input; the lifecycle; the import.</summary>
[Trait("Database", "any")]
public sealed class RegistryFlowTests(RegistryApp fixture) : IClassFixture<RegistryApp>
{
    [Fact]
    public async Task Registered_elevator_is_in_the_list_its_detail_and_on_the_public_card_with_its_QR()
    {
        var code = RegistryApp.NewCode();
        var created = await (await fixture.Registrar.PostJsonAsync("/api/v1/equipment", fixture.Elevator(code))).ExpectAsync(HttpStatusCode.Created);
        var number = created.Str("registrationNo");
        Assert.Matches(@"^梯02鲁A\d{5}\(26\)$", number);
        Assert.Equal("在用", created.Str("status"));
        Assert.Equal("2026-12-10", created.Str("registrationDueOn"));
        Assert.False(created.GetProperty("registeredLate").GetBoolean());

        var list = await fixture.Registrar.GetJsonAsync($"/api/v1/equipment?q={number}");
        Assert.Equal(code, Assert.Single(list.GetProperty("items").EnumerateArray()).Str("code"));
        var detail = await fixture.Registrar.GetJsonAsync($"/api/v1/equipment/{code}");
        Assert.Contains(detail.GetProperty("changes").EnumerateArray(), c => c.Str("text").Contains(number, StringComparison.Ordinal));
        Assert.Equal("1000", detail.GetProperty("parameters").EnumerateArray().First().Str("value"));

        var anonymous = fixture.App.Anonymous();
        var card = await (await anonymous.GetAsync($"/api/v1/public/equipment/{code}")).ExpectAsync();
        Assert.Equal(number, card.Str("registrationNo"));
        Assert.Equal("历下区泉城路 188 号泉景小区 3 号楼", card.Str("address")); // building level, no unit
        Assert.True(card.GetProperty("insured").GetBoolean());
        var page = await anonymous.GetStringAsync($"/gs/sequip/elevator/{code}");
        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Contains("96333", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        var qr = await anonymous.GetAsync($"/api/v1/public/equipment/{code}/qr.svg");
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);

        // A late registration is accepted and flagged; an unregistered elevator is not on the portal.
        var late = RegistryApp.NewCode();
        var flagged = await (await fixture.Registrar.PostJsonAsync("/api/v1/equipment", fixture.Elevator(late, firstUseOn: "2026-10-01", supervisionMonth: "2026-10-01")))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.True(flagged.GetProperty("registeredLate").GetBoolean());
        var pending = RegistryApp.NewCode();
        await (await fixture.Registrar.PostJsonAsync("/api/v1/equipment", fixture.Elevator(pending, register: false))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/equipment/{pending}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/gs/sequip/elevator/{pending}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written()
    {
        var before = await fixture.CountAsync();
        var code = RegistryApp.NewCode();
        async Task Refused(object body, string field, string text)
        {
            var problem = await (await fixture.Registrar.PostJsonAsync("/api/v1/equipment", body)).ExpectAsync(HttpStatusCode.BadRequest);
            var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
            Assert.Contains(messages, m => m!.Contains(text, StringComparison.Ordinal));
        }

        await Refused(fixture.Elevator("311037001202X00001"), "code", "制造年份");
        await Refused(fixture.Elevator("999937001202500001"), "code", "不是《特种设备目录》");
        await Refused(fixture.Elevator(code, category: "Boiler"), "category", "不一致");
        await Refused(fixture.Elevator(code, variety: "3120"), "variety", "不一致");
        await Refused(fixture.Elevator(code, userUscc: SampleEntities.NewUscc()), "userUscc", "不在市场主体库中");
        await Refused(fixture.Elevator(code, nextInspectionOn: "2026-11-01"), "nextInspectionOn", "已超期未检");
        await Refused(fixture.Elevator(code, firstUseOn: "2025-09-15", supervisionMonth: "2025-09-01"), "supervisionMonth", "已超期未检");
        await Refused(fixture.Elevator(code, maintainerUscc: SampleEntities.NewUscc()), "maintainerUscc", "不在市场主体库中");
        Assert.Equal(before, await fixture.CountAsync());
    }

    [Fact]
    public async Task Stop_restart_scrap_and_cancel_follow_the_lifecycle()
    {
        var code = RegistryApp.NewCode();
        await (await fixture.Registrar.PostJsonAsync("/api/v1/equipment", fixture.Elevator(code, registeredOn: "2026-11-12"))).ExpectAsync(HttpStatusCode.Created);
        var r = fixture.Registrar;
        var stopped = await (await r.PostJsonAsync($"/api/v1/equipment/{code}/stop", new { stoppedOn = "2026-11-20", reason = "小区改造", longTerm = true })).ExpectAsync();
        Assert.Equal("停用", stopped.Str("status"));
        var refused = await (await r.PostJsonAsync($"/api/v1/equipment/{code}/restart", new { restartedOn = "2026-11-23" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("须经定期检验", refused.GetProperty("errors").GetProperty("inspectedOn")[0].GetString(), StringComparison.Ordinal);
        var restarted = await (await r.PostJsonAsync($"/api/v1/equipment/{code}/restart", new { restartedOn = "2026-11-23", inspectedOn = "2026-11-22" })).ExpectAsync();
        Assert.Equal("在用", restarted.Str("status"));
        await (await r.PostJsonAsync($"/api/v1/equipment/{code}/registration", new { })).ExpectAsync(HttpStatusCode.Conflict);
        var scrapped = await (await r.PostJsonAsync($"/api/v1/equipment/{code}/scrap", new { reason = "达到设计使用年限" })).ExpectAsync();
        Assert.Equal("报废", scrapped.Str("status"));
        await (await r.PostJsonAsync($"/api/v1/equipment/{code}/stop", new { reason = "x" })).ExpectAsync(HttpStatusCode.Conflict);
        var cancelled = await (await r.PostJsonAsync($"/api/v1/equipment/{code}/cancel", new { reason = "报废后注销" })).ExpectAsync();
        Assert.Equal("注销", cancelled.Str("status"));
        var kinds = cancelled.GetProperty("changes").EnumerateArray().Select(c => c.Str("kind")).ToList();
        Assert.Equal(["cancelled", "scrapped", "restarted", "stopped", "created"], kinds);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.App.Anonymous().GetAsync($"/api/v1/public/equipment/{code}")).StatusCode);
        // An inspector may read but not register.
        var inspector = await fixture.App.LoginAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostJsonAsync("/api/v1/equipment", fixture.Elevator(RegistryApp.NewCode()))).StatusCode);
    }

    [Fact]
    public async Task Import_with_two_bad_rows_writes_nothing_and_reports_both()
    {
        var before = await fixture.CountAsync();
        var template = Encoding.UTF8.GetString(await (await fixture.Registrar.Http.GetAsync("/api/v1/equipment/import/template.csv")).Content.ReadAsByteArrayAsync());
        var header = template.TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r');
        string Row(string code, string uscc) => $"{code},,{uscc},370102,历下区经十路 9 号 1 号楼,住宅,,某某电梯有限公司,,,,,2026-11-10,2026-11-01,,ratedLoad=1000；ratedSpeed=1.75；stops=18,,";
        var good = RegistryApp.NewCode();
        var csv = header + "\n" + Row(good, fixture.UserUscc) + "\n" + Row("311037001202500000", fixture.UserUscc) + "\n" + Row(RegistryApp.NewCode(), SampleEntities.NewUscc()) + "\n";

        var response = await UploadAsync(fixture.Registrar, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt64(), Column: e.Str("column"), Reason: e.Str("reason"))).ToList();
        Assert.Contains(errors, e => e is { Line: 3, Column: "设备代码" } && e.Reason.Contains("00000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 4, Column: "使用单位统一社会信用代码" });
        Assert.Equal(2, errors.Count);
        Assert.Equal(before, await fixture.CountAsync());

        var ok = await UploadAsync(fixture.Registrar, Encoding.UTF8.GetBytes(header + "\n" + Row(good, fixture.UserUscc) + "\n"));
        Assert.Equal(1, (await ok.ExpectAsync()).GetProperty("created").GetInt32());
        Assert.Equal("未登记", (await fixture.Registrar.GetJsonAsync($"/api/v1/equipment/{good}")).Str("status"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "设备.csv");
        return await client.Http.PostAsync("/api/v1/equipment/import", form);
    }
}
