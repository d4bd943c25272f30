using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhijian.Entities.Contracts;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 抽检监测 end to end on the demo data: an inspector enters a sampling order in the console, the lab's API client posts a
/// non-compliant result, the order shows 不合格 and its 核查处置, the steps are completed, a section chief publishes the
/// result and the public finds it on /gs/food/sampling (screenshots 80–85).
/// </summary>
public sealed class FoodSamplingTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Sampling_order_to_lab_result_to_disposal_to_publication()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var uscc = await app.AsSystemAsync(async sp =>
        {
            await foreach (var e in sp.GetRequiredService<IEntityDirectory>().SelectAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"]), CancellationToken.None))
                return e.Uscc;
            throw new InvalidOperationException("演示市场主体库中没有历下区的主体");
        });
        var admin = await app.LoginAsync("admin");
        var labs = await admin.GetJsonAsync("/api/v1/food/labs");
        var lab = labs[0];
        var client = await (await admin.PostJsonAsync($"/api/v1/food/labs/{lab.GetProperty("id").GetInt64()}/client", new { })).ExpectAsync();

        var page = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(page, "/food/sampling");
        await page.ClickAsync("[data-testid=sampling-new]");
        await page.GetByLabel("抽样人员 2（登录名）").FillAsync("chief");
        await page.GetByLabel("被抽样单位统一社会信用代码").FillAsync(uscc);
        await page.GetByLabel("样品名称").FillAsync("端到端酱油");
        await page.GetByLabel("规格型号").FillAsync("500mL/瓶");
        await page.GetByLabel("生产批号").FillAsync("20261101");
        await page.GetByLabel("标称生产者名称").FillAsync("江苏某某酿造有限公司");
        await page.GetByLabel("标称生产者地址").FillAsync("江苏省泰州市海陵区工业园 8 号");
        await page.GetByLabel("本次抽样未事先通知被抽样单位（声明）").CheckAsync();
        await Browser.ShotAsync(page, "80-food-sampling-new");
        await page.ClickAsync("[data-testid=f-save]");
        await page.WaitForURLAsync("**/food/sampling/*");
        await page.ClickAsync("[data-testid=act-received]");
        await page.WaitForSelectorAsync("text=样品于");
        var orderId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var number = (await admin.GetJsonAsync($"/api/v1/food/sampling/orders/{orderId}")).Str("number");
        Assert.StartsWith("CJ", number, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = app.ServerAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/sampling/results")
        {
            Content = JsonContent.Create(new
            {
                orderNumber = number,
                reportNo = "E2E-" + number,
                reportDate = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                conclusion = "不合格",
                items = new[] { new { item = "氨基酸态氮", standard = "GB 2717-2018", standardValue = "≥0.40g/100mL", measured = "0.31", unit = "g/100mL", verdict = "不合格", microbiological = false } },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        await (await http.SendAsync(request)).ExpectAsync();

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-testid=order-result] >> text=不合格");
        await page.WaitForSelectorAsync("[data-testid=order-disposal]");
        await Browser.ShotAsync(page, "81-food-sampling-failed");

        await page.ClickAsync("[data-testid=order-disposal] a");
        await page.WaitForSelectorAsync("[data-testid=disposal-steps]");
        await Browser.ShotAsync(page, "82-food-disposal-open");
        for (var i = 0; i < 11 && await page.Locator("[data-testid=step-done]").CountAsync() > 0; i++)
        {
            var before = await page.Locator("[data-testid=step-done]").CountAsync();
            await page.Locator("[data-testid=step-done]").First.ClickAsync();
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=step-done]').length < {before}");
        }

        await page.GetByLabel("核查处置情况").FillAsync("已封存库存并下架召回，生产者所在地协查已复函，已立案查处。");
        await page.ClickAsync("[data-testid=disposal-complete]");
        await page.WaitForSelectorAsync("[data-testid=disposal-done]");
        await Browser.ShotAsync(page, "83-food-disposal-done");

        var chief = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(chief, "/food/sampling");
        await chief.GetByPlaceholder("编号、被抽样单位、样品名称").FillAsync(number);
        await chief.ClickAsync($"text={number}");
        await chief.ClickAsync("[data-testid=act-publish]");
        await chief.WaitForSelectorAsync("text=已公布");
        await Browser.ShotAsync(chief, "84-food-sampling-published");

        var portal = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress!.ToString(), Locale = "zh-CN" });
        await portal.GotoAsync("/gs/food/sampling?food=" + Uri.EscapeDataString("端到端酱油"));
        var row = await portal.InnerTextAsync("[data-testid=gs-sampling-row]");
        Assert.Contains("不合格", row, StringComparison.Ordinal);
        Assert.Contains("氨基酸态氮：0.31g/100mL（标准值 ≥0.40g/100mL）", row, StringComparison.Ordinal);
        await Browser.ShotAsync(portal, "85-gs-food-sampling");
    }
}
