using System.Net;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Identity;

public sealed class LoginTests
{
    [Fact]
    public async Task Demo_admin_logs_in_and_sees_the_admin_navigation_while_an_inspector_does_not()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var inspector = await app.LoginAsync("inspector");

        var adminHome = await admin.PageAsync("/");
        var inspectorHome = await inspector.PageAsync("/");

        Assert.Contains("王建国", adminHome);
        Assert.Contains("济南市市场监督管理局", adminHome);
        Assert.Contains("/admin/org-units", adminHome);
        Assert.Contains("张伟", inspectorHome);
        Assert.Contains("济南市历下区市场监督管理局", inspectorHome);
        Assert.DoesNotContain("/admin/org-units", inspectorHome);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Chinese_message_and_five_failures_lock_the_account()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var first = await ZhijianApp.PostLoginAsync(client, "registrar", "Wrong@password1");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await client.GetStringAsync(first.Headers.Location!);
        Assert.Contains("用户名或密码错误", page);

        for (var i = 0; i < 4; i++) await ZhijianApp.PostLoginAsync(client, "registrar", "Wrong@password1");
        var locked = await ZhijianApp.PostLoginAsync(client, "registrar", Zhijian.Platform.Identity.DemoData.Password);
        Assert.Contains("error=", locked.Headers.Location!.OriginalString);
        Assert.Contains("锁定", Uri.UnescapeDataString(locked.Headers.Location.OriginalString));
    }

    [Fact]
    public async Task Console_pages_send_anonymous_visitors_to_the_login_page_and_the_api_answers_401_in_Chinese()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var page = await client.GetAsync("/admin/org-units");
        var api = await client.GetAsync("/api/v1/org-units");

        Assert.True(page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found || (await page.Content.ReadAsStringAsync()).Contains("/account/login"));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("未登录", (await api.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task Public_portal_and_health_need_no_login()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var portal = await client.GetStringAsync("/gs");
        var health = await client.GetJsonAsync("/health");
        var openApi = await client.GetJsonAsync("/openapi/v1.json");

        Assert.Contains("市场监管信息公示", portal);
        Assert.Equal("Healthy", health.Str("status"));
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/codes/uscc/{code}", out _));
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/audit/verify", out _));
    }
}
