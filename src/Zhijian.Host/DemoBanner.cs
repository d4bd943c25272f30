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
            Console.WriteLine();
        });
    }
}
