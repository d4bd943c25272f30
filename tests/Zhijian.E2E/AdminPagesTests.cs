using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

public sealed class AdminPagesTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_county_admin_adds_a_station_on_a_street_of_its_district()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.LoginAsync(app.ServerAddress!, "admin.lixia");

        await page.GotoAsync("/admin/org-units");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.WaitForSelectorAsync("text=济南市历下区市场监督管理局");
        Assert.DoesNotContain("历城区", await page.InnerTextAsync("[data-testid=org-table]"));

        await page.ClickAsync("[data-testid=parent-select]");
        await page.ClickAsync(".mud-popover-open >> text=济南市历下区市场监督管理局");
        await page.GetByLabel("属地（行政区划）").ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").First;
        var street = (await option.InnerTextAsync()).Split('（')[0].Trim();
        await option.ClickAsync();
        await page.ClickAsync("text=新增机构");
        var stationName = (street.EndsWith("街道", StringComparison.Ordinal) ? street[..^2] : street) + "市场监管所";
        await page.WaitForSelectorAsync($"[data-testid=org-table] >> text={stationName}");
        await Browser.ShotAsync(page, "06-county-admin-added-station");

        // Rule settings apply to the whole platform: the county administrator reads them, cannot add versions.
        await page.GotoAsync("/admin/rules");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.ClickAsync("text=听证“较大数额”罚款：自然人");
        await page.WaitForSelectorAsync("[data-testid=rules-read-only]");
        Assert.Equal(0, await page.Locator("text=保存新版本").CountAsync());
        await Browser.ShotAsync(page, "06-county-admin-rules-read-only");
    }

    [Theory]
    [InlineData("/admin/staff", "李红梅", "07-staff")]
    [InlineData("/admin/rules", "投诉调解期限", "08-rules")]
    [InlineData("/admin/calendar", "调休上班", "09-calendar")]
    [InlineData("/admin/audit", "校验哈希链", "10-audit")]
    [InlineData("/admin/api-clients", "新建 API 客户端", "11-api-clients")]
    [InlineData("/admin/jobs", "企业信用风险分类夜间全量计算", "12-jobs")]
    public async Task Admin_pages_render_for_the_city_admin(string path, string expected, string shot)
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.LoginAsync(app.ServerAddress!, "admin");

        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.WaitForSelectorAsync($"text={expected}");
        await page.WaitForTimeoutAsync(300);
        await Browser.ShotAsync(page, shot);

        Assert.Contains(expected, await page.ContentAsync());
    }

    [Fact]
    public async Task Rule_change_and_chain_verification_from_the_console()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.LoginAsync(app.ServerAddress!, "admin");

        await page.GotoAsync("/admin/rules");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.ClickAsync("text=听证“较大数额”罚款：自然人");
        await page.WaitForSelectorAsync("[data-testid=rule-panel]");
        await page.GetByLabel("取值（").Or(page.GetByLabel("金额（元）")).First.FillAsync("5000");
        await page.GetByLabel("变更依据或理由（如 文件文号）").FillAsync("省局通知：下调听证数额");
        await page.ClickAsync("text=保存新版本");
        await page.WaitForSelectorAsync("[data-testid=rule-panel] >> text=5,000 元");
        await Browser.ShotAsync(page, "12-rule-changed");

        await page.GotoAsync("/admin/audit");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.ClickAsync("text=校验哈希链");
        await page.WaitForSelectorAsync("[data-testid=verify-result]");
        Assert.Contains("哈希链完整", await page.InnerTextAsync("[data-testid=verify-result]"));
        await Browser.ShotAsync(page, "13-audit-verified");
    }
}
