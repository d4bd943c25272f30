using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>The 工作台's to-do list and the menu over the demo data: what a section chief and a complaint handler see first.</summary>
public sealed class TodoTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_chief_the_complaint_handler_and_the_case_handler_see_their_to_do_lists_on_the_workbench_with_a_menu_badge()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);

        foreach (var (user, shot) in new[] { ("chief", "todo-01-chief-home"), ("complaint", "todo-02-complaint-home"), ("casehandler", "todo-04-casehandler-home") })
        {
            var page = await browser.LoginAsync(app.ServerAddress!, user);
            await page.WaitForSelectorAsync("[data-testid=todo-counts]");
            await Browser.ShotAsync(page, shot);

            var panel = await page.InnerTextAsync("[data-testid=home-todo]");
            Assert.Contains("我的待办", panel);
            foreach (var kind in new[] { "已超期", "今日到期", "3个工作日内到期", "待我审批", "退回给我" }) Assert.Contains(kind, panel);
            Assert.DoesNotContain("暂时无法读取", panel);
            var items = await page.Locator("[data-testid=todo-item]").CountAsync();
            Assert.True(items > 0, $"{user} 的工作台没有待办事项：{panel}");
            var badge = await page.InnerTextAsync("[data-testid=nav-todo-badge]");
            Assert.True(int.Parse(badge, System.Globalization.CultureInfo.InvariantCulture) >= items, $"菜单角标 {badge}，列表 {items} 项");
            Assert.Contains("工作台", await page.InnerTextAsync(".zj-nav"));

            // A to-do item leads to its record.
            var first = page.Locator("[data-testid=todo-item] a").First;
            var href = await first.GetAttributeAsync("href");
            await first.ClickAsync();
            await page.WaitForURLAsync("**" + href!.Split('?')[0] + "*");
            await page.WaitForSelectorAsync("[data-interactive=yes]");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task One_menu_entry_is_highlighted_on_a_page_under_another_entrys_address()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var page = await browser.LoginAsync(app.ServerAddress!, "chief");

        foreach (var (path, title) in new[] { ("/cases/clues", "案件线索"), ("/complaints/sla", "期限与统计"), ("/entities/licences", "许可到期"), ("/cases", "我的案件") })
        {
            await Browser.OpenAsync(page, path);
            var active = page.Locator(".zj-nav a.active");
            await Assertions.Expect(active).ToHaveCountAsync(1);
            Assert.Contains(title, await active.InnerTextAsync());
        }

        await Browser.ShotAsync(page, "todo-03-menu-one-active");
        await page.ClickAsync(".zj-nav >> text=诉求列表");
        await page.WaitForURLAsync("**/complaints");
        await Assertions.Expect(page.Locator(".zj-nav a.active")).ToHaveCountAsync(1);
    }
}
