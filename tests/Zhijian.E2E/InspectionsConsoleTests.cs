using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 双随机、一公开 as the section chief 赵磊 runs it on the console, on the demo data (历下区): the draw ceremony of the task
/// waiting for its draw, then the other console pages (screenshots 50–59 to look at).
/// </summary>
public sealed partial class InspectionsConsoleTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>Enough demo entities that 历下区 has the 200 active ones the demo inspections need.</summary>
    private const int DemoEntities = 4000;

    /// <summary>
    /// Mid-year: the demo tasks run to 40 days after today and must end inside the calendar-year plan (the demo seeding
    /// fails from late November on).
    /// </summary>
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_section_chief_freezes_the_list_draws_with_a_witness_and_staffs_the_targets()
    {
        await using var app = await ZhijianApp.StartAsync(now: Now, kestrel: true, demoEntities: DemoEntities);
        var page = await browser.LoginAsync(app.ServerAddress!, "chief");

        await Browser.OpenAsync(page, "/inspections/tasks");
        var task = page.Locator("[data-testid=task-table] a", new() { HasText = "个体工商户明码标价专项抽查" });
        await task.WaitForAsync();
        await ShotAsync(page, "50-inspection-tasks");
        var href = await task.GetAttributeAsync("href");
        Assert.Matches(@"^/inspections/tasks/\d+$", href);

        // 待抽取: the library as it stands now, and the freeze button.
        await Browser.OpenAsync(page, href!);
        await page.WaitForSelectorAsync("[data-testid=draw-preview]");
        Assert.Contains("待抽取", await page.InnerTextAsync("[data-testid=task-status]"));
        await ShotAsync(page, "51-inspection-task-draft");

        // 冻结名录: the candidate count, hash and commitment are published before anyone knows the witness value.
        // Freezing cannot be undone: the dialog names the library and the task before anything is frozen.
        await page.ClickAsync("[data-testid=draw-commit]");
        var confirm = page.Locator(".mud-dialog");
        await confirm.WaitForAsync();
        var question = await confirm.InnerTextAsync();
        Assert.Contains("历下区个体工商户", question);
        Assert.Contains("个体工商户明码标价专项抽查", question);
        await ShotAsync(page, "51b-inspection-freeze-confirm");
        await page.ClickAsync(".mud-dialog >> button:has-text('冻结名录')");
        var commitment = await page.Locator("[data-testid=commitment]").InnerTextAsync();
        Assert.Matches(Hex64(), commitment.Trim());
        await page.WaitForSelectorAsync("[data-testid=witness-form]");
        await ShotAsync(page, "52-inspection-task-committed");

        // 摇号: the witness enters a public value; the secret is revealed and matches the commitment.
        await page.GetByLabel("监督人员姓名 *").FillAsync("王平（区纪委监委派驻纪检组）");
        await page.GetByLabel("公开值 *").FillAsync("20260612 上证指数收盘 3391.27"); // the last closing before this 09:30 draw on Monday 15 June
        await page.GetByLabel("公开值 *").PressAsync("Tab");
        await page.ClickAsync("[data-testid=draw-run]");
        await page.ClickAsync(".mud-dialog >> button:has-text('摇号')");
        var secret = await page.Locator("[data-testid=secret]").InnerTextAsync();
        Assert.Matches(Hex64(), secret.Trim());
        Assert.Contains("已核对", await page.InnerTextAsync("[data-testid=draw-1]"));
        await page.WaitForSelectorAsync("[data-testid=targets-table] >> text=尚未分派");
        var targets = await page.Locator("[data-testid=targets-table] tbody tr").CountAsync();
        Assert.True(targets > 0);
        await ShotAsync(page, "53-inspection-task-drawn");

        // 随机分派检查人员: every target gets its officers (2 per target for this task).
        await page.ClickAsync("[data-testid=assign]");
        await page.WaitForSelectorAsync("[data-testid=officer]");
        await Assertions.Expect(page.Locator("[data-testid=assign]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=officer]")).ToHaveCountAsync(2 * targets);
        Assert.Contains("检查中", await page.InnerTextAsync("[data-testid=task-status]"));
        await ShotAsync(page, "54-inspection-task-assigned");

        // 回避: the officer leaves the target and a replacement is drawn at once.
        await page.Locator("[data-testid=targets-table] button:has-text('回避')").Last.ClickAsync();
        await page.GetByLabel("回避理由 *").FillAsync("与该经营者系近亲属");
        await page.ClickAsync(".mud-dialog >> button:has-text('回避并抽取替补')");
        await page.WaitForSelectorAsync("[data-testid=targets-table] >> text=回避：与该经营者系近亲属");
        await Assertions.Expect(page.Locator("[data-testid=officer]")).ToHaveCountAsync(2 * targets);

        // 补抽: the first target is replaced after a new freeze and a new witness value.
        await page.ClickAsync("[data-testid=supplement]");
        await page.Locator("[data-testid=targets-table] tbody tr").First.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByLabel("补抽理由 *").FillAsync("该户已于检查前办理注销登记");
        await page.ClickAsync("[data-testid=supplement-form] >> button:has-text('冻结补抽名录')");
        await page.WaitForSelectorAsync("[data-testid=draw-2] >> [data-testid=witness-form]");
        await page.GetByLabel("监督人员姓名 *").FillAsync("李娜（社会监督员）");
        await page.GetByLabel("公开值 *").FillAsync("8427");
        await page.GetByLabel("公开值 *").PressAsync("Tab");
        await page.ClickAsync("[data-testid=draw-run]");
        await page.ClickAsync(".mud-dialog >> button:has-text('摇号')");
        await page.WaitForSelectorAsync("[data-testid=draw-2] >> [data-testid=secret]");
        await DismissAsync(page);
        await page.ClickAsync("[data-testid=assign]");
        await page.WaitForSelectorAsync("[data-testid=targets-table] >> text=已被补抽替换");
        await Assertions.Expect(page.Locator("[data-testid=assign]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=officer]")).ToHaveCountAsync(2 * targets);
        await ShotAsync(page, "54-inspection-task-supplement");
    }

    [Fact]
    public async Task The_console_pages_show_the_demo_plans_libraries_inspectors_and_metrics()
    {
        await using var app = await ZhijianApp.StartAsync(now: Now, kestrel: true, demoEntities: DemoEntities);
        var page = await browser.LoginAsync(app.ServerAddress!, "chief");

        // 新建任务: ratios prefilled from the rule settings, with the permitted range.
        await Browser.OpenAsync(page, "/inspections/tasks");
        await page.WaitForSelectorAsync("[data-testid=task-table] >> text=食品经营者部门联合抽查");
        var joint = await page.Locator("[data-testid=task-table] a", new() { HasText = "食品经营者部门联合抽查" }).GetAttributeAsync("href");
        var done = await page.Locator("[data-testid=task-table] a", new() { HasText = "企业公示信息及登记事项抽查" }).GetAttributeAsync("href");
        await page.ClickAsync("[data-testid=task-new]");
        await page.WaitForSelectorAsync(".mud-dialog >> text=允许 0%–5%");
        await ShotAsync(page, "50-inspection-task-new");

        // Nothing filled in: each field says what is missing.
        await page.ClickAsync("[data-testid=task-create]");
        await page.WaitForSelectorAsync(".mud-dialog >> text=任务名称不能为空");
        Assert.Contains("须至少承担一项抽查事项", await page.InnerTextAsync(".mud-dialog"));
        await ShotAsync(page, "50-inspection-task-new-errors");

        // A joint task with the tax bureau: the joint department's items are offered from the plan's list.
        await page.GetByLabel("任务名称 *").FillAsync("2026年度企业登记事项及纳税信用部门联合抽查");
        await ChooseAsync(page, "检查对象名录库 *", "历下区存续企业");
        await page.GetByLabel("检查开始日期 *").FillAsync("2026-07-01");
        await page.GetByLabel("检查开始日期 *").PressAsync("Tab");
        await page.GetByLabel("检查结束日期 *").FillAsync("2026-08-31");
        await page.GetByLabel("检查结束日期 *").PressAsync("Tab");
        await ChooseAsync(page, "承担的抽查事项 *", "SD-LX-002");
        await page.ClickAsync(".mud-dialog button:has-text('添加联合部门')");
        await ChooseAsync(page, "联合部门 1", "国家税务总局济南市历下区税务局");
        await page.ClickAsync("[data-testid=task-create]");
        await page.WaitForSelectorAsync("[data-testid=draw-commit]");
        Assert.Contains("联合抽查", await page.InnerTextAsync(".mud-main-content"));
        Assert.Contains("纳税信用及发票使用情况检查", await page.InnerTextAsync(".mud-main-content"));
        await Browser.OpenAsync(page, "/inspections/tasks");
        await page.WaitForSelectorAsync("[data-testid=task-table] >> text=企业登记事项及纳税信用部门联合抽查");

        // The joint task being inspected, and the finished one with its published results.
        await Browser.OpenAsync(page, joint!);
        await page.WaitForSelectorAsync("[data-testid=results-table] >> text=待确认");
        Assert.Contains("联合抽查", await page.InnerTextAsync(".mud-main-content"));
        await ShotAsync(page, "55-inspection-task-joint");
        await Browser.OpenAsync(page, done!);
        await page.WaitForSelectorAsync("[data-testid=results-table] >> text=已确认");
        Assert.Contains("公示于", await page.InnerTextAsync("[data-testid=results-table]"));
        await ShotAsync(page, "55-inspection-task-published");

        // 更正: a published result changes only with a reason, as a new version.
        await page.Locator("[data-testid=results-table] button:has-text('更正')").First.ClickAsync();
        await ChooseAsync(page, "更正后的检查结果 *", "发现问题已责令改正");
        await page.GetByLabel("更正理由 *").FillAsync("录入时误选结果类别，经复核更正");
        await page.ClickAsync(".mud-dialog >> button:has-text('更正并公示')");
        await page.WaitForSelectorAsync("[data-testid=results-table] >> text=已更正：录入时误选结果类别，经复核更正");
        Assert.Contains("第 2 版", await page.InnerTextAsync("[data-testid=results-table]"));

        await Browser.OpenAsync(page, "/inspections/plans");
        await page.WaitForSelectorAsync("[data-testid=plans-table] >> text=已公示");
        await ShotAsync(page, "56-inspection-plans");
        await page.ClickAsync("[data-testid=plan-new]");
        await page.WaitForSelectorAsync(".mud-dialog >> text=制定年度抽查计划");
        await ShotAsync(page, "56-inspection-plan-new");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByRole(AriaRole.Tab, new() { Name = "抽查事项清单" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=items-table] >> text=SD-LX-005");
        await ShotAsync(page, "56-inspection-items");
        await page.GetByRole(AriaRole.Button, new() { Name = "明码标价情况检查的操作" }).ClickAsync();
        await page.ClickAsync(".mud-popover-open >> text=修改");
        await page.WaitForSelectorAsync(".mud-dialog >> text=修改抽查事项");
        await ShotAsync(page, "56-inspection-item-edit");
        await page.Keyboard.PressAsync("Escape");

        // 导入: a file with mistakes imports nothing and lists every row error.
        var csv = Path.Combine(Path.GetTempPath(), $"items-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "事项编码,事项名称,检查依据,检查对象,检查方式,事项类别\n" +
            "SD-LX-101,广告发布情况检查,《中华人民共和国广告法》第四十九条,广告发布者,现场检查,一般检查事项\n" +
            "SD-LX-102,计量器具检查,,企业,上门检查,普通\n");
        try
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(csv);
            await page.WaitForSelectorAsync("[data-testid=import-errors]");
        }
        finally
        {
            File.Delete(csv);
        }

        var errors = await page.InnerTextAsync("[data-testid=import-errors]");
        Assert.Contains("上门检查", errors);
        Assert.Contains("第 3 行", errors);
        Assert.DoesNotContain("SD-LX-101", await page.InnerTextAsync("[data-testid=items-table]"));
        await ShotAsync(page, "56-inspection-items-import-errors");

        await Browser.OpenAsync(page, "/inspections/libraries");
        await page.Locator("[data-testid=library-preview]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=library-preview-result] >> text=未分类");
        await ShotAsync(page, "57-inspection-libraries");
        await page.Locator("[data-testid=libraries-table] button:has-text('修改')").First.ClickAsync();
        await page.WaitForSelectorAsync(".mud-dialog >> text=添加免检标签");
        await ShotAsync(page, "57-inspection-library-edit");
        await page.Keyboard.PressAsync("Escape");

        await Browser.OpenAsync(page, "/inspections/inspectors");
        await page.WaitForSelectorAsync("[data-testid=inspectors-table] >> text=今日请假");
        Assert.Contains("国家税务总局济南市历下区税务局", await page.InnerTextAsync("[data-testid=inspectors-table]"));
        await ShotAsync(page, "58-inspection-inspectors");
        await page.GetByRole(AriaRole.Button, new() { Name = "韩梅的操作" }).ClickAsync();
        await page.ClickAsync(".mud-popover-open >> text=申报利害关系");
        await page.WaitForSelectorAsync(".mud-dialog >> text=自动办理回避");
        await ShotAsync(page, "58-inspection-inspector-conflict");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByRole(AriaRole.Button, new() { Name = "韩梅的操作" }).ClickAsync();
        await page.ClickAsync(".mud-popover-open >> text=修改");
        await page.WaitForSelectorAsync(".mud-dialog >> text=修改：韩梅");
        await ShotAsync(page, "58-inspection-inspector-edit");
        await page.Keyboard.PressAsync("Escape");

        await Browser.OpenAsync(page, "/inspections/metrics");
        await page.WaitForSelectorAsync("[data-testid=metrics-unit] >> text=抽查覆盖率");
        await ShotAsync(page, "59-inspection-metrics");

        // An inspector reads the same pages without the organiser's buttons.
        var inspector = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(inspector, joint!);
        await inspector.WaitForSelectorAsync("[data-testid=targets-table]");
        Assert.Equal(0, await inspector.Locator("[data-testid=supplement]").CountAsync());
        Assert.Equal(0, await inspector.Locator("[data-testid=publish-results]").CountAsync());
        await Browser.OpenAsync(inspector, "/inspections/tasks");
        await inspector.WaitForSelectorAsync("[data-testid=task-table] >> text=食品经营者部门联合抽查");
        Assert.Equal(0, await inspector.Locator("[data-testid=task-new]").CountAsync());
    }

    /// <summary>Opens a MudSelect by its label and picks the option; a multi-select's list is closed again.</summary>
    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        if (await page.Locator(".mud-popover-open .mud-list-item").CountAsync() > 0) await page.ClickAsync(".mud-dialog .mud-dialog-title");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// From the top (the app bar is fixed), once colour transitions of changed chips have finished; then the snackbars
    /// are closed so the next screenshot shows only the next step's message.
    /// </summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.WaitForTimeoutAsync(400);
        await Browser.ShotAsync(page, name);
        await DismissAsync(page);
    }

    private static async Task DismissAsync(IPage page)
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
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hex64();
}
