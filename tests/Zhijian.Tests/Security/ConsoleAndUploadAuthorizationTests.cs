using System.Net;
using System.Net.Http.Json;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>Authorization bugs the permissions matrix found, each pinned by its own test.</summary>
public sealed class ConsoleAndUploadAuthorizationTests
{
    [Fact]
    public async Task An_API_key_opens_no_console_page_whatever_its_scopes()
    {
        await using var app = await ZhijianApp.StartAsync();
        var narrow = await app.ApiClientAsync("370100", "rules.read");
        var everything = await app.ApiClientAsync("370102", "*");

        foreach (var (client, page) in new[] { (narrow, "/entities"), (narrow, "/credit/records"), (everything, "/complaints"), (everything, "/dashboard") })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // The same keys still work on the API.
        Assert.Equal(HttpStatusCode.OK, (await narrow.GetAsync("/api/v1/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await everything.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task A_county_administrator_cannot_replace_the_platform_wide_risk_model()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        var city = await app.LoginAsync("admin");
        var model = await city.GetJsonAsync("/api/v1/credit/risk/model");

        var refused = await county.PutJsonAsync("/api/v1/credit/risk/model", model);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("最高一级机构", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The city's administrator gets past authorization (the same version is a conflict, not a refusal).
        Assert.Equal(HttpStatusCode.Conflict, (await city.PutJsonAsync("/api/v1/credit/risk/model", model)).StatusCode);
    }

    [Fact]
    public async Task Uploads_are_refused_before_they_are_read_for_roles_that_may_not_act()
    {
        await using var app = await ZhijianApp.StartAsync();
        var legal = await app.LoginAsync("legal"); // reads cases and indicators, may neither attach files nor import plans
        var reader = await app.ApiClientAsync("370100", "indicators.read");

        using var caseFile = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%%EOF"u8.ToArray()), "file", "a.pdf" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await legal.Http.PostAsync("/api/v1/cases/1/files", caseFile)).StatusCode);

        using var plan = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "plan.csv" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/v1/indicators/plans/import?code=P&name=P", plan)).StatusCode);
    }
}
