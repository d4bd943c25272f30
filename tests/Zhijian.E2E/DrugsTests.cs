using System.Text.Json;
using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 药品 end to end: an inspector opens a 历下区 pharmacy from the due list's form, records a GSP inspection in the console with the key
/// item P08 (过期药品) failed; saving without a conclusion names the field; 立案查处 saves, the detail shows the clue sent, and the
/// section chief finds it among the cases module's clues under 药品医疗器械化妆品 (screenshots 130–134).
/// </summary>
public sealed class DrugsTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_pharmacy_inspection_with_a_failed_key_item_becomes_a_case_clue()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var inspector = await app.LoginAsync("inspector");
        var pharmacies = await inspector.GetJsonAsync("/api/v1/drugs/businesses?pharmacies=true&division=370102&size=20");
        var pharmacy = pharmacies.GetProperty("items").EnumerateArray().First(b => b.GetProperty("active").GetBoolean());
        var id = pharmacy.GetProperty("id").GetInt64();
        var name = pharmacy.Str("name");

        var page = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(page, $"/drugs/businesses/{id}");
        await page.ClickAsync("[data-testid=business-inspect]");
        await page.WaitForSelectorAsync("[data-testid=business-info]");
        await page.WaitForSelectorAsync("[data-testid=item-P25]");
        await Browser.ChooseAsync(page, "执法人员二", "陈强");

        // Every item 符合 but P08 (★ 不得销售过期药品).
        await page.ClickAsync("[data-testid=all-pass]");
        var p08 = page.Locator("[data-testid=item-P08]");
        await p08.GetByText("不符合", new() { Exact = true }).ClickAsync();
        await p08.GetByLabel("存在的问题（必填）").FillAsync("货架上有 3 盒已过有效期的阿莫西林胶囊（批号 20230512）仍在销售");
        await Assertions.Expect(page.Locator("[data-testid=tally]")).ToContainTextAsync("不符合 1 项，其中关键项目（★）1 项");
        await Browser.ShotAsync(page, "130-drugs-inspection-form");

        // No conclusion yet: the error names the field, nothing is saved.
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page.Locator("[data-testid=conclusion-error]")).ToContainTextAsync("请选择检查结论");
        Assert.Contains("/drugs/inspections/new", page.Url, StringComparison.Ordinal);

        await page.Locator("[data-testid=conclusion]").GetByText("立案查处（移送案件线索）").ClickAsync();
        await page.GetByLabel("涉嫌违法的事实（必填）").FillAsync("销售超过有效期的药品，涉嫌违反《药品管理法》第九十八条");
        await Browser.ShotAsync(page, "131-drugs-inspection-case");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForSelectorAsync("[data-testid=inspection-conclusion]");
        Assert.Equal("立案查处", (await page.InnerTextAsync("[data-testid=inspection-conclusion]")).Trim());
        Assert.StartsWith("已移送", (await page.InnerTextAsync("[data-testid=inspection-clue]")).Trim(), StringComparison.Ordinal);
        Assert.Contains("张伟、陈强", await page.InnerTextAsync("[data-testid=inspection-summary]"), StringComparison.Ordinal); // the inspector is the first officer by default
        var number = (await page.Locator(".zj-h1").InnerTextAsync()).Replace("监督检查", "", StringComparison.Ordinal).Trim();
        Assert.StartsWith("YJ", number, StringComparison.Ordinal);
        await Browser.ShotAsync(page, "132-drugs-inspection-saved");

        await Browser.OpenAsync(page, "/drugs/inspections?view=case");
        await page.WaitForSelectorAsync($"[data-testid=inspection-table] >> text={number}");
        await Browser.ShotAsync(page, "133-drugs-inspections-case");

        // The outbox carries the clue to the cases module.
        var chief = await app.LoginAsync("chief");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement? clue = null;
        while (clue is null)
        {
            clue = (await chief.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray()
                .Where(c => c.TryGetProperty("sourceNumber", out var n) && n.GetString() == number).Select(c => (JsonElement?)c).FirstOrDefault();
            if (clue is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "药品案件线索在 30 秒内未到达案件模块");
                await Task.Delay(250);
            }
        }

        Assert.Equal("药品医疗器械化妆品", clue.Value.Str("sourceName"));
        var cases = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(cases, "/cases/clues");
        var row = cases.Locator("[data-testid=clue-table] tbody tr", new() { HasText = number });
        await row.WaitForAsync();
        Assert.Contains(name, await row.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ShotAsync(cases, "134-drugs-clue-in-cases");
    }
}
