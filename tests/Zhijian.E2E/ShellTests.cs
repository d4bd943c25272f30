using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

public sealed class ShellTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_city_admin_sees_the_console_with_system_administration()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        await Browser.SubmitLoginAsync(page, "admin");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.WaitForSelectorAsync("text=组织机构");
        await Browser.ShotAsync(page, "01-admin-home");

        Assert.Contains("王建国", await page.InnerTextAsync("[data-testid=current-user]"));
        Assert.Contains("系统管理", await page.InnerTextAsync(".zj-nav"));
        Assert.Contains("审计记录", await page.InnerTextAsync(".zj-nav"));

        await page.ClickAsync("text=组织机构");
        await page.WaitForSelectorAsync("text=济南市历下区市场监督管理局");
        await Browser.ShotAsync(page, "02-admin-org-units");
        Assert.Contains("济南市商河县市场监督管理局", await page.ContentAsync());
    }

    [Fact]
    public async Task An_inspector_sees_the_shell_without_administration()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        await Browser.SubmitLoginAsync(page, "inspector");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await Browser.ShotAsync(page, "03-inspector-home");

        Assert.Contains("张伟", await page.InnerTextAsync("[data-testid=current-user]"));
        Assert.Contains("济南市历下区市场监督管理局", await page.InnerTextAsync("[data-testid=current-user]"));
        Assert.DoesNotContain("系统管理", await page.InnerTextAsync(".zj-nav"));

        await page.GotoAsync("/admin/org-units");
        await page.WaitForSelectorAsync("text=权限");
        Assert.Contains("没有访问此页面的权限", await page.ContentAsync());
    }

    [Fact]
    public async Task A_wrong_password_shows_a_Chinese_error_and_logout_returns_to_login()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        await Browser.SubmitLoginAsync(page, "registrar", "Wrong@pass123");
        await page.WaitForSelectorAsync("[data-testid=login-error]");
        await Browser.ShotAsync(page, "04-login-error");
        Assert.Contains("用户名或密码错误", await page.InnerTextAsync("[data-testid=login-error]"));

        await Browser.SubmitLoginAsync(page, "registrar");
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        await page.ClickAsync("text=退出");
        await page.WaitForURLAsync("**/account/login", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("text=工作人员登录");
    }

    [Fact]
    public async Task The_public_portal_renders_without_login()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        await page.GotoAsync("/gs");
        await Browser.ShotAsync(page, "05-portal-home");

        Assert.Contains("市场监管信息公示", await page.InnerTextAsync("h1"));
    }
}
