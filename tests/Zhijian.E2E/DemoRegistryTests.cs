using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>The registry with generated demo data, as a leader sees it (screenshots to look at).</summary>
public sealed class DemoRegistryTests(Browser browser) : IClassFixture<Browser>
{

    [Fact]
    public async Task A_leader_browses_the_demo_registry_annual_reports_and_licences()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var page = await browser.LoginAsync(app.ServerAddress!, "leader");

        await Browser.OpenAsync(page, "/entities");
        await page.WaitForSelectorAsync("[data-testid=entity-results] >> text=共");
        await Browser.ShotAsync(page, "23-demo-registry");
        Assert.Contains("1500", await page.InnerTextAsync("[data-testid=entity-results]"));

        await page.GotoAsync("/entities/annual-reports");
        await page.WaitForSelectorAsync("[data-testid=rate-total]");
        await Browser.ShotAsync(page, "24-annual-reports");
        Assert.EndsWith("%", await page.InnerTextAsync("[data-testid=rate-total]"));

        await page.GotoAsync("/entities/licences");
        await page.WaitForSelectorAsync("[data-testid=licence-table] >> text=共");
        await Browser.ShotAsync(page, "25-licences-expiring");

        // The demo credit data: records, last year's abnormal list and a risk class for every entity.
        await page.GotoAsync("/credit/records");
        await page.WaitForSelectorAsync("[data-testid=records-table] >> text=行政处罚");
        await Browser.ShotAsync(page, "45-demo-credit-records");

        await page.GotoAsync("/credit/listings");
        await page.WaitForSelectorAsync("[data-testid=listings-table] >> text=列入中");
        await Browser.ShotAsync(page, "46-demo-credit-listings");

        await page.GotoAsync("/credit/risk");
        await page.WaitForSelectorAsync("[data-testid=risk-distribution] >> text=历下区");
        await Browser.ShotAsync(page, "47-demo-risk-distribution");
        Assert.Contains("1500", await page.InnerTextAsync("[data-testid=risk-distribution]"));
    }
}
