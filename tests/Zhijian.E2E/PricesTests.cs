using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 价格监管 end to end: an administrator imports three weeks of hog and corn prices for 商河县 from the monitoring page (猪粮比 5.5:1
/// three weeks in a row); the third week's 二级 warning shows on the supervision centre's 运行预警; from the warning an inspector-level
/// user opens a 明码标价 inspection of a shop, fails the “was”-price item with illegal gains of 2,000 元, and the clue with the statutory
/// penalty range (up to 1 万元, 5× the gains) reaches the cases module; the public 民生商品价格 page shows the week (screenshots 150–156).
/// </summary>
public sealed class PricesTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Imported_prices_raise_a_level_2_warning_that_leads_to_an_inspection_and_a_case_clue()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500); // the full demo: 济南's plans on the supervision centre
        var admin = await app.LoginAsync("admin");
        foreach (var (code, kind) in new[] { ("SH-FARM", "养殖场"), ("SH-WS", "批发市场") })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/prices/points")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { code, name = $"商河县{kind}", kind, divisionCode = "370126", address = "商河县许商街道" }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            await (await admin.Http.SendAsync(request)).ExpectAsync(HttpStatusCode.Created);
        }

        var shop = SampleEntities.Company("商河县惠民超市有限公司");
        await (await admin.PostJsonAsync("/api/v1/entities", shop)).ExpectAsync(HttpStatusCode.Created);
        var uscc = (string)shop["uscc"]!;

        var csv = new StringBuilder("监测点编号,采价日期,商品,价格,计价单位\n");
        foreach (var on in new[] { "2026-11-04", "2026-11-11", "2026-11-18" })
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"SH-WS,{on},corn-2,2.00,元/公斤\nSH-FARM,{on},hog,11.00,元/公斤\n");
        var page = await browser.LoginAsync(app.ServerAddress!, "admin");
        await Browser.OpenAsync(page, "/prices/monitoring");
        await page.WaitForSelectorAsync("[data-testid=prices-overview]");
        await Browser.ShotAsync(page, "150-prices-monitoring");
        await Browser.SetFilesAsync(page.Locator("[data-testid=prices-import]"), new FilePayload
        {
            Name = "商河县生猪玉米价格.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await Assertions.Expect(page.Locator("[data-testid=prices-import-result]")).ToContainTextAsync("已导入 6 条价格", new() { Timeout = 30_000 });
        await Browser.ShotAsync(page, "151-prices-imported");

        // The supervision centre: 运行预警 lists the level-2 price warning.
        await Browser.OpenAsync(page, "/dashboard");
        await page.WaitForSelectorAsync("[data-testid=indicators]");
        await Browser.ShotAsync(page, "152-prices-dashboard");
        var chip = page.Locator("[data-testid=warning]", new() { HasText = "价格二级预警" });
        await chip.WaitForAsync();

        var warning = (await admin.GetJsonAsync("/api/v1/prices/warnings?good=hog&division=370126&level=2")).EnumerateArray().Single();
        Assert.Equal("2026年第47周", warning.Str("period"));
        Assert.Equal(3, warning.GetProperty("inputs").GetProperty("weeksInBand").GetInt32());
        var id = warning.GetProperty("id").GetInt64();
        await Browser.OpenAsync(page, $"/prices/warnings/{id}");
        await page.WaitForSelectorAsync("[data-testid=prices-warning-inputs]");
        Assert.Contains("生猪预案阈值", await page.InnerTextAsync("[data-testid=prices-warning-version]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "153-prices-warning");

        // From the warning to an inspection of a shop: the “was” price above the lowest deal price of the 7 days before.
        await page.ClickAsync("[data-testid=prices-warning-inspect]");
        await page.WaitForSelectorAsync("[data-testid=inspection-form]");
        await Assertions.Expect(page.Locator("[data-testid=linked-warning]")).ToContainTextAsync(warning.Str("number"));
        await page.Locator("[data-testid=target-uscc]").FillAsync(uscc);
        await page.Locator("[data-testid=division]").FillAsync("370126");
        await page.Locator("[data-testid=address]").FillAsync("商河县许商街道商中路 8 号");
        await page.Locator("[data-testid=inspectors]").FillAsync("张伟、陈强");
        var p8 = page.Locator("[data-testid=checklist-item][data-code=P8]");
        await p8.GetByText("不合格", new() { Exact = true }).ClickAsync();
        await p8.Locator("input").Last.FillAsync("猪肉标示原价 32 元/500克，促销前 7 日内最低成交价 26 元");
        await page.Locator("[data-testid=evidence]").FillAsync("价签照片 3 张、收银系统近 7 日成交记录导出");
        await page.Locator("[data-testid=illegal-gains]").FillAsync("2000");
        await Browser.ShotAsync(page, "154-prices-inspection-form");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForSelectorAsync("[data-testid=inspection-penalty]");
        Assert.Contains("1 万元以下", await page.InnerTextAsync("[data-testid=inspection-penalty]"), StringComparison.Ordinal);
        Assert.StartsWith("已移送", (await page.InnerTextAsync("[data-testid=inspection-clue]")).Trim(), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "155-prices-inspection-saved");

        // The outbox carries the clue, with the penalty range, to the cases module.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement? clue = null;
        while (clue is null)
        {
            clue = (await admin.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray()
                .Where(c => c.Str("sourceName") == "价格监管" && c.Str("partyName") == "商河县惠民超市有限公司").Select(c => (JsonElement?)c).FirstOrDefault();
            if (clue is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "价格监管案件线索在 30 秒内未到达案件模块");
                await Task.Delay(250);
            }
        }

        Assert.Contains("法定处罚幅度", clue.Value.Str("facts"), StringComparison.Ordinal);

        await page.GotoAsync("/gs/prices?division=370126&good=hog"); // a static portal page
        await page.WaitForSelectorAsync("[data-testid=gs-prices]");
        Assert.Contains("生猪", await page.InnerTextAsync("[data-testid=gs-prices]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "156-prices-public");
    }
}
