using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>Issue 16, findings 6, 12, 13 and 14.</summary>
[Trait("Database", "any")] // the HTTP surface (routes, headers, authorization): the same on every engine, tested in the SQLite pass
public sealed partial class WebHardeningTests
{
    [Theory]
    [InlineData("/\t/127.0.0.1:54999/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("/\\evil.example/phish", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/ /evil.example", "/")]
    [InlineData("/complaints?state=overdue", "/complaints?state=overdue")]
    public async Task After_login_the_browser_goes_only_to_a_path_on_this_site(string returnUrl, string expected)
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var response = await ZhijianApp.PostLoginAsync(client, "registrar", Zhijian.Platform.Identity.DemoData.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Console_portal_and_API_send_security_headers_and_the_session_cookie_is_secure_behind_a_TLS_proxy()
    {
        await using var app = await ZhijianApp.StartAsync();
        var anonymous = app.Anonymous();
        foreach (var url in new[] { "/gs", "/account/login", "/api/v1/codes/uscc/91350100M000100Y43" })
        {
            var r = await anonymous.GetAsync(url);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", r.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
            var csp = r.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
        }

        // Behind a TLS-terminating proxy (X-Forwarded-Proto: https) every cookie is Secure.
        var proxied = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var form = await proxied.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "registrar",
                ["Password"] = Zhijian.Platform.Identity.DemoData.Password,
                ["ReturnUrl"] = "/",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value),
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var login = await proxied.SendAsync(post);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zhijian.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single());

        var plain = app.Anonymous();
        var plainLogin = await ZhijianApp.PostLoginAsync(plain, "registrar", Zhijian.Platform.Identity.DemoData.Password);
        Assert.DoesNotContain("secure", plainLogin.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zhijian.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_needs_the_antiforgery_token_of_the_console_page()
    {
        await using var app = await ZhijianApp.StartAsync();
        var user = await app.LoginAsync("registrar");

        var forged = await user.Http.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/me")).StatusCode);

        var page = await user.PageAsync("/");
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var real = await user.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Deleting_the_newest_audit_entries_after_an_anchor_is_reported_as_truncation()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        for (var i = 0; i < 3; i++)
            await admin.PostJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", new { value = (11 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), effectiveFrom = "2026-12-01", note = "测试锚点" });
        var anchor = await app.AsSystemAsync(sp => sp.GetRequiredService<AuditAnchors>().AnchorAsync(sp.GetRequiredService<PlatformDbContext>(), CancellationToken.None));
        Assert.NotNull(anchor);
        var intact = await admin.GetJsonAsync("/api/v1/audit/verify");
        Assert.True(intact.GetProperty("ok").GetBoolean());
        Assert.Equal(anchor.Seq, intact.GetProperty("anchoredThrough").GetInt64());

        await app.Database.ExecuteAsync($"DELETE FROM {app.Database.PlatformTable("audit_entries")} WHERE \"Seq\" > {anchor.Seq - 3}");

        var verify = await admin.GetJsonAsync("/api/v1/audit/verify");
        Assert.False(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(anchor.Seq - 3, verify.GetProperty("entries").GetInt64());
        Assert.Contains("截断", verify.Str("reason"));

        // Rewriting the anchor file instead is seen too.
        var lines = await File.ReadAllLinesAsync(app.Database.AnchorFile);
        lines[0] = lines[0].Replace("\"seq\":", "\"seq\":1", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(app.Database.AnchorFile, lines);
        var edited = await admin.GetJsonAsync("/api/v1/audit/verify");
        Assert.False(edited.GetProperty("ok").GetBoolean());
        Assert.Contains("审计锚点文件第 2 行被改动或损坏", edited.Str("reason")); // line 2 no longer chains to the edited line 1
    }

    [Fact]
    public async Task Started_from_another_working_folder_the_built_app_serves_its_static_files()
    {
        if (TestDatabase.CurrentKind != DatabaseKind.Sqlite) return; // a process test, once per suite
        var testBin = AppContext.BaseDirectory; // tests/Zhijian.Tests/bin/<Config>/net10.0/
        var config = new DirectoryInfo(testBin).Parent!.Name;
        var root = Path.GetFullPath(Path.Combine(testBin, "../../../../.."));
        var dll = Path.Combine(root, "src/Zhijian.Host/bin", config, "net10.0/Zhijian.Host.dll");
        Assert.True(File.Exists(dll), dll);
        var work = Directory.CreateTempSubdirectory("zhijian-cwd-");
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0))
        {
            l.Start();
            port = ((IPEndPoint)l.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ZHIJIAN_DB"] = $"Data Source={Path.Combine(work.FullName, "db", "z.db")}";
        start.Environment["Zhijian__Database__SeedDemoData"] = "false";
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var deadline = DateTime.UtcNow.AddSeconds(180);
            while (true)
            {
                try
                {
                    if ((await http.GetAsync("/health")).IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                Assert.False(process.HasExited, "the app exited");
                Assert.True(DateTime.UtcNow < deadline, "the app did not start in 180 s");
                await Task.Delay(500);
            }

            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/_framework/blazor.web.js")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/css/app.css")).StatusCode);
            Assert.False(Directory.Exists(Path.Combine(work.FullName, "data")), "nothing is written relative to the working folder");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            work.Delete(recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
