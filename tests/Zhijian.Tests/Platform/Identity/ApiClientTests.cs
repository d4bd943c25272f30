using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Identity;

public sealed class ApiClientTests
{
    [Fact]
    public async Task The_cli_verb_creates_a_client_and_prints_a_key_that_authenticates_bound_to_its_org_unit()
    {
        await using var app = await ZhijianApp.StartAsync();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Zhijian.Host.dll");
        var psi = new ProcessStartInfo("dotnet", ["exec", hostDll, "admin", "create-api-client", "--name", "12345热线", "--org", "370102", "--scopes", "rules.read"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.Environment["ZHIJIAN_DB"] = app.Database.ConnectionString;
        psi.Environment["Zhijian__Outbox__Enabled"] = "false";
        psi.Environment["Zhijian__Database__SeedDemoData"] = "false"; // the database is seeded; the verb must not add the 20,000-entity demo registry
        psi.Environment["Zhijian__Demo__Entities"] = "0";
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        var key = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("zj_", StringComparison.Ordinal));
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        var me = await client.GetJsonAsync("/api/v1/me");
        Assert.Equal("api:12345热线", me.Str("name"));
        Assert.Equal("济南市历下区市场监督管理局", me.Str("orgUnitName"));
        Assert.Equal(new[] { "370102" }, me.GetProperty("divisions").EnumerateArray().Select(d => d.GetString()).ToArray());
        var stored = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().ApiClients.Single()));
        Assert.DoesNotContain(key, stored.KeyHash);
        Assert.Equal(64, stored.KeyHash.Length);
    }

    [Fact]
    public async Task A_wrong_key_gets_401_and_a_missing_scope_gets_403_in_Chinese()
    {
        await using var app = await ZhijianApp.StartAsync();
        var reader = await app.ApiClientAsync("370100", "rules.read");
        var forged = app.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", "zj_000000000000_notarealkey");

        var unauthorized = await forged.GetAsync("/api/v1/me");
        var forbidden = await reader.GetAsync("/api/v1/audit/verify");
        var allowed = await reader.GetAsync("/api/v1/rules/complaint.accept");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Contains("未登录或凭据无效", (await unauthorized.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("权限", (await forbidden.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_star_scope_grants_the_admin_endpoints_and_a_revoked_client_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var all = await app.ApiClientAsync("370100", "*");

        var verify = await all.GetJsonAsync("/api/v1/audit/verify");
        Assert.True(verify.GetProperty("ok").GetBoolean());

        await app.AsSystemAsync(async sp =>
        {
            var service = sp.GetRequiredService<Zhijian.Platform.Identity.ApiClientService>();
            var id = (await service.ListAsync(CancellationToken.None)).Single().Id;
            Assert.True((await service.RevokeAsync(id, CancellationToken.None)).IsSuccess);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await all.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_revocation_made_on_another_node_is_seen_within_the_cache_lifetime()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = await app.ApiClientAsync("370100", "*");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        // Another node revokes: this node's cache does not hear of it, and reads the client again after its lifetime.
        await app.Database.ExecuteAsync($"UPDATE {app.Database.PlatformTable("api_clients")} SET \"RevokedAt\" = \"CreatedAt\"");
        var cached = await client.GetAsync("/api/v1/me");
        app.Clock.Advance(Zhijian.Platform.Identity.ApiClientCache.Lifetime);
        var after = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode); // no database read per call within the lifetime
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Unknown_scopes_and_unknown_org_units_are_named_in_the_error()
    {
        await using var app = await ZhijianApp.StartAsync();

        var result = await app.AsSystemAsync(sp => sp.GetRequiredService<Zhijian.Platform.Identity.ApiClientService>()
            .CreateAsync("某系统", "999999", ["entities.fly"], CancellationToken.None));

        Assert.False(result.IsSuccess);
        Assert.Contains("机构“999999”不存在", result.ErrorText);
        Assert.Contains("权限范围“entities.fly”不存在", result.ErrorText);
    }
}
