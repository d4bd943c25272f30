using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.SpecialEquipment.Features.Hazards;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Safety;

/// <summary>隐患闭环 through HTTP: found → 通知书 → 整改 → 复查不通过 → 整改 → 复查通过销号; overdue and the case clue once.</summary>
[Trait("Database", "any")]
public sealed class HazardLoopTests
{
    private const string Url = "/api/v1/equipment/hazards";

    [Fact]
    public async Task Hazard_goes_round_the_loop_and_is_closed_after_a_failed_review()
    {
        await using var app = await ZhijianApp.StartAsync();
        await SafetyKit.ElevatorAsync(app);
        var inspector = await app.LoginAsync("inspector");

        var h = await (await inspector.PostJsonAsync($"/api/v1/equipment/{SafetyKit.Code}/hazards",
            new { kind = "maintenance-lapse", description = "维保记录缺 11 月上半月一次" })).ExpectAsync(HttpStatusCode.Created);
        var id = h.GetProperty("id").GetInt64();
        Assert.Equal("待整改", h.Str("status"));
        Assert.Equal("一般隐患", h.Str("grade"));
        Assert.Equal("2026-12-08", h.Str("deadlineOn")); // 15 days from 2026-11-23
        Assert.Equal("济南泉城物业管理有限公司", h.Str("userName"));

        var early = await (await inspector.PostJsonAsync($"{Url}/{id}/rectification", new { measures = "补做维保" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("status: 尚未下达责令整改通知书", early, StringComparison.Ordinal);

        var notice = await (await inspector.PostJsonAsync($"{Url}/{id}/notice", new { })).ExpectAsync();
        Assert.Equal("整改中", notice.Str("status"));
        Assert.StartsWith("特设责改〔2026〕", notice.Str("noticeNo"), StringComparison.Ordinal);

        await (await inspector.PostJsonAsync($"{Url}/{id}/rectification", new { measures = "补做半月维保并签字" })).ExpectAsync();
        var noReason = await (await inspector.PostJsonAsync($"{Url}/{id}/review", new { passed = false })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("opinion: 复查不通过的理由不能为空", noReason, StringComparison.Ordinal);
        var failed = await (await inspector.PostJsonAsync($"{Url}/{id}/review", new { passed = false, opinion = "维保记录无维保人员签字" })).ExpectAsync();
        Assert.Equal("整改中", failed.Str("status"));
        Assert.Equal(2, failed.GetProperty("round").GetInt32());

        app.Clock.Advance(TimeSpan.FromDays(2));
        inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"{Url}/{id}/rectification", new { measures = "补签字并培训" })).ExpectAsync();
        var closed = await (await inspector.PostJsonAsync($"{Url}/{id}/review", new { passed = true })).ExpectAsync();
        Assert.Equal("已销号", closed.Str("status"));
        Assert.True(closed.GetProperty("closedOnTime").GetBoolean());
        Assert.Equal(6, closed.GetProperty("history").GetArrayLength());
        var again = await (await inspector.PostJsonAsync($"{Url}/{id}/review", new { passed = true })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已销号", again, StringComparison.Ordinal);

        var audits = await SafetyKit.CountAsync(app, db => db.Set<Zhijian.Platform.Audit.AuditEntry>().CountAsync(a => a.RecordType == "SequipHazard"));
        Assert.Equal(6, audits);
        Assert.Equal(0, await SafetyKit.CluesAsync(app, "hazard"));
    }

    [Fact]
    public async Task Serious_kind_is_major_with_its_clue_at_once_and_an_overdue_hazard_raises_one_clue_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        await SafetyKit.ElevatorAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var major = await (await inspector.PostJsonAsync($"/api/v1/equipment/{SafetyKit.Code}/hazards",
            new { kind = "brake-failed", grade = 1, description = "制动器闸瓦磨损，制动力不足" })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("重大隐患", major.Str("grade"));
        Assert.True(major.GetProperty("stopRequired").GetBoolean());
        Assert.True(major.GetProperty("caseClueRaised").GetBoolean());
        Assert.Equal(1, await SafetyKit.CluesAsync(app, "hazard"));

        var general = await (await inspector.PostJsonAsync($"/api/v1/equipment/{SafetyKit.Code}/hazards",
            new { kind = "sign-missing", description = "轿厢内未张贴使用标志" })).ExpectAsync(HttpStatusCode.Created);
        var id = general.GetProperty("id").GetInt64();
        Assert.DoesNotContain(await Ids(inspector, "overdue"), x => x == id);

        app.Clock.Advance(TimeSpan.FromDays(16)); // deadline 2026-12-08 passed
        inspector = await app.LoginAsync("inspector");
        Assert.Contains(await Ids(inspector, "overdue"), x => x == id);
        Assert.True((await inspector.GetJsonAsync($"{Url}/{id}")).GetProperty("overdue").GetBoolean());
        Assert.Equal(1, await Sweep(app));
        Assert.Equal(0, await Sweep(app));
        Assert.Equal(2, await SafetyKit.CluesAsync(app, "hazard"));
        var todo = await inspector.GetJsonAsync("/api/v1/todo");
        Assert.Contains("督促隐患整改", todo.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_equipment_or_bad_fields_are_400_naming_the_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        await SafetyKit.ElevatorAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var unknown = await (await inspector.PostJsonAsync("/api/v1/equipment/311010001202699999/hazards", new { kind = "other", description = "x" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("code", out _), unknown.ToString());
        var bad = await (await inspector.PostJsonAsync($"/api/v1/equipment/{SafetyKit.Code}/hazards", new { kind = "nope", foundOn = "2026-12-01" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _) && errors.TryGetProperty("description", out _) && errors.TryGetProperty("foundOn", out _), bad.ToString());
        Assert.Equal(0, await SafetyKit.CountAsync(app, db => db.Hazards.CountAsync()));
    }

    private static async Task<List<long>> Ids(StaffClient who, string tab)
    {
        var page = await who.GetJsonAsync($"{Url}?tab={tab}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }

    private static Task<int> Sweep(ZhijianApp app) => app.AsSystemAsync(sp => sp.GetRequiredService<HazardLoop>().SweepAsync(CancellationToken.None));
}
