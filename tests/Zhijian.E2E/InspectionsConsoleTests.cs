using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 双随机、一公开 as the section chief 赵磊 runs it on the console, on the demo data (历下区): the draw ceremony of the task
/// waiting for its draw (a recorded witness, the declared public value, the draw refused before its moment, the officers'
/// own draw), then the other console pages (screenshots 50–59 to look at).
/// </summary>
[RunsLong(207)]
public sealed partial class InspectionsConsoleTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>
    /// Enough demo entities that 历下区 has the 200 active ones the demo inspections need: the size of the portal journey and
    /// of DemoDrawTests, at the suite's default date (Monday 2026-11-23), so that the three share one seeded template.
    /// </summary>
    private const int DemoEntities = 3000;

    [Fact]
    public async Task The_section_chief_declares_the_public_value_draws_after_the_moment_and_staffs_the_targets_by_their_own_draw()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: DemoEntities);
        var page = await browser.LoginAsync(app.ServerAddress!, "chief");

        // 监督人员名录: the people who give the public value are recorded before anyone names them in a declaration.
        await Browser.OpenAsync(page, "/inspections/inspectors");
        await page.ClickAsync("[data-testid=witness-new]");
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("姓名 *").FillAsync("赵敏");
        await dialog.GetByLabel("工作单位 *").FillAsync("历下区人大常委会");
        await dialog.GetByLabel("身份 *").FillAsync("人大代表");
        await page.ClickAsync("[data-testid=witness-save]");
        await page.WaitForSelectorAsync("[data-testid=witnesses-table] >> text=历下区人大常委会");
        await ShotAsync(page, "50-inspection-witnesses");

        await Browser.OpenAsync(page, "/inspections/tasks");
        var task = page.Locator("[data-testid=task-table] a", new() { HasText = "个体工商户明码标价专项抽查" });
        await task.WaitForAsync();
        var href = await task.GetAttributeAsync("href");
        Assert.Matches(@"^/inspections/tasks/\d+$", href);

        // 冻结名录: the declaration (source, moment, witnesses) is made with the freeze; the earliest moment is the next working day.
        await Browser.OpenAsync(page, href!);
        await page.WaitForSelectorAsync("[data-testid=draw-preview]");
        Assert.Contains("待抽取", await page.InnerTextAsync("[data-testid=task-status]"));
        await page.ClickAsync("[data-testid=draw-commit]");
        var form = page.Locator("[data-testid=commit-form]");
        Assert.Contains("2026-11-24 00:00", await page.InnerTextAsync("[data-testid=declaration-earliest]"));
        Assert.Equal("上海证券交易所 上证指数 2026-11-24 收盘点位", await form.GetByLabel("公开值来源 *").InputValueAsync());
        await page.ClickAsync("[data-testid=draw-commit-confirm]");
        await page.WaitForSelectorAsync("[data-testid=commit-form] >> text=请至少指定一名监督人员");
        await form.GetByLabel("赵敏（历下区人大常委会，人大代表）").CheckAsync();
        await ShotAsync(page, "51-inspection-freeze-declaration");
        await page.ClickAsync("[data-testid=draw-commit-confirm]");
        var question = await page.Locator(".mud-dialog").InnerTextAsync();
        Assert.Contains("历下区个体工商户", question);
        Assert.Contains("赵敏", question);
        await page.ClickAsync(".mud-dialog >> button:has-text('冻结名录')");
        var commitment = await page.Locator("[data-testid=commitment]").InnerTextAsync();
        Assert.Matches(Hex64(), commitment.Trim());

        // Before the declared moment the draw is refused: the value fields and the button are disabled, and the card says when.
        var card = page.Locator("[data-testid=draw-1]");
        Assert.Contains("2026-11-24 15:00", await card.Locator("[data-testid=draw-not-yet]").InnerTextAsync());
        await Assertions.Expect(card.Locator("[data-testid=draw-run]")).ToBeDisabledAsync();
        Assert.Contains("覆盖名录库的筛选条件", await card.InnerTextAsync());
        await ShotAsync(page, "52-inspection-task-committed");

        // 作废: a frozen, undrawn draw is cancelled only with a reason, and the list is frozen again (the main draw is now seq 2).
        await card.Locator("[data-testid=draw-cancel]").ClickAsync();
        await page.ClickAsync("[data-testid=cancel-confirm]");
        await page.WaitForSelectorAsync(".mud-dialog >> text=作废理由（将随抽取记录公示）不能为空");
        await page.Locator(".mud-dialog").GetByLabel("作废理由 *").FillAsync("声明的监督人员当日因公出差，改期重新冻结");
        await page.ClickAsync("[data-testid=cancel-confirm]");
        await card.Locator("[data-testid=draw-cancelled] >> text=改期重新冻结").WaitForAsync();
        Assert.Contains("已作废", await card.Locator("[data-testid=draw-status]").InnerTextAsync());
        await page.ClickAsync("[data-testid=draw-commit]");
        await form.GetByLabel("赵敏（历下区人大常委会，人大代表）").CheckAsync();
        await page.ClickAsync("[data-testid=draw-commit-confirm]");
        await page.ClickAsync(".mud-dialog >> button:has-text('冻结名录')");
        card = page.Locator("[data-testid=draw-2]");
        Assert.Contains("第 2 次抽取（主抽取）", await card.InnerTextAsync());
        await Assertions.Expect(card.Locator("[data-testid=draw-run]")).ToBeDisabledAsync();

        // Two days on, the closing value exists: the witness gives it and the draw is made (the sign-in of two days ago has expired).
        app.Clock.Advance(TimeSpan.FromDays(2));
        page = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(page, href!);
        card = page.Locator("[data-testid=draw-2]");
        await card.GetByLabel("赵敏 提供的公开值 *").FillAsync("3391.27");
        await card.GetByLabel("赵敏 提供的公开值 *").PressAsync("Tab");
        await card.Locator("[data-testid=draw-run]").ClickAsync();
        await page.ClickAsync(".mud-dialog >> button:has-text('摇号')");
        var secret = await card.Locator("[data-testid=secret]").InnerTextAsync();
        Assert.Matches(Hex64(), secret.Trim());
        Assert.Contains("已核对", await card.InnerTextAsync());
        Assert.Contains("3391.27", await card.Locator("[data-testid=witness-value]").InnerTextAsync());
        await page.WaitForSelectorAsync("[data-testid=targets-table] >> text=尚未分派");
        var targets = await page.Locator("[data-testid=targets-table] tbody tr").CountAsync();
        Assert.True(targets > 0);
        await ShotAsync(page, "53-inspection-task-drawn");

        // 补抽 only on a ground the system can show: an entity still 存续 is refused with the reason beside the form.
        await page.ClickAsync("[data-testid=supplement]");
        var panel = page.Locator("[data-testid=supplement-form]");
        await panel.GetByLabel("登记状态已变更（注销、吊销、迁出）").CheckAsync();
        await page.Locator("[data-testid=targets-table] tbody tr").First.Locator("input[type=checkbox]").CheckAsync();
        await panel.GetByLabel("赵敏（历下区人大常委会，人大代表）").CheckAsync();
        await page.ClickAsync("[data-testid=supplement-confirm]");
        await page.ClickAsync(".mud-dialog >> button:has-text('冻结补抽名录')");
        await page.WaitForSelectorAsync("[data-testid=supplement-error] >> text=仍为存续");
        await ShotAsync(page, "54-inspection-supplement-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        // 分派人员: the officers' lists are frozen with their own declaration and drawn after its moment.
        await page.ClickAsync("[data-testid=assign]");
        var freeze = page.Locator("[data-testid=officer-freeze-form]");
        await freeze.GetByLabel("赵敏（历下区人大常委会，人大代表）").CheckAsync();
        await page.ClickAsync("[data-testid=officer-freeze-confirm]");
        await page.ClickAsync(".mud-dialog >> button:has-text('冻结人员名单')");
        var officers = page.Locator("[data-testid=officer-draw-1]");
        Assert.Contains("2026-11-26 15:00", await officers.Locator("[data-testid=draw-not-yet]").InnerTextAsync());
        await Assertions.Expect(officers.Locator("[data-testid=draw-run]")).ToBeDisabledAsync();
        await ShotAsync(page, "54-inspection-officer-draw-committed");

        app.Clock.Advance(TimeSpan.FromDays(2));
        page = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(page, href!);
        officers = page.Locator("[data-testid=officer-draw-1]");
        await officers.GetByLabel("赵敏 提供的公开值 *").FillAsync("3402.15");
        await officers.GetByLabel("赵敏 提供的公开值 *").PressAsync("Tab");
        await officers.Locator("[data-testid=draw-run]").ClickAsync();
        await page.ClickAsync(".mud-dialog >> button:has-text('摇号')");
        await officers.Locator("[data-testid=officer-secret]").WaitForAsync();
        Assert.Contains("已核对", await officers.InnerTextAsync());
        await Assertions.Expect(page.Locator("[data-testid=officer]")).ToHaveCountAsync(2 * targets);
        await Assertions.Expect(page.Locator("[data-testid=assign]")).ToHaveCountAsync(0);
        Assert.Contains("检查中", await page.InnerTextAsync("[data-testid=task-status]"));
        await ShotAsync(page, "55-inspection-task-assigned");

        // 回避 frees the place: the next officer draw staffs it.
        await page.Locator("[data-testid=targets-table] button:has-text('回避')").Last.ClickAsync();
        await page.GetByLabel("回避理由 *").FillAsync("与该经营者系近亲属");
        await page.ClickAsync(".mud-dialog >> button:has-text('登记回避')");
        await page.WaitForSelectorAsync("[data-testid=targets-table] >> text=回避：与该经营者系近亲属");
        await page.WaitForSelectorAsync("[data-testid=awaiting-officer], [data-testid=no-officer]");
        await Assertions.Expect(page.Locator("[data-testid=officer]")).ToHaveCountAsync(2 * targets - 1);

        // The portal shows the declaration, the witness's value and the officer draw with its JSON.
        await page.GotoAsync(href!.Replace("/inspections/tasks/", "/gs/inspections/tasks/", StringComparison.Ordinal));
        Assert.Contains("改期重新冻结", await page.InnerTextAsync("[data-testid=gs-cancelled-1]"));
        Assert.Contains("上证指数 2026-11-24 收盘点位", await page.InnerTextAsync("[data-testid=gs-draw-2]"));
        Assert.Contains("3391.27", await page.InnerTextAsync("[data-testid=gs-witnesses-2]"));
        Assert.Contains("已摇号", await page.InnerTextAsync("[data-testid=gs-officer-draw-1]"));
        await page.WaitForSelectorAsync("[data-testid=gs-officer-json-1]");
        await ShotAsync(page, "56-inspection-portal-task");
    }

    [Fact]
    public async Task The_console_pages_show_the_demo_plans_libraries_inspectors_and_metrics()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: DemoEntities);
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
        await page.GetByLabel("检查开始日期 *").FillAsync("2026-12-01");
        await page.GetByLabel("检查开始日期 *").PressAsync("Tab");
        await page.GetByLabel("检查结束日期 *").FillAsync("2026-12-31");
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
            await Browser.SetFilesAsync(page.Locator("input[type=file]"), csv);
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
