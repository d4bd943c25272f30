using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

public sealed class EntitiesTests(Browser browser) : IClassFixture<Browser>
{

    [Fact]
    public async Task A_registrar_registers_a_company_finds_it_by_one_character_and_opens_its_profile()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.LoginAsync(app.ServerAddress!, "registrar");

        await Browser.OpenAsync(page, "/entities/new");
        var uscc = Zhijian.Platform.Codes.Uscc.Build('9', '1', "370102", "MA3CE2B7");
        await page.GetByLabel("统一社会信用代码 *").FillAsync(uscc);
        await page.GetByLabel("主体类型 *").ClickAsync();
        await page.ClickAsync(".mud-popover-open >> text=有限责任公司");
        await page.GetByLabel("名称 *").FillAsync("济南泉城鑫源商贸");
        await page.GetByLabel("法定代表人（负责人、经营者）*").FillAsync("王建华");
        await page.GetByLabel("成立日期 * (yyyy-MM-dd)").FillAsync("2030-01-01");
        await page.GetByLabel("住所 *").FillAsync("山东省济南市历下区泉城路188号");
        await Browser.PickAsync(page, "属地 *（代码或名称）", "历下", "370102 山东省济南市历下区");
        await Browser.PickAsync(page, "行业 *（代码或名称）", "粮油", "5221 粮油零售");
        await Browser.ShotAsync(page, "19-entity-form-pickers");
        await page.GetByLabel("登记机关 *").FillAsync("济南市历下区市场监督管理局");
        await page.ClickAsync("[data-testid=f-save]");
        await page.WaitForSelectorAsync("[data-testid=error-summary]");
        await Browser.ShotAsync(page, "20-entity-form-errors");
        var errors = await page.InnerTextAsync("[data-testid=error-summary]");
        Assert.Contains("有限公司", errors);     // name must carry the organisation form
        Assert.Contains("晚于今天", errors);     // date in the future

        await page.GetByLabel("名称 *").FillAsync("济南泉城鑫源商贸有限公司");
        await page.GetByLabel("成立日期 * (yyyy-MM-dd)").FillAsync("2019-06-18");
        await page.ClickAsync("[data-testid=f-save]");
        await page.WaitForSelectorAsync("[data-testid=entity-basic]");
        await Browser.ShotAsync(page, "21-entity-profile");
        Assert.Contains(uscc, await page.ContentAsync());

        await Browser.OpenAsync(page, "/entities");
        await page.GetByLabel("名称 / 统一社会信用代码 / 法定代表人").FillAsync("鑫");
        await page.ClickAsync("[data-testid=entity-search]");
        await page.WaitForSelectorAsync("[data-testid=entity-results] >> text=济南泉城鑫源商贸有限公司");
        await Browser.ShotAsync(page, "22-entity-search");
        await page.ClickAsync("[data-testid=entity-results] >> text=济南泉城鑫源商贸有限公司");
        await page.WaitForSelectorAsync("[data-testid=entity-timeline] >> text=设立登记");
    }
}
