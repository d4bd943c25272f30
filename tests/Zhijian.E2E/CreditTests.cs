using Microsoft.Playwright;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

public sealed class CreditTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_clerk_lists_a_non_filer_the_entity_files_and_the_public_page_follows_each_step()
    {
        // 2 July 2026: the 2025 reporting window closed on 30 June.
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 7, 2, 9, 30, 0, TimeSpan.FromHours(8)), kestrel: true);
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.True((await registrar.PostJsonAsync("/api/v1/entities", company)).IsSuccessStatusCode);
        var visitor = await browser.NewPageAsync(app.ServerAddress!);

        await visitor.GotoAsync($"/gs/credit?q={Uri.EscapeDataString("鑫源")}");
        await visitor.ClickAsync($"[data-testid=gs-hits] >> text=济南泉城鑫源商贸有限公司");
        await visitor.WaitForSelectorAsync("[data-testid=gs-abnormal] >> text=暂无经营异常信息");
        await Browser.ShotAsync(visitor, "40-public-credit-clean");

        var clerk = await browser.LoginAsync(app.ServerAddress!, "registrar");
        await Browser.OpenAsync(clerk, "/credit/listings");
        await clerk.ClickAsync("[data-testid=run-abnormal]");
        await clerk.ClickAsync(".mud-dialog >> button:has-text('执行')");
        await clerk.WaitForSelectorAsync("[data-testid=listings-table] >> text=济南泉城鑫源商贸有限公司");
        await Browser.ShotAsync(clerk, "41-credit-listings-after-run");
        var row = await clerk.InnerTextAsync("[data-testid=listings-table]");
        Assert.Contains("列入中", row);
        Assert.Contains("2025 年度", row);

        await visitor.ReloadAsync();
        await visitor.WaitForSelectorAsync("[data-testid=gs-abnormal-badge]");
        var listed = await visitor.InnerTextAsync("[data-testid=gs-abnormal]");
        Assert.Contains("未按照规定的期限公示年度报告（2025年度）", listed);
        Assert.Contains("2026-07-02", listed);
        await Browser.ShotAsync(visitor, "42-public-credit-listed");

        var filed = await registrar.PostJsonAsync($"/api/v1/entities/{uscc}/annual-reports", new { year = 2025, employees = 12 });
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());

        // The registry's "report filed" event reaches the credit module through the outbox and removes the listing.
        for (var i = 0; i < 50; i++)
        {
            await visitor.ReloadAsync();
            if (await visitor.Locator("[data-testid=gs-abnormal-badge]").CountAsync() == 0) break;
            await Task.Delay(200);
        }

        var removed = await visitor.InnerTextAsync("[data-testid=gs-abnormal]");
        Assert.Equal(0, await visitor.Locator("[data-testid=gs-abnormal-badge]").CountAsync());
        Assert.Contains("移出", await visitor.InnerTextAsync("[data-testid=gs-abnormal] thead"));
        Assert.Contains("2026-07-02", removed);
        Assert.Contains("补报", removed);
        await Browser.ShotAsync(visitor, "43-public-credit-removed");

        await Browser.OpenAsync(clerk, $"/entities/{uscc}");
        await clerk.WaitForSelectorAsync("[data-testid=credit-section] >> text=已移出");
        await Browser.ShotAsync(clerk, "44-entity-profile-credit-section");
    }
}
