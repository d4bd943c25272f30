using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;
using Zhijian.Tests.Platform.Calendar;

namespace Zhijian.Tests.Security;

/// <summary>Issue 16, findings 1–4: a county can no longer take over the city.</summary>
public sealed class HierarchyTests
{
    private static Task<int> UnitId(ZhijianApp app, string code) =>
        app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<PlatformDbContext>().OrgUnits.Single(o => o.Code == code).Id));

    /// <summary>Runs console code as the demo user would through its pages (the actor is the user's own principal).</summary>
    private static async Task<T> AsUserAsync<T>(ZhijianApp app, string userName, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
        var principal = await sp.GetRequiredService<SignInManager<StaffUser>>().CreateUserPrincipalAsync(user!);
        sp.GetRequiredService<ActorContext>().Use(principal);
        return await action(sp);
    }

    private static async Task<string[]> Divisions(HttpClient client)
    {
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement;
        return [.. me.GetProperty("divisions").EnumerateArray().Select(d => d.GetString()!)];
    }

    [Fact]
    public async Task A_county_administrator_or_county_client_cannot_widen_its_own_unit_create_city_staff_or_mint_city_clients()
    {
        await using var app = await ZhijianApp.StartAsync();
        var lixia = await UnitId(app, "370102");
        var city = await UnitId(app, "370100");
        var countyAdmin = await app.LoginAsync("admin.lixia");
        var countyClient = await app.ApiClientAsync("370102", "*");
        var widen = new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370100" }, active = true };

        var byCookie = await countyAdmin.PutJsonAsync($"/api/v1/org-units/{lixia}", widen);
        var byKey = await countyClient.PutAsJsonAsync($"/api/v1/org-units/{lixia}", widen);
        var cityUnit = await countyClient.PutAsJsonAsync($"/api/v1/org-units/{city}", widen);

        Assert.Equal(HttpStatusCode.Forbidden, byCookie.StatusCode);
        Assert.Contains("不能修改本机构自身", (await byCookie.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.Forbidden, byKey.StatusCode);
        Assert.True(cityUnit.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, cityUnit.StatusCode.ToString());
        Assert.Equal(["370102"], await Divisions(countyAdmin.Http));

        // A city-level administrator created by a county (the console's staff page calls StaffService): refused, nothing written.
        var staff = await AsUserAsync(app, "admin.lixia", sp => sp.GetRequiredService<StaffService>().CreateAsync(
            new CreateStaff("evil.admin", "冒充管理员", city, ["admin"], "Zhijian@2026x", null, null), CancellationToken.None));
        Assert.False(staff.IsSuccess);
        Assert.Contains("不是本机构及其下级机构", staff.ErrorText);
        Assert.Equal(0, await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<PlatformDbContext>().Users.Count(u => u.UserName == "evil.admin"))));
        var listed = await AsUserAsync(app, "admin.lixia", sp => sp.GetRequiredService<StaffService>().ListAsync(null, CancellationToken.None));
        Assert.NotEmpty(listed);
        Assert.DoesNotContain(listed, s => s.OrgUnitId == city);
        var minted = await AsUserAsync(app, "admin.lixia", sp => sp.GetRequiredService<ApiClientService>().CreateAsync("冒充市局", "370100", ["*"], CancellationToken.None));
        Assert.False(minted.IsSuccess);
        var own = await AsUserAsync(app, "admin.lixia", sp => sp.GetRequiredService<StaffService>().CreateAsync(
            new CreateStaff("lixia.clerk", "历下区新同事", lixia, ["registrar"], "Zhijian@2026x", null, null), CancellationToken.None));
        Assert.True(own.IsSuccess, own.ErrorText);

        // The city administrator manages the county below it (the area stays inside the city's).
        var cityAdmin = await app.LoginAsync("admin");
        var outside = await cityAdmin.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370200" }, active = true });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var renamed = await cityAdmin.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局（测试）", coveredDivisions = new[] { "370102" }, active = true });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
    }

    [Fact]
    public async Task A_county_area_cannot_be_narrowed_past_its_stations()
    {
        await using var app = await ZhijianApp.StartAsync();
        var lixia = await UnitId(app, "370102");
        var city = await app.LoginAsync("admin");

        var narrowed = await city.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370103" }, active = true });

        Assert.Equal(HttpStatusCode.BadRequest, narrowed.StatusCode);
        Assert.Contains("市场监管所", (await narrowed.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task Sessions_end_when_their_unit_area_changes_so_a_widened_area_does_not_outlive_the_revert()
    {
        await using var app = await ZhijianApp.StartAsync();
        var lixia = await UnitId(app, "370102");
        var city = await app.LoginAsync("admin");
        var before = await app.LoginAsync("registrar");
        Assert.Equal(["370102"], await Divisions(before.Http));

        var wide = await city.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370102", "370103" }, active = true });
        Assert.Equal(HttpStatusCode.OK, wide.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/me")).StatusCode); // old claims: signed out

        var during = await app.LoginAsync("registrar");
        Assert.Equal(["370102", "370103"], (await Divisions(during.Http)).Order().ToArray());

        var revert = await city.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370102" }, active = true });
        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await during.GetAsync("/api/v1/entities?q=济南")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await during.GetAsync("/api/v1/me")).StatusCode);

        // An API key follows its unit on the very next request.
        var key = await app.ApiClientAsync("370102", "*");
        Assert.Equal(["370102"], await Divisions(key));
        await city.PutJsonAsync($"/api/v1/org-units/{lixia}", new { name = "济南市历下区市场监督管理局", coveredDivisions = new[] { "370102", "370103" }, active = true });
        Assert.Equal(["370102", "370103"], (await Divisions(key)).Order().ToArray());
    }

    [Fact]
    public async Task Only_administrators_of_the_top_unit_change_rule_settings_and_the_holiday_calendar()
    {
        await using var app = await ZhijianApp.StartAsync();
        var change = new { value = "12", effectiveFrom = "2026-12-01", note = "测试" };
        var countyAdmin = await app.LoginAsync("admin.lixia");
        var lixiaClient = await app.ApiClientAsync("370102", "*");
        var shizhongClient = await app.ApiClientAsync("370103", "*");
        var calendarClient = await app.ApiClientAsync("370103", "calendar.write");

        foreach (var response in new[]
        {
            await countyAdmin.PostJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", change),
            await lixiaClient.PostAsJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", change),
            await shizhongClient.PostAsJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", change),
            await shizhongClient.PutAsJsonAsync("/api/v1/calendar/years/2027", CalendarApiTests.Schedule2027("2027-01-30")),
            await calendarClient.PutAsJsonAsync("/api/v1/calendar/years/2027", CalendarApiTests.Schedule2027("2027-01-30")),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var rule = await app.LoginAsync("admin").ContinueWith(t => t.Result.PostJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", change)).Unwrap();
        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        Assert.Equal("本地", (await rule.ReadJsonAsync()).Str("level"));
        var cityCalendar = await app.ApiClientAsync("370100", "calendar.write");
        Assert.Equal(HttpStatusCode.OK, (await cityCalendar.PutAsJsonAsync("/api/v1/calendar/years/2027", CalendarApiTests.Schedule2027("2027-01-30"))).StatusCode);
    }
}
