using Microsoft.Playwright;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 行政执法办案 end to end on the console: the section chief 赵磊 registers a clue and opens a case with two certified officers;
/// the handler 陈强 collects evidence with a scan, proposes a fine outside the 裁量基准 (and gives the reason when asked),
/// submits the case for review; the metrics (screenshots 88–94 to look at).
/// </summary>
public sealed class CasesConsoleTests(Browser browser) : IClassFixture<Browser>
{
    private const string Company = "济南泉城电梯维保有限公司";

    [Fact]
    public async Task The_chief_opens_a_case_from_a_clue_and_the_handler_proposes_a_fine_with_a_reason_and_submits_it()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var uscc = (string)SampleEntities.Company(Company)["uscc"]!;

        // 赵磊 registers the clue.
        var chief = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(chief, "/cases/clues");
        await chief.ClickAsync("[data-testid=clue-new]");
        await chief.GetByLabel("涉案主体名称 *").FillAsync(Company);
        await chief.GetByLabel("统一社会信用代码").FillAsync(uscc);
        await chief.GetByLabel("线索内容 *").FillAsync("日常检查发现该公司维保的泉城广场写字楼 3 号电梯定期检验已于 2026 年 9 月到期，仍在使用。");
        await ShotAsync(chief, "97-cases-clue-form");
        await chief.ClickAsync("[data-testid=clue-submit]");
        var row = chief.Locator("[data-testid=clue-table] tbody tr", new() { HasText = Company });
        await row.WaitForAsync();
        Assert.Contains("待核查", await row.InnerTextAsync());

