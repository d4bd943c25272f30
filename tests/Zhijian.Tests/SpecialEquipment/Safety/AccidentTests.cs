using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Features.Accidents;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Safety;

/// <summary>事故: class, report deadlines (1 h, 2 h, 30 days) as the clock moves, the clue once, drafts from 96333, bad input.</summary>
[Trait("Database", "any")]
public sealed class AccidentTests
{
    private const string Url = "/api/v1/equipment/accidents";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Entrapment_accident_is_general_and_its_reports_turn_overdue_as_the_clock_moves()
    {
        await using var app = await ZhijianApp.StartAsync();
        await SafetyKit.ElevatorAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var occurred = new DateTimeOffset(2026, 11, 23, 9, 0, 0, China);
        var a = await (await inspector.PostJsonAsync(Url, new
        {
            equipmentCode = SafetyKit.Code,
            occurredAt = occurred,
            place = "3 号楼 2 单元电梯轿厢",
            strandedMinutes = 130,
            strandedPeople = 3,
            description = "电梯困人 2 小时 10 分钟",
            reporterUnit = "济南泉城物业管理有限公司",
        })).ExpectAsync(HttpStatusCode.Created);
        var id = a.GetProperty("id").GetInt64();
        Assert.Equal("一般事故", a.Str("class"));
        Assert.Contains("电梯轿厢滞留人员 2 小时 10 分钟", a.Str("classReason"), StringComparison.Ordinal);
        var reports = a.GetProperty("reports");
        Assert.Equal(occurred.AddHours(1), Report(reports, 1).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(occurred.AddHours(3), Report(reports, 2).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(occurred.AddDays(30), Report(reports, 9).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("待报告", Report(reports, 1).Str("state"));
        Assert.Equal(1, await SafetyKit.CluesAsync(app, "accident"));

        app.Clock.Advance(TimeSpan.FromMinutes(40)); // 10:10, past 10:00
        inspector = await app.LoginAsync("inspector");
        var late = await inspector.GetJsonAsync($"{Url}/{id}");
        Assert.Equal("已超期未报", Report(late.GetProperty("reports"), 1).Str("state"));
        var overdue = await inspector.GetJsonAsync($"{Url}?status=overdue");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        var chief = await app.LoginAsync("chief");
        Assert.Contains("事故报告超时", (await chief.GetJsonAsync("/api/v1/todo")).GetRawText(), StringComparison.Ordinal);

        var made = await (await inspector.PostJsonAsync($"{Url}/{id}/reports/1", new { reportedAt = occurred.AddMinutes(50), reportedBy = "物业安全管理员" })).ExpectAsync();
        Assert.Equal("按时报告", Report(made.GetProperty("reports"), 1).Str("state"));
        Assert.Equal(occurred.AddMinutes(170), Report(made.GetProperty("reports"), 2).GetProperty("dueAt").GetDateTimeOffset()); // 2 h after the actual report
        Assert.Equal(0, (await inspector.GetJsonAsync($"{Url}?status=overdue")).GetProperty("total").GetInt32());

        app.Clock.Advance(TimeSpan.FromHours(2)); // 12:10 > 11:50
        inspector = await app.LoginAsync("inspector");
        var second = await (await inspector.PostJsonAsync($"{Url}/{id}/reports/2", new { reportedBy = "历下区市场监管局" })).ExpectAsync();
        Assert.Equal("超时报告", Report(second.GetProperty("reports"), 2).Str("state"));
        Assert.Equal(occurred.AddMinutes(190 + 120), Report(second.GetProperty("reports"), 3).GetProperty("dueAt").GetDateTimeOffset());

        app.Clock.Advance(TimeSpan.FromDays(30));
        inspector = await app.LoginAsync("inspector");
        Assert.Equal("已超期未报", Report((await inspector.GetJsonAsync($"{Url}/{id}")).GetProperty("reports"), 9).Str("state"));
        Assert.Equal(1, await SafetyKit.CluesAsync(app, "accident"));
    }

    [Fact]
    public async Task Long_entrapment_opens_one_draft_per_call_which_verification_turns_into_an_accident()
    {
        await using var app = await ZhijianApp.StartAsync();
        var equipmentId = await SafetyKit.ElevatorAsync(app);
        var trapped = new DateTimeOffset(2026, 11, 23, 7, 0, 0, China);
        var e = new LongEntrapment(77, "96333-20261123-0077", equipmentId, SafetyKit.Code, trapped, trapped.AddMinutes(130), 130, "370102");
        for (var i = 0; i < 2; i++)
        {
            await app.AsSystemAsync(sp => sp.GetRequiredService<LongEntrapmentHandler>().HandleAsync(e, new EventContext(Guid.NewGuid(), trapped, 1), CancellationToken.None));
        }

        Assert.Equal(1, await SafetyKit.CountAsync(app, db => db.Accidents.CountAsync()));
        var inspector = await app.LoginAsync("inspector");
        var list = await inspector.GetJsonAsync($"{Url}?status=draft");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("待核实（96333 困人 130 分钟）", row.Str("title"));
        Assert.Equal(0, await SafetyKit.CluesAsync(app, "accident"));

        var id = row.GetProperty("id").GetInt64();
        var verified = await (await inspector.PostJsonAsync($"{Url}/{id}/verify", new { isAccident = true })).ExpectAsync();
        Assert.Equal("报告中", verified.Str("status"));
        Assert.Equal("一般事故", verified.Str("class"));
        Assert.Equal(trapped.AddMinutes(120 + 60), Report(verified.GetProperty("reports"), 1).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(1, await SafetyKit.CluesAsync(app, "accident"));
    }

    [Fact]
    public async Task Bad_accident_input_is_400_naming_each_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        await SafetyKit.ElevatorAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var body = await (await inspector.PostJsonAsync(Url, new
        {
            equipmentCode = "311010001202699999",
            occurredAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, China),
            place = "x",
            deaths = -1,
            description = "x",
            reporterUnit = "x",
        })).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = body.GetProperty("errors");
        foreach (var field in new[] { "equipmentCode", "occurredAt", "deaths" }) Assert.True(errors.TryGetProperty(field, out _), body.ToString());
        Assert.Contains("死亡人数不能为负数", body.ProblemText(), StringComparison.Ordinal);
        Assert.Contains("晚于当前时间", body.ProblemText(), StringComparison.Ordinal);
        var none = await (await inspector.PostJsonAsync(Url, new
        {
            equipmentCode = SafetyKit.Code,
            occurredAt = new DateTimeOffset(2026, 11, 23, 8, 0, 0, China),
            place = "x",
            strandedMinutes = 30,
            description = "困人 30 分钟",
            reporterUnit = "x",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("class: 所填情况未达到", none, StringComparison.Ordinal);
        Assert.Equal(0, await SafetyKit.CountAsync(app, db => db.Accidents.CountAsync()));
        Assert.Equal(0, await SafetyKit.CluesAsync(app, "accident"));
    }

    private static JsonElement Report(JsonElement reports, int seq) => reports.EnumerateArray().Single(r => r.GetProperty("seq").GetInt32() == seq);
}
