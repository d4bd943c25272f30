using System.Net;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 计量 end to end: a registrar enters a household water meter (DN20, first verified 2020-12-10, six-year life) that falls due this
/// quarter; the app clock moves past its replace-by date; the meter shows on the register's overdue view and the detail marks it
/// 已超期; the public quarterly replacement list of 历下区 shows it as 居民用户 at street level without the household's name
/// (screenshots 140–144).
/// </summary>
public sealed class MetrologyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_meter_past_its_life_reaches_the_overdue_list_and_the_county_replacement_list()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var registrar = await app.LoginAsync("registrar");
        var meter = await (await registrar.PostJsonAsync("/api/v1/metro/instruments", new
        {
            kind = "水表",
            size = 20,
            serialNo = "SB2020E2E001",
            household = true,
            ownerName = "赵德柱",
            divisionCode = "370102",
            address = "济南市历下区泉城路12号3号楼2单元301室",
            filedOn = "2020-12-15",
            firstVerifiedOn = "2020-12-10",
            certificateNo = "SB2020-E2E-001",
        })).ExpectAsync(HttpStatusCode.Created);
        var id = meter.GetProperty("id").GetInt64();

        var page = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(page, "/metro/instruments?view=due-soon");
        await page.WaitForSelectorAsync("[data-testid=metro-table]");
        Assert.Contains("SB2020E2E001", await page.InnerTextAsync("[data-testid=metro-table]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "140-metro-due-soon");

        // Past the replace-by date (2026-12-10).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.FromHours(8)));
        page = await browser.LoginAsync(app.ServerAddress!, "inspector"); // the session of 23 November has expired
        await Browser.OpenAsync(page, "/metro/instruments?view=overdue");
        await page.WaitForSelectorAsync("[data-testid=metro-table]");
        Assert.Contains("SB2020E2E001", await page.InnerTextAsync("[data-testid=metro-table]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "141-metro-overdue");

        await Browser.OpenAsync(page, $"/metro/instruments/{id}");
        await page.WaitForSelectorAsync("[data-testid=metro-state]");
        Assert.Equal("已超期", (await page.InnerTextAsync("[data-testid=metro-state]")).Trim());
        await Browser.ShotAsync(page, "142-metro-instrument-overdue");

        await Browser.OpenAsync(page, "/");
        await Browser.ShotAsync(page, "143-metro-todo");

        await page.GotoAsync("/gs/metro/replacements?county=370102&quarter=2026Q4"); // a static portal page
        await page.WaitForSelectorAsync("[data-testid=gs-replacements]");
        var text = await page.InnerTextAsync("[data-testid=gs-replacements]");
        Assert.Contains("SB2020E2E001", text, StringComparison.Ordinal);
        Assert.Contains("居民用户", text, StringComparison.Ordinal);
        Assert.DoesNotContain("赵德柱", await page.ContentAsync(), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "144-metro-public-replacements");
    }
}
