using System.Text;
using Zhijian.Entities.Dataset;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

public sealed class ImportTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_registrar_imports_a_file_fixes_the_reported_rows_and_finds_an_imported_entity()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var today = new DateOnly(2026, 11, 23);
        var rows = new EntityDatasetGenerator(7, ["370102"], today).Entities(40).ToList();
        var broken = rows.ToList();
        broken[3] = broken[3] with { DivisionCode = "379999" };     // unknown division
        broken[10] = broken[10] with { EstablishedOn = today.AddDays(30) }; // in the future
        var dir = Directory.CreateTempSubdirectory("zj-e2e-");
        var bad = Path.Combine(dir.FullName, "历下区主体_有误.csv");
        var good = Path.Combine(dir.FullName, "历下区主体.csv");
        await File.WriteAllTextAsync(bad, Csv(broken), new UTF8Encoding(true));
        await File.WriteAllTextAsync(good, Csv(rows), new UTF8Encoding(true));

        var page = await browser.LoginAsync(app.ServerAddress!, "registrar");
        await Browser.OpenAsync(page, "/entities/import");
        await Browser.SetFilesAsync(page.Locator("[data-testid=import-file]"), bad);
        await page.WaitForSelectorAsync("text=历下区主体_有误.csv：已上传"); // the upload has started: the run button waits for it to finish (:not([disabled]))
        await page.ClickAsync("[data-testid=import-run]:not([disabled])");
        await page.WaitForSelectorAsync("[data-testid=import-errors]");
        await Browser.ShotAsync(page, "30-import-errors");
        var errors = await page.InnerTextAsync("[data-testid=import-errors]");
        Assert.Contains("379999", errors);
        Assert.Contains("晚于今天", errors);
        Assert.Contains("5", errors); // line 5 = data row 4 (header is line 1)

        await Browser.SetFilesAsync(page.Locator("[data-testid=import-file]"), good);
        await page.WaitForSelectorAsync("text=历下区主体.csv：已上传", new() { Timeout = 60_000 });
        await page.ClickAsync("[data-testid=import-run]:not([disabled])");
        // The import runs on the server while two other journeys run beside it on 2 cores: allow it a minute (it failed at 20 s once in CI).
        await page.WaitForSelectorAsync("[data-testid=import-result] >> text=新增 40 户", new() { Timeout = 60_000 });
        await Browser.ShotAsync(page, "31-import-done");

        await Browser.OpenAsync(page, "/entities");
        var name = rows[0].Name;
        await page.GetByLabel("名称 / 统一社会信用代码 / 法定代表人").FillAsync(name[^4..]);
        await page.ClickAsync("[data-testid=entity-search]");
        await page.ClickAsync($"[data-testid=entity-results] >> text={name}");
        await page.WaitForSelectorAsync("[data-testid=entity-timeline] >> text=批量导入");
        await Browser.ShotAsync(page, "32-imported-profile");
    }

    private static string Csv(IEnumerable<EntityRow> rows)
    {
        using var w = new StringWriter();
        EntityCsv.Write(w, rows);
        return w.ToString();
    }
}
