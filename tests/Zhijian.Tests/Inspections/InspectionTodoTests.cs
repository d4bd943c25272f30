using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>双随机's to-do items: the chief's draw before the period starts, the officer's results due at its end.</summary>
public sealed class InspectionTodoTests
{
    [Fact]
    public async Task The_chief_is_told_to_draw_and_the_officer_to_enter_results_before_the_period_ends()
    {
        await using var app = await ZhijianApp.StartAsync(); // Mon 23 Nov 2026
        var s = await SetUpAsync(app, companies: 12, officers: 2);
        var task = await CreateTaskAsync(s, new { planId = s.Plan, name = "2026年度企业公示信息抽查", libraryId = s.Library, mode = "fixed", fixedCount = 5, startOn = "2026-11-24", endOn = "2026-11-26" });

        var draw = ItemFor(await TodoAsync(s.Chief), $"/inspections/tasks/{task}")!.Value;
        Assert.Equal(("DueSoon", "抽取检查对象（检查期间开始前）", "2026-11-24"), (draw.Str("kind"), draw.Str("title"), draw.Str("dueOn")));
        var otherChief = await app.LoginAsAsync(Roles.SectionChief, "370103");
        Assert.Empty(Items(await TodoAsync(otherChief), "双随机、一公开"));

        await CommitAndDrawAsync(s, task);
        await AssignAsync(s, task);
        Assert.Null(ItemFor(await TodoAsync(s.Chief), $"/inspections/tasks/{task}"));
        var inspector = await app.LoginAsync("inspector");

        var mine = Items(await TodoAsync(inspector), "双随机、一公开");
        Assert.Equal(5, mine.Length);
        Assert.All(mine, i => Assert.Equal(("DueSoon", "录入检查结果", "2026-11-26", "/inspections/mine"), (i.Str("kind"), i.Str("title"), i.Str("dueOn"), i.Str("href"))));

        // Tue 24 Nov, the first day of the period: one result entered and confirmed by this officer waits for the other officer, not for this one.
        app.Clock.Advance(TimeSpan.FromDays(1));
        inspector = await app.LoginAsync("inspector");
        var target = (await OkAsync(await inspector.GetAsync("/api/v1/inspections/mine")))[0];
        var entered = await OkAsync(await inspector.PostJsonAsync($"/api/v1/inspections/tasks/{task}/results",
            new { uscc = target.Str("uscc"), category = "NoProblem", notes = "未发现问题", inspectedOn = "2026-11-24" }));
        await OkAsync(await inspector.PostJsonAsync($"/api/v1/inspections/results/{entered.GetProperty("id").GetInt64()}/confirm", new { }));
        Assert.Equal(4, Items(await TodoAsync(inspector), "双随机、一公开").Length);
    }
}
