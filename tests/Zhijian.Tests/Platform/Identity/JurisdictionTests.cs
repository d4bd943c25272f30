using System.Net;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Identity;

public sealed class JurisdictionTests
{
    [Theory]
    [InlineData("370000", "37")]
    [InlineData("370100", "3701")]
    [InlineData("370102", "370102")]
    [InlineData("110101", "110101")]
    [InlineData("370102001", "370102001")]
    public void Scope_prefix_drops_the_trailing_zero_pairs_of_a_province_or_city_code(string code, string prefix) =>
        Assert.Equal(prefix, Jurisdiction.ScopePrefix(code));

    [Theory]
    [InlineData("370100", "370102", true)]
    [InlineData("370100", "370102003", true)]
    [InlineData("370102", "370103", false)]
    [InlineData("370102", "370102003", true)]
    [InlineData("370100", "371300", false)]
    public void A_unit_covers_records_in_its_subtree_only(string unit, string record, bool covered) =>
        Assert.Equal(covered, Jurisdiction.For([unit]).Covers(record));

    /// <summary>PostgreSQL asks the prefixes as <c>LIKE ANY</c>: a wildcard in a prefix must match only itself.</summary>
    [Theory]
    [InlineData("3701", "3701%")]
    [InlineData("370102001", "370102001%")]
    [InlineData("37_1", "37\\_1%")]
    [InlineData("37%1", "37\\%1%")]
    [InlineData("37\\1", "37\\\\1%")]
    public void Like_patterns_end_in_one_wildcard_and_escape_the_rest(string prefix, string pattern) =>
        Assert.Equal([pattern], new Jurisdiction(false, [prefix]).LikePatterns);

    [Fact]
    public async Task A_county_admin_sees_only_its_own_bureau_and_stations_while_the_city_admin_sees_all()
    {
        await using var app = await ZhijianApp.StartAsync();
        var city = await app.LoginAsync("admin");
        var county = await app.LoginAsync("admin.lixia");

        var all = (await city.GetJsonAsync("/api/v1/org-units")).EnumerateArray().Select(o => o.Str("code")).ToList();
        var own = (await county.GetJsonAsync("/api/v1/org-units")).EnumerateArray().Select(o => o.Str("code")).ToList();

        Assert.Contains("370100", all);
        Assert.Contains("370112", all);
        Assert.Equal(13 + 3, all.Count); // 市局 + 12 县区局 + 3 所
        Assert.Contains("370102", own);
        Assert.DoesNotContain("370100", own);
        Assert.DoesNotContain("370112", own);
        Assert.All(own, c => Assert.StartsWith("370102", c));
        Assert.Equal(3, own.Count); // 历下区局 + its 2 stations
    }

    [Fact]
    public async Task A_county_admin_cannot_create_a_unit_under_another_county_nor_cover_a_division_outside_its_own()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        var lichengId = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().OrgUnits.Single(o => o.Code == "370112").Id));
        var lixiaId = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().OrgUnits.Single(o => o.Code == "370102").Id));

        var foreign = await county.PostJsonAsync("/api/v1/org-units", new { parentId = lichengId, code = "X1", name = "测试所", divisionCode = "370112" });
        var outside = await county.PostJsonAsync("/api/v1/org-units", new { parentId = lixiaId, code = "X2", name = "测试所", divisionCode = "370103" });
        var unknown = await county.PostJsonAsync("/api/v1/org-units", new { parentId = lixiaId, code = "X3", name = "测试所", divisionCode = "379999" });

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("上级机构不存在或不在您的管辖范围内", (await foreign.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("不在上级机构", (await outside.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("379999", (await unknown.ReadJsonAsync()).ProblemText());
        var count = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().OrgUnits.Count()));
        Assert.Equal(16, count); // nothing written
    }

    [Fact]
    public async Task A_county_admin_creates_a_station_on_one_of_its_streets_and_the_change_is_audited()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        var divisions = app.Services.GetRequiredService<Zhijian.Platform.Codes.DivisionTable>();
        var existing = (await county.GetJsonAsync("/api/v1/org-units")).EnumerateArray().Select(o => o.Str("divisionCode")).ToHashSet();
        var street = divisions.ChildrenOf("370102").First(d => !existing.Contains(d.Code));
        var lixiaId = (await county.GetJsonAsync("/api/v1/org-units")).EnumerateArray().Single(o => o.Str("code") == "370102").GetProperty("id").GetInt32();

        var created = await county.PostJsonAsync("/api/v1/org-units", new { parentId = lixiaId, code = street.Code, name = street.Name + "市场监管所", divisionCode = street.Code });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        Assert.Equal("市场监管所", body.Str("kindName"));
        var audit = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .AuditEntries.Where(a => a.Action == "orgunit.created").Select(a => a.Actor).ToList()));
        Assert.Equal(new[] { "admin.lixia" }, audit);
    }

    [Fact]
    public async Task An_inspector_cannot_create_org_units()
    {
        await using var app = await ZhijianApp.StartAsync();
        var inspector = await app.LoginAsync("inspector");

        var response = await inspector.PostJsonAsync("/api/v1/org-units", new { parentId = 1, code = "X", name = "X", divisionCode = "370102" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("权限不足", (await response.ReadJsonAsync()).ProblemText());
    }
}

public sealed class OrgUnitUpdateTests
{
    [Fact]
    public async Task A_county_admin_extends_a_station_to_a_neighbouring_street_but_not_beyond_its_district()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        var units = (await county.GetJsonAsync("/api/v1/org-units")).EnumerateArray().ToList();
        var station = units.First(u => u.Str("kindName") == "市场监管所");
        var id = station.GetProperty("id").GetInt32();
        var streets = app.Services.GetRequiredService<Zhijian.Platform.Codes.DivisionTable>().ChildrenOf("370102").Select(d => d.Code).ToList();
        var extra = streets.First(c => units.All(u => u.Str("divisionCode") != c));

        var ok = await county.PutJsonAsync($"/api/v1/org-units/{id}", new { name = "合并后的市场监管所", coveredDivisions = new[] { station.Str("divisionCode"), extra }, active = true });
        var tooFar = await county.PutJsonAsync($"/api/v1/org-units/{id}", new { name = "越界", coveredDivisions = new[] { station.Str("divisionCode"), "370112001" }, active = true });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.ReadJsonAsync()).GetProperty("coveredDivisions").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Contains("不在上级机构", (await tooFar.ReadJsonAsync()).ProblemText());
        var after = (await county.GetJsonAsync("/api/v1/org-units")).EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == id);
        Assert.Equal("合并后的市场监管所", after.Str("name"));
    }
}
