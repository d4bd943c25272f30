using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>公示首页 at 1440 px and on a 390 px phone, and a public 404 (screenshots 04–07 to look at).</summary>
public sealed class PortalTests(Browser browser) : IClassFixture<Browser>
{
    private async Task<IPage> PageAsync(ZhijianApp app, int width, int height, bool phone)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ServerAddress!.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_visitor_searches_from_the_home_on_a_desktop_and_a_phone_and_gets_a_Chinese_404()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);

        var desktop = await PageAsync(app, 1440, 900, phone: false);
        await desktop.GotoAsync("/gs");
        Assert.Contains("主办：济南市市场监督管理局", await desktop.InnerTextAsync("footer"));
        Assert.True(await desktop.Locator("[data-testid=gs-home-section]").CountAsync() >= 2);
        await Browser.ShotAsync(desktop, "04-portal-home-1440");
        await desktop.FillAsync("[data-testid=gs-home-q]", "济南");
        await desktop.ClickAsync("[data-testid=gs-home-submit]");
        await desktop.WaitForSelectorAsync("[data-testid=gs-home-hits]");
        Assert.Equal(20, await desktop.Locator("[data-testid=gs-home-hit]").CountAsync());
        await Browser.ShotAsync(desktop, "05-portal-search-1440");
        await desktop.ClickAsync("[data-testid=gs-home-hit] a >> nth=0");
        await desktop.WaitForSelectorAsync("[data-testid=gs-basic]");

        var phone = await PageAsync(app, 390, 844, phone: true);
        await phone.GotoAsync("/gs");
        // Each column name of the menu stays on one line.
        foreach (var link in await phone.Locator(".gs-nav a").AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Height: < 32 }, $"“{await link.InnerTextAsync()}”折行了（高 {box?.Height} px）");
        }

        Assert.False(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "首页在 390 px 宽的手机上出现横向滚动");
        await Browser.ShotAsync(phone, "06-portal-home-390");

        var missing = await phone.GotoAsync("/gs/penalties/999999");
        Assert.Equal(404, missing!.Status);
        Assert.Contains("未找到该行政处罚信息", await phone.InnerTextAsync("main"));
        await Browser.ShotAsync(phone, "07-portal-404-390");
    }
}