        // 立案 with 陈强 (主办) and 张伟; first without the conditions (the Chinese error), then with them.
        await row.Locator("[data-testid=clue-open]").ClickAsync();
        await chief.GetByLabel("案由 *").FillAsync("涉嫌使用未经定期检验的特种设备案");
        await chief.GetByLabel("执法人员 *（不少于 2 名持证人员）").ClickAsync();
        await chief.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "陈强" }).First.ClickAsync();
        await chief.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "张伟" }).First.ClickAsync();
        // Close the officers list by clicking inside the dialog (on the 案由 field): the list's own overlay takes the click.
        var cause = await chief.GetByLabel("案由 *").BoundingBoxAsync();
        await chief.Mouse.ClickAsync(cause!.X + 10, cause.Y + (cause.Height / 2));
        await Assertions.Expect(chief.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Browser.ChooseAsync(chief, "主办人 *", "陈强");
        await chief.ClickAsync("[data-testid=clue-submit]");
        await Assertions.Expect(chief.Locator("[data-testid=cond-error]")).ToContainTextAsync("立案条件不具备");
        await chief.GetByLabel("有证据初步证明存在违法行为").CheckAsync();
        await chief.GetByLabel("依法应当给予行政处罚").CheckAsync();
        await chief.GetByLabel("属于本部门管辖").CheckAsync();
        await ShotAsync(chief, "98-cases-open-form", scroll: false);
        await chief.ClickAsync("[data-testid=clue-submit]");
        try
        {
            await chief.Locator("[data-testid=case-header]").WaitForAsync();
        }
        catch (TimeoutException)
        {
            await Browser.ShotAsync(chief, "98-cases-open-failed");
            throw;
        }

        Assert.Matches(@"/cases/\d+$", chief.Url);
        var caseUrl = new Uri(chief.Url).AbsolutePath;
        await Assertions.Expect(chief.Locator("[data-testid=case-stage]")).ToHaveTextAsync("调查取证");
        Assert.Contains("陈强", await chief.InnerTextAsync("[data-testid=officers]"));
        Assert.Contains("张伟", await chief.InnerTextAsync("[data-testid=officers]"));

        // 陈强 collects evidence and uploads its scan.
        var handler = await browser.LoginAsync(app.ServerAddress!, "casehandler");
        await Browser.OpenAsync(handler, "/cases?view=mine");
        var caseRow = handler.Locator("[data-testid=case-table] tbody tr", new() { HasText = Company });
        await caseRow.WaitForAsync();
        Assert.Contains("调查取证", await caseRow.InnerTextAsync());
        Assert.Contains("剩", await caseRow.InnerTextAsync());
        await ShotAsync(handler, "99-cases-list");
        await Browser.OpenAsync(handler, caseUrl);
        await handler.ClickAsync("[data-testid=evidence-add]");
        await Browser.ChooseAsync(handler, "证据种类 *", "勘验笔录、现场笔录");
        await handler.GetByLabel("证据名称 *").FillAsync("现场检查笔录（3 号电梯）");
        await handler.GetByLabel("来源（提供人或取证地点） *").FillAsync("泉城广场写字楼 3 号电梯机房");
        await handler.ClickAsync("[data-testid=e-submit]");
        await Assertions.Expect(handler.Locator("[data-testid=evidence-item]")).ToHaveCountAsync(1);
        await Browser.SetFilesAsync(handler.Locator("[data-testid=evidence-upload]"), new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png() });
        await Assertions.Expect(handler.Locator("[data-testid=evidence-file]")).ToContainTextAsync("现场照片.png");
        Assert.Contains("SHA-256", await handler.InnerTextAsync("[data-testid=evidence-file]"));

        // A fine of 5 万元 under 一般处罚 is below the band: the range shows live, saving asks for the reason.
        await Browser.ChooseAsync(handler, "违法行为 *", "使用未经检验或者检验不合格的特种设备");
        await handler.GetByLabel("金额（元）").FillAsync("50000");
        await handler.GetByLabel("金额（元）").PressAsync("Tab");
        await Assertions.Expect(handler.Locator("[data-testid=p-range]")).ToContainTextAsync("法定幅度 30,000～300,000 元");
        await Assertions.Expect(handler.Locator("[data-testid=p-outside]")).ToBeVisibleAsync();
        await handler.ClickAsync("[data-testid=p-submit]");
        await Assertions.Expect(handler.Locator("[data-testid=proposal]")).ToContainTextAsync("须写明偏离裁量基准的理由");
        await handler.Locator("[data-testid=proposal]").ScrollIntoViewIfNeededAsync();
        await ShotAsync(handler, "100-case-proposal-error", scroll: false);
        await handler.GetByLabel("裁量理由（所依据的情节、偏离裁量基准的理由） *").FillAsync("当事人主动停用并于次日完成定期检验，未造成危害后果，积极配合调查");
        await handler.ClickAsync("[data-testid=p-submit]");
        await Assertions.Expect(handler.Locator("[data-testid=proposal-penalties]")).ToContainTextAsync("罚款50,000元");

        // 调查终结 → 案件审核.
        await handler.ClickAsync("[data-testid=act-submit]");
        await handler.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(handler.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(handler.Locator("[data-testid=case-stage]")).ToHaveTextAsync("案件审核");
        var timeline = await handler.InnerTextAsync("[data-testid=timeline]");
        Assert.Contains("立案", timeline);
        Assert.Contains("收集证据", timeline);
        Assert.Contains("偏离裁量基准", timeline);
        Assert.Contains("提交案件审核", timeline);
        Assert.Contains("立案审批表", await handler.InnerTextAsync("[data-testid=documents]"));
        Assert.Equal(0, await handler.Locator("[data-testid=act-submit]").CountAsync());
        await ShotAsync(handler, "101-case-page");

        await Browser.OpenAsync(handler, "/cases/metrics");
        var metrics = handler.Locator("[data-testid=metrics-row]").First;
        await metrics.WaitForAsync();
        Assert.Contains("100%", await handler.InnerTextAsync("[data-testid=metrics-recorded]"));
        await ShotAsync(handler, "102-cases-metrics");
    }

    /// <summary>With the snackbars of earlier steps closed, once transitions have finished (from the top unless told otherwise).</summary>
    private static async Task ShotAsync(IPage page, string name, bool scroll = true)
    {
        foreach (var close in await page.Locator(".mud-snackbar button").AllAsync())
        {
            try
            {
                await close.ClickAsync(new() { Timeout = 2000 });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // already gone
            }
        }

        if (scroll) await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.WaitForTimeoutAsync(600);
        await Browser.ShotAsync(page, name);
    }

    /// <summary>A tiny valid PNG (8-byte signature, IHDR, IDAT, IEND).</summary>
    private static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
