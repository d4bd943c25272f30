using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhijian.Entities.Contracts;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 特种设备 end to end on the demo data: the registrar registers a new passenger elevator of a 历下 residential compound with its
/// maintenance company; the inspection body's system posts the installation supervision inspection (合格, next periodic
/// inspection in a year, as the TSG T7001-2023 schedule says); no maintenance record comes for 15 days, so the elevator is on the
/// inspectors' 维保逾期 list; a 96333 call for it is reached 45 minutes after the alarm, past the 30-minute urban limit; and a
/// resident who scans the sticker in the car sees the public card (screenshots 100–104).
/// </summary>
public sealed class SpecialEquipmentTests(Browser browser) : IClassFixture<Browser>
{
    private const string Code = "311037001202600777"; // 3110 曳引驱动乘客电梯 · maker 37001 · 2026 · serial 00777

    [Fact]
    public async Task Register_an_elevator_inspect_it_see_maintenance_overdue_a_late_96333_arrival_and_the_public_card()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var user = await app.AsSystemAsync(async sp =>
        {
            await foreach (var e in sp.GetRequiredService<IEntityDirectory>().SelectAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"]), CancellationToken.None))
            {
                return e;
            }

            throw new InvalidOperationException("no active entity in 历下");
        });
        var admin = await app.LoginAsync("admin");
        var registrar = await app.LoginAsync("registrar");
        var maintainer = (await admin.GetJsonAsync("/api/v1/equipment/maintainers")).EnumerateArray()
            .First(m => m.GetProperty("categories").EnumerateArray().Any(c => c.GetString() == "电梯") && !m.GetProperty("expired").GetBoolean());

        // 使用登记 with its maintenance company: first used on 11-02, registered on 11-05 (within 30 days).
        var created = await (await registrar.PostJsonAsync("/api/v1/equipment", new
        {
            code = Code,
            userUscc = user.Uscc,
            divisionCode = "370102",
            address = "历下区泉城路 288 号泉景花园 5 号楼 1 单元",
            place = "住宅",
            internalNo = "5号楼1单元1号梯",
            makerName = "某某电梯有限公司",
            maintainerUscc = maintainer.Str("uscc"),
            parameters = new Dictionary<string, string> { ["ratedLoad"] = "1050", ["ratedSpeed"] = "1.75", ["stops"] = "26" },
            firstUseOn = "2026-11-02",
            supervisionMonth = "2026-10-01",
            insurer = "某某财产保险股份有限公司",
            insuredUntil = "2027-10-31",
            register = true,
            registeredOn = "2026-11-05",
        })).ExpectAsync(HttpStatusCode.Created);
        var registrationNo = created.Str("registrationNo");
        Assert.False(created.GetProperty("registeredLate").GetBoolean());

        // The inspection body's system posts the installation supervision inspection; its next due agrees with the schedule.
        var body = (await admin.GetJsonAsync("/api/v1/equipment/inspection-bodies")).EnumerateArray()
            .First(b => b.GetProperty("categories").EnumerateArray().Any(c => c.GetInt32() == 3));
        var key = (await (await admin.PostJsonAsync($"/api/v1/equipment/inspection-bodies/{body.GetProperty("id").GetInt64()}/client", new { })).ExpectAsync()).Str("key");
        var bodyClient = app.Anonymous();
        bodyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        using (var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/equipment/{Code}/inspections")
        {
            Content = JsonContent.Create(new { kind = "监督检验", date = "2026-10-20", conclusion = "合格", reportNo = "JJ2026-E2E-777", nextDue = "2027-10-31" }),
        })
        {
            post.Headers.Add("Idempotency-Key", "e2e-sequip-777");
            var result = await (await bodyClient.SendAsync(post)).ExpectAsync(HttpStatusCode.Created);
            Assert.DoesNotContain("不一致", result.Str("mismatch"), StringComparison.Ordinal);
        }

        var schedule = await registrar.GetJsonAsync($"/api/v1/equipment/{Code}/schedule?years=4");
        Assert.Equal(("2027-10", "periodic-inspection"), (schedule[0].Str("due"), schedule[0].Str("kind")));
        Assert.Equal(("2028-10", "self-test"), (schedule[1].Str("due"), schedule[1].Str("kind")));

        // 11-05 + 15 days = 11-20 with no maintenance record: the inspector sees it on the 维保逾期 list.
        var inspector = await app.LoginAsync("inspector");
        var overdue = (await inspector.GetJsonAsync("/api/v1/equipment/maintenance/overdue?size=50")).GetProperty("items").EnumerateArray()
            .Select(r => r.Str("equipmentCode")).ToList();
        Assert.Contains(Code, overdue); // the list runs oldest due first; the page shows the same first 50
        var page = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(page, "/sequip/maintenance?tab=overdue");
        await page.WaitForSelectorAsync($"[data-testid=maintenance-overdue] >> text={Code}");
        await Browser.ShotAsync(page, "100-sequip-maintenance-overdue");

        // A 96333 call: the alarm an hour ago, the maintainer on site 45 minutes later — past the 30-minute limit of an urban district.
        var alarm = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(-60);
        string At(int minutes) => alarm.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        var centre = await app.ApiClientAsync("370100", "sequip.rescue");
        var call = await (await centre.PostAsJsonAsync("/api/v1/equipment/rescue/calls", new
        {
            callNumber = "96333-E2E-777",
            equipmentCode = Code,
            receivedAt = At(0),
            callerPhone = "13912345678",
            trapped = 2,
            description = "电梯停在 12 层与 13 层之间，两人被困",
        })).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/equipment/rescue/calls/{call.GetProperty("id").GetInt64()}";
        await (await centre.PostAsJsonAsync($"{url}/dispatch", new { at = At(2) })).ExpectAsync();
        var arrived = await (await centre.PostAsJsonAsync($"{url}/arrive", new { at = At(45) })).ExpectAsync();
        Assert.Equal((45, 30, false), (arrived.GetProperty("arrivalMinutes").GetInt32(), arrived.GetProperty("slaMinutes").GetInt32(), arrived.GetProperty("slaMet").GetBoolean()));
        var chief = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(chief, $"/sequip/rescue?code={Code}");
        await chief.WaitForSelectorAsync("text=96333-E2E-777");
        Assert.Contains("45 分钟", await chief.InnerTextAsync("[data-testid=rescue-all]"), StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", await chief.InnerTextAsync("body"), StringComparison.Ordinal);
        await Browser.ShotAsync(chief, "101-sequip-rescue-late-arrival");

        // The registry's detail page shows the inspection and the maintainer through the other areas.
        await Browser.OpenAsync(chief, $"/sequip/equipment/{Code}");
        await chief.WaitForSelectorAsync("text=2027年10月");
        Assert.Contains(maintainer.Str("name"), await chief.InnerTextAsync("body"), StringComparison.Ordinal);
        await Browser.ShotAsync(chief, "102-sequip-equipment-detail");

        // A resident scans the sticker: the public card.
        var portal = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress!.ToString(), Locale = "zh-CN" });
        await portal.GotoAsync($"/gs/sequip/elevator?code={Code}");
        await portal.WaitForSelectorAsync("[data-testid=gs-elevator-card]");
        var card = await portal.InnerTextAsync("[data-testid=gs-elevator-card]");
        Assert.Contains(registrationNo, card, StringComparison.Ordinal);
        Assert.Contains("2026-10-20", card, StringComparison.Ordinal);
        Assert.Contains("2027年10月", card, StringComparison.Ordinal);
        Assert.Contains(maintainer.Str("name"), card, StringComparison.Ordinal);
        Assert.Contains("96333", card, StringComparison.Ordinal);
        Assert.DoesNotContain("泉城路 288 号泉景花园 5 号楼 1 单元", card, StringComparison.Ordinal); // the address stops at the building
        Assert.Equal(1, await portal.Locator("[data-testid=gs-elevator-qr] svg").CountAsync());
        await Browser.ShotAsync(portal, "103-gs-sequip-elevator-card");
    }
}
