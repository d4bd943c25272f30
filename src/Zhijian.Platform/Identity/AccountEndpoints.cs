using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Zhijian.Platform.Identity;

/// <summary>Cookie login and logout for the staff console (the form lives on the static login page).</summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] LoginForm form, SignInManager<StaffUser> signIn, UserManager<StaffUser> users,
            ILoggerFactory logs) =>
        {
            var returnUrl = Web.SecurityHeaders.IsLocalPath(form.ReturnUrl) ? form.ReturnUrl! : "/";
            string Back(string error) =>
                $"/account/login?error={Uri.EscapeDataString(error)}&returnUrl={Uri.EscapeDataString(returnUrl)}&userName={Uri.EscapeDataString(form.UserName ?? "")}";

            if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
                return Results.Redirect(Back("请输入用户名和密码"));
            var user = await users.FindByNameAsync(form.UserName.Trim());
            if (user is { Active: false }) return Results.Redirect(Back("该账户已停用，请联系系统管理员"));
            var result = user is null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.Redirect(returnUrl);
            logs.CreateLogger("Zhijian.Account").LogWarning("Failed login (locked out: {Locked})", result.IsLockedOut);
            return Results.Redirect(Back(result.IsLockedOut
                ? "连续登录失败次数过多，账户已锁定 15 分钟；如需立即解锁请联系系统管理员"
                : "用户名或密码错误"));
        }).AllowAnonymous().ExcludeFromDescription();

        // Logout changes state: like every form post it needs the antiforgery token (the console's 退出 form sends it),
        // so another site cannot sign a user out.
        app.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(statusCode: 400, title: "请求已失效", detail: "退出请求缺少有效的防伪令牌，请刷新页面后重试。");
            await signIn.SignOutAsync();
            return Results.Redirect("/account/login");
        }).DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>The login form's fields.</summary>
    public sealed class LoginForm
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }
    }
}
