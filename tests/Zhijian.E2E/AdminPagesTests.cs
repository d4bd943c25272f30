using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

[RunsLong(93)]
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

    /// <summary>
    /// The table convention (issue 18, item 1): at 1366 px, the narrowest desktop the bureaus use, the widest tables keep
    /// their action column in view (sticky on the right), 办案统计 shows all its columns in two tables with the unit pinned,
    /// and the admin pages show their right column. At 1440 px every table of every page is the page walk's check
    /// (WalkEveryPageTests). Screenshots t1–t6, to look at.
    /// </summary>
    [Fact]
    public async Task The_wide_tables_keep_their_actions_in_view_at_1366_px()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        // Two serious-violation listings entered by the registrar await the chief's 确认列入 / 否决.
        var registrar = await app.LoginAsync("registrar");
        var proposed = 0;
        foreach (var e in (await registrar.GetJsonAsync("/api/v1/entities?division=370102&pageSize=20&page=1")).GetProperty("items").EnumerateArray())
        {
            var r = await registrar.PostJsonAsync("/api/v1/credit/listings",
                new { uscc = e.Str("uscc"), ground = "SeriousViolation", field = "Food", facts = "因使用非食品原料生产食品被吊销许可证件，经查其法定代表人对违法行为负有责任，拟列入严重违法失信名单" });
            if (r.IsSuccessStatusCode && ++proposed == 2) break;
        }

        Assert.Equal(2, proposed);
        var chief = await browser.LoginAsync(app.ServerAddress!, "chief");
        var legal = await browser.LoginAsync(app.ServerAddress!, "legal");
        var admin = await browser.LoginAsync(app.ServerAddress!, "admin");
        const int width = 1366;
        foreach (var p in new[] { chief, legal, admin }) await p.SetViewportSizeAsync(width, 900);

        await Browser.OpenAsync(chief, "/credit/listings");
        await chief.Locator("[data-testid=proposals-table] .zj-actions >> text=确认列入").First.WaitForAsync();
        await AssertActionsInViewAsync(chief, "[data-testid=proposals-table]", "确认列入", "否决");
        await chief.Locator("[data-testid=listings-table] tbody tr").First.WaitForAsync();
        await AssertActionsInViewAsync(chief, "[data-testid=listings-table]");
        await CountUnder100Async(chief, "[data-testid=listings-count]");
        await Browser.ShotAsync(chief, $"t1-credit-listings-{width}");

        await Browser.OpenAsync(chief, "/cases/metrics");
        await chief.Locator("[data-testid=metrics-row]").First.WaitForAsync();
        await AssertNoHiddenColumnsAsync(chief, "[data-testid=metrics-main]");
        await AssertFirstColumnPinnedAsync(chief, "[data-testid=metrics-stages]");
        await Browser.ShotAsync(chief, $"t2-cases-metrics-{width}");

        await Browser.OpenAsync(legal, "/cases/reviews");
        await legal.Locator("[data-testid=reviewable-table] tbody tr").First.WaitForAsync();
        await AssertActionsInViewAsync(legal, "[data-testid=reviewable-table]", "评查");
        Assert.True(await legal.Locator("[data-testid=review-closed-on]").First.IsVisibleAsync());
        await AssertInViewAsync(legal, "[data-testid=review-closed-on]");
        await Browser.ShotAsync(legal, $"t3-cases-reviews-{width}");

        await Browser.OpenAsync(admin, "/admin/org-units");
        await admin.Locator("[data-testid=org-table] tbody tr").First.WaitForAsync();
        await AssertActionsInViewAsync(admin, "[data-testid=org-table]", "修改");
        await Browser.ShotAsync(admin, $"t4-org-units-{width}");

        await Browser.OpenAsync(admin, "/admin/staff");
        await admin.Locator("[data-testid=staff-table] tbody tr").First.WaitForAsync();
        await AssertActionsInViewAsync(admin, "[data-testid=staff-table]", "修改");
        await Browser.ShotAsync(admin, $"t5-staff-{width}");

        await Browser.OpenAsync(chief, "/entities/annual-reports");
        await chief.Locator("[data-testid=missing-count]").WaitForAsync();
        await CountUnder100Async(chief, "[data-testid=missing-count]");
        await Browser.ShotAsync(chief, $"t6-annual-reports-{width}");
    }

    /// <summary>"共 N 户，显示前 100 户" only when N &gt; 100 (issue 18: "共 80 户，显示前 100 户").</summary>
    private static async Task CountUnder100Async(IPage page, string selector)
    {
        var text = await page.InnerTextAsync(selector);
        var m = System.Text.RegularExpressions.Regex.Match(text, @"共 ([\d,]+) ");
        Assert.True(m.Success, text);
        var total = int.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total > 100, text.Contains("显示", StringComparison.Ordinal));
    }

    /// <summary>Every action cell of the table lies inside the viewport and inside the table's card (what is outside is clipped).</summary>
    private static async Task AssertActionsInViewAsync(IPage page, string table, params string[] buttons)
    {
        var cells = page.Locator($"{table} tbody .zj-actions");
        Assert.True(await cells.CountAsync() > 0, $"{table} has an action column");
        var outside = await page.EvaluateAsync<string[]>(@"sel => [...document.querySelectorAll(sel + ' tbody .zj-actions')].filter(td => {
                const box = td.closest('.mud-table').getBoundingClientRect(), r = td.getBoundingClientRect(); // the card's box, not the (wider) table's
                return r.right > Math.min(box.right, window.innerWidth) + 1 || r.left < box.left - 1; }).map(td => td.innerText)", table);
        Assert.Empty(outside);
        foreach (var b in buttons)
        {
            await AssertInViewAsync(page, $"{table} .zj-actions >> text={b}");
        }
    }

    private static async Task AssertInViewAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= page.ViewportSize!.Width, $"{selector} at x={box.X}+{box.Width} is off the {page.ViewportSize.Width} px edge");
    }

    /// <summary>The table fits its card: no column is off the right edge.</summary>
    private static async Task AssertNoHiddenColumnsAsync(IPage page, string table)
    {
        var overflow = await page.EvaluateAsync<int>(@"sel => { const c = document.querySelector(sel + ' .mud-table-container') ?? document.querySelector(sel);
                return c.scrollWidth - c.clientWidth; }", table);
        Assert.True(overflow <= 1, $"{table} scrolls by {overflow} px: a column is hidden");
    }

    /// <summary>Scrolled to its far right, the table still shows its first column.</summary>
    private static async Task AssertFirstColumnPinnedAsync(IPage page, string table)
    {
        var gap = await page.EvaluateAsync<double>(@"sel => { const c = document.querySelector(sel + ' .mud-table-container') ?? document.querySelector(sel + ' .zj-scroll');
                c.scrollLeft = c.scrollWidth; const pin = c.querySelector('tbody .zj-pin'); if (!pin) return 999;
                const d = pin.getBoundingClientRect().left - c.getBoundingClientRect().left; c.scrollLeft = 0; return Math.abs(d); }", table);
        Assert.True(gap <= 2, $"{table}: the first column moved {gap} px when scrolled");
    }
}
