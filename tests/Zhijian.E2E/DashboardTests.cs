using System.Text;
using Microsoft.Playwright;
using MiniExcelLibs;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 智慧监管中心 as a leader uses it: the dashboard of the demo bureau with its plans, a drill from an indicator to the
/// records behind it, the big screen, and an evaluation report exported to Excel and printed to PDF (screenshots 106–111).
/// </summary>
public sealed class DashboardTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_leader_drills_from_an_indicator_to_its_records_and_exports_the_evaluation_report()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var page = await browser.LoginAsync(app.ServerAddress!, "leader");

        await Browser.OpenAsync(page, "/dashboard");
        var rows = page.Locator("[data-testid=indicator-row]");
        await rows.First.WaitForAsync();
        Assert.True(await rows.CountAsync() >= 18, "the standard set has 22 indicators");
        await page.Locator("#zj-breakdown[data-rendered=true]").WaitForAsync();
        var total = page.Locator("[data-testid=indicator-row][data-code=ZJ01] [data-testid=indicator-value]");
        Assert.Matches(@"^\d[\d,]*", (await total.InnerTextAsync()).Trim()); // 市场主体总量 of 济南 computed from the registry
        await Browser.ShotAsync(page, "106-dashboard");

        // Drill: 市场主体总量 → its trend, breakdown and the registry list behind it.
        await page.Locator("[data-testid=indicator-row][data-code=ZJ01] [data-testid=indicator-link]").ClickAsync();
        await page.Locator("#zj-trend[data-rendered=true]").WaitForAsync();
        Assert.Contains("历下区", await page.InnerTextAsync("[data-testid=drill-children]"));
        await Browser.ShotAsync(page, "107-indicator-drill");
        var records = page.Locator("[data-testid=records-link]").First;
        var href = await records.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href));
        await records.ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/dashboard", StringComparison.Ordinal));
        await Browser.ShotAsync(page, "108-indicator-records");

        await Browser.OpenAsync(page, "/dashboard/screen");
        await page.Locator("#zj-screen-map[data-rendered=true]").WaitForAsync();
        Assert.Contains("智慧监管指挥中心", await page.InnerTextAsync("body"));
        await Browser.ShotAsync(page, "109-big-screen");

        // 评估报告: Anhui's 20 indicators for 济南, to Excel and to PDF.
        await Browser.OpenAsync(page, "/dashboard/reports?plan=anhui-14");
        await page.Locator("[data-testid=report-build]").ClickAsync();
        await page.Locator("[data-testid=report-table]").WaitForAsync();
        await Browser.ShotAsync(page, "110-evaluation-report");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=report-xlsx]").ClickAsync());
        var xlsx = Path.Combine(Browser.ScreenshotDir, "110-evaluation-report.xlsx");
        await download.SaveAsAsync(xlsx);
        var sheet = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(20, sheet.Count);
        Assert.Equal("企业开办时间", sheet[0]["指标名称"]?.ToString());
        Assert.Equal("≤1（2025）", sheet[0]["目标"]?.ToString());
        Assert.Contains(sheet, r => r["状态"]?.ToString() is "达标" or "预警" or "未达标");

        var print = await browser.LoginAsync(app.ServerAddress!, "leader");
        await print.GotoAsync("/dashboard/reports/print?plan=anhui-14&division=370100&kind=annual");
        await print.Locator("body[data-charts-ready=true]").WaitForAsync();
        await Browser.ShotAsync(print, "111-evaluation-report-print");
        var pdf = await print.PdfAsync(new PagePdfOptions { PrintBackground = true, PreferCSSPageSize = true });
        await File.WriteAllBytesAsync(Path.Combine(Browser.ScreenshotDir, "111-evaluation-report.pdf"), pdf);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }
}
