using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

public sealed class RegistrationTests
{
    [Fact]
    public async Task A_registrar_registers_a_company_and_its_profile_shows_masked_personal_data_and_the_timeline()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城鑫源商贸有限公司");

        var created = await registrar.PostJsonAsync("/api/v1/entities", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await registrar.GetJsonAsync($"/api/v1/entities/{body["uscc"]}");
        Assert.Equal("济南泉城鑫源商贸有限公司", profile.Str("name"));
        Assert.Equal("110105********002X", profile.Str("legalRepIdMasked"));
        Assert.Equal("138****5678", profile.Str("phoneMasked"));
        Assert.Equal("山东省济南市历下区", profile.Str("divisionName"));
        Assert.Equal("存续", profile.Str("statusName"));
        Assert.Contains("设立登记", profile.GetProperty("timeline")[0].Str("summary"));
        var raw = profile.ToString();
        Assert.DoesNotContain("11010519491231002X", raw);
        Assert.DoesNotContain("13812345678", raw);
        var (audited, events) = await app.AsSystemAsync(async sp =>
        {
            var p = sp.GetRequiredService<PlatformDbContext>();
            return (await p.AuditEntries.CountAsync(a => a.Action == "entity.registered"), await p.OutboxMessages.CountAsync(m => m.Type == "entities.registered"));
        });
        Assert.Equal(1, audited);
        Assert.Equal(1, events);
    }

    [Fact]
    public async Task The_same_code_twice_conflicts_and_a_county_registrar_cannot_register_in_another_county()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", body);

        var again = await registrar.PostJsonAsync("/api/v1/entities", body);
        var elsewhere = await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company("济南历城华泰商贸有限公司", county: "370112"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已登记", (await again.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("不在您的管辖范围内", (await elsewhere.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task An_inspector_may_read_but_not_register()
    {
        await using var app = await ZhijianApp.StartAsync();
        var inspector = await app.LoginAsync("inspector");

        var response = await inspector.PostJsonAsync("/api/v1/entities", SampleEntities.Company("济南泉城鑫源商贸有限公司"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/api/v1/entities?q=鑫")).StatusCode);
    }

    [Fact]
    public async Task A_change_records_every_changed_field_with_old_and_new_values()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", body);

        body["name"] = "济南泉城鑫源食品有限公司";
        body["registeredCapital"] = 300m;
        body["legalRepId"] = null;
        var changed = await registrar.PutJsonAsync($"/api/v1/entities/{body["uscc"]}", body);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var profile = await registrar.GetJsonAsync($"/api/v1/entities/{body["uscc"]}");
        var change = profile.GetProperty("timeline")[0];
        Assert.Contains("名称", change.Str("summary"));
        Assert.Contains("注册资本", change.Str("summary"));
        var fields = change.GetProperty("changes").EnumerateArray().ToDictionary(c => c.Str("field"), c => (Old: c.Str("old"), New: c.Str("new")));
        Assert.Equal(("济南泉城鑫源商贸有限公司", "济南泉城鑫源食品有限公司"), fields["name"]);
        Assert.Equal(("100", "300"), fields["registeredCapital"]);
        Assert.Equal(2, fields.Count); // the ID number, not sent, is unchanged
        Assert.Equal("110105********002X", profile.Str("legalRepIdMasked"));
    }

    [Fact]
    public async Task Deregistration_revocation_and_move_out_follow_the_lifecycle()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var a = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var b = SampleEntities.Company("济南泉城华泰商贸有限公司");
        await registrar.PostJsonAsync("/api/v1/entities", a);
        await registrar.PostJsonAsync("/api/v1/entities", b);

        var noDecision = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/status", new { kind = "revocation", on = "2026-11-20", reason = "连续六个月未开业" });
        var revoked = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/status", new { kind = "revocation", on = "2026-11-20", reason = "连续六个月未开业", decisionNo = "济历市监吊字〔2026〕12号" });
        var deregistered = await registrar.PostJsonAsync($"/api/v1/entities/{a["uscc"]}/status", new { kind = "deregistration", on = "2026-11-23", reason = "吊销后清算完毕" });
        var changeAfter = await registrar.PutJsonAsync($"/api/v1/entities/{a["uscc"]}", a);
        var within = await registrar.PostJsonAsync($"/api/v1/entities/{b["uscc"]}/status", new { kind = "move-out", on = "2026-11-23", reason = "住所变更", toDivisionCode = "370102" });
        var moved = await registrar.PostJsonAsync($"/api/v1/entities/{b["uscc"]}/status", new { kind = "move-out", on = "2026-11-23", reason = "住所迁至青岛", toDivisionCode = "370202" });

        Assert.Equal(HttpStatusCode.BadRequest, noDecision.StatusCode);
        Assert.Contains("decisionNo", (await noDecision.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deregistered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, changeAfter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, within.StatusCode);
        Assert.Contains("住所变更登记", (await within.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("注销", (await registrar.GetJsonAsync($"/api/v1/entities/{a["uscc"]}")).Str("statusName"));
        Assert.Equal("迁出", (await registrar.GetJsonAsync($"/api/v1/entities/{b["uscc"]}")).Str("statusName"));
    }
}
