using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Xunit.Abstractions;
using Zhijian.Platform;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>The console's navigation and its pages' [Authorize] agree: no entry is shown to a role that the page refuses.</summary>
[Trait("Database", "any")] // the HTTP surface (routes, headers, authorization): the same on every engine, tested in the SQLite pass
public sealed class NavigationAuthorizationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_navigation_entry_opens_for_every_role_it_is_shown_to()
    {
        await using var app = await ZhijianApp.StartAsync();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();

        var failures = new List<string>();
        foreach (var entry in catalog.Navigation)
        {
            var page = PermissionsMatrixTests.PageType(app, entry.Href);
            if (page is null)
            {
                failures.Add($"导航“{entry.Group}/{entry.Title}”指向 {entry.Href}，没有该页面");
                continue;
            }

            var attributes = page.GetCustomAttributes<AuthorizeAttribute>().ToList();
            if (attributes.Count == 0 || page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            {
                failures.Add($"导航“{entry.Group}/{entry.Title}”指向的页面 {entry.Href} 不要求登录");
                continue;
            }

            var policy = (await AuthorizationPolicy.CombineAsync(policies, attributes))!;
            foreach (var (role, chinese) in Roles.All)
            {
                var shown = entry.Roles.Length == 0 || entry.Roles.Contains(role);
                var opens = (await authorization.AuthorizeAsync(Staff(role), policy)).Succeeded;
                if (shown && !opens) failures.Add($"导航“{entry.Group}/{entry.Title}”对{chinese}（{role}）可见，但页面 {entry.Href} 拒绝该角色");
                if (!shown && opens) output.WriteLine($"提示：{entry.Href} 允许{chinese}（{role}）打开，但导航不对其显示");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static ClaimsPrincipal Staff(string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "nav-test"), new Claim(ClaimTypes.Name, "nav-test"), new Claim(ClaimTypes.Role, role)],
        IdentityConstants.ApplicationScheme));
}
