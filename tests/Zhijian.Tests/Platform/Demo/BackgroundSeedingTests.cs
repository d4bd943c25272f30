using System.Net;
using Zhijian.Platform.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Demo;

/// <summary>
/// The run command's first start: the login answers while the modules' demo data is still being generated in the background,
/// the console says how far it got, and the progress reaches done with the whole demo there.
/// </summary>
public sealed class BackgroundSeedingTests
{
    [Fact]
    public async Task The_login_answers_while_the_demo_is_generated_and_the_progress_reaches_done()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1500, seedInBackground: true);
        var progress = app.Services.GetRequiredService<DemoSeedProgress>();

        var login = await app.Anonymous().GetAsync("/account/login");
        var admin = await app.LoginAsync("admin");
        var home = await admin.PageAsync("/");
        var during = progress.Current;

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(DemoSeedState.Running, during.State); // still generating after the login page, a login and a console page
        Assert.Contains("演示数据正在生成", home);
        Assert.StartsWith("演示数据正在生成（第 ", during.Notice);

        var final = await progress.Finished.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(DemoSeedState.Done, final.State);
        Assert.Empty(final.FailedModules);
        Assert.Equal(final.ModuleCount, final.ModuleNumber);
        Assert.Equal("", final.Notice);
        Assert.DoesNotContain("演示数据正在生成", await admin.PageAsync("/"));

        // The whole demo is there: the registry of the configured size, and the modules that build on it.
        var registry = await admin.GetJsonAsync("/api/v1/entities?pageSize=1");
        Assert.Equal(1500, registry.GetProperty("total").GetInt32());
        var leader = await app.LoginAsync("leader");
        Assert.True((await leader.GetJsonAsync("/api/v1/complaints?size=1")).GetProperty("total").GetInt32() >= 150);
    }

    [Fact]
    [Trait("Database", "none")]
    public void The_notice_names_the_step_and_how_far_it_got_and_a_failure_names_the_module()
    {
        var progress = new DemoSeedProgress();
        Assert.Equal(DemoSeedState.Idle, progress.Current.State);
        Assert.Equal("", progress.Current.Notice);

        progress.BeginModule("市场主体库", 2, 7);
        progress.Report("市场主体", 12_000, 20_000);
        Assert.Equal("演示数据正在生成（第 2/7 项）：市场主体 12,000 / 20,000。页面数据会陆续出现，可正常使用。", progress.Current.Notice);
        progress.BeginModule("信用监管", 3, 7);
        Assert.Equal("演示数据正在生成（第 3/7 项）：信用监管。页面数据会陆续出现，可正常使用。", progress.Current.Notice);

        progress.ModuleFailed("信用监管");
        progress.BeginModule("双随机、一公开", 4, 7);
        progress.Finish();
        Assert.True(progress.Finished.IsCompleted);
        Assert.Equal(DemoSeedState.Failed, progress.Current.State);
        Assert.Equal("部分演示数据未能生成（信用监管），详情见服务器日志；其余功能可正常使用。", progress.Current.Notice);
        progress.Report("市场主体", 1, 2); // a late report after the end changes nothing
        Assert.Equal(DemoSeedState.Failed, progress.Current.State);
    }
}
