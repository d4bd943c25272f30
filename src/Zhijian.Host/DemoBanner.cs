using Zhijian.Platform.Demo;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Host;

/// <summary>Prints the demo logins when the app runs with demo data (the README lists the same).</summary>
internal static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var storage = app.Services.GetRequiredService<StorageOptions>();
        if (!storage.SeedDemoData) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine();
            Console.WriteLine($"智监 Zhijian 已启动（数据库：{storage.Provider}）。演示账号，密码均为 {DemoData.Password}：");
            foreach (var (user, name, role, org) in DemoData.Users)
                Console.WriteLine($"  {user,-12} {name,-4}  {Roles.Chinese(role),-10}  机构 {org}");
            Console.WriteLine("访问：" + string.Join("  ", app.Urls));
            if (storage.SeedDemoInBackground && app.Services.GetRequiredService<DemoSeedProgress>().IsRunning)
                Console.WriteLine("演示数据（市场主体、信用、双随机、投诉、案件、指标）正在后台生成，现在即可登录；控制台顶部显示进度，生成完毕后提示消失。");
            Console.WriteLine();
        });
    }
}
