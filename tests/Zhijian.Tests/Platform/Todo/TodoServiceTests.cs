using System.Net;
using Zhijian.Platform.Todo;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Platform.Todo;

/// <summary>The to-do extension point: every source in its own scope, one failing source does not take the list down.</summary>
public sealed class TodoServiceTests
{
    [Fact]
    public async Task A_failing_source_is_named_as_unavailable_while_the_others_still_answer()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.AddTodoSource<BrokenSource>().AddTodoSource<FixedSource>());
        var chief = await app.LoginAsync("chief");

        var todo = await TodoAsync(chief);

        Assert.Equal(["测试故障模块"], todo.GetProperty("unavailable").EnumerateArray().Select(u => u.GetString() ?? "").ToArray());
        var item = Assert.Single(Items(todo, "测试模块"));
        Assert.Equal(("Overdue", "2026-11-20", "/test/1"), (item.Str("kind"), item.Str("dueOn"), item.Str("href")));
        // the count is over every module's items (the demo's drugs, metrology and price items are overdue too), each item counting its records
        Assert.Equal(Items(todo).Where(i => i.Str("kind") == "Overdue").Sum(i => i.GetProperty("count").GetInt32()), Count(todo, "Overdue"));
        Assert.Equal("2026-11-26", todo.Str("dueSoonLimit")); // Mon 23 Nov + 3 working days
    }

    [Fact]
    public async Task The_window_is_three_working_days_on_the_statutory_calendar()
    {
        // Tue 29 Sep 2026: the National Day and Mid-Autumn holiday (1–8 Oct) lies inside the window, so it runs to Mon 12 Oct
        // (Sat 10 Oct is a make-up working day).
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 9, 29, 10, 0, 0, TimeSpan.FromHours(8)));
        var calendar = app.Services.GetRequiredService<Zhijian.Platform.Calendar.IWorkingCalendar>();
        var chief = await app.LoginAsync("chief");

        var todo = await TodoAsync(chief);

        Assert.Equal(calendar.AddWorkingDays(new DateOnly(2026, 9, 29), 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), todo.Str("dueSoonLimit"));
        Assert.NotEqual("2026-10-02", todo.Str("dueSoonLimit")); // not Monday–Friday counting
    }

    [Fact]
    public async Task The_list_is_for_signed_in_staff()
    {
        await using var app = await ZhijianApp.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/todo")).StatusCode);
    }

    [Fact]
    public void A_deadline_becomes_overdue_due_today_due_soon_or_nothing()
    {
        var ctx = new TodoContext(Zhijian.Platform.Identity.Actor.System, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26));
        Assert.Equal(TodoKind.Overdue, ctx.KindOf(new DateOnly(2026, 11, 22)));
        Assert.Equal(TodoKind.DueToday, ctx.KindOf(new DateOnly(2026, 11, 23)));
        Assert.Equal(TodoKind.DueSoon, ctx.KindOf(new DateOnly(2026, 11, 26)));
        Assert.Null(ctx.KindOf(new DateOnly(2026, 11, 27)));
        Assert.Equal(TodoKind.Overdue, ctx.Approval("m", "t", "r", new DateOnly(2026, 11, 20), "/").Kind);
        Assert.Equal(TodoKind.AwaitingMyApproval, ctx.Approval("m", "t", "r", null, "/").Kind);

        var capped = new TodoContext(Zhijian.Platform.Identity.Actor.System, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26)) { Take = 2 }
            .Cap([.. Enumerable.Range(1, 5).Select(i => new TodoItem("m", TodoKind.DueSoon, "t", $"r{i}", null, $"/{i}"))],
                (kind, n) => new TodoItem("m", kind, "其他", $"另有 {n} 件", null, "/list"));
        Assert.Equal(["/1", "/2", "/list"], capped.Select(i => i.Href).ToArray());
        Assert.Equal(5, capped.Sum(i => i.Count));
    }

    internal sealed class BrokenSource : ITodoSource
    {
        public string Module => "测试故障模块";

        public Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext context, CancellationToken ct) => throw new InvalidOperationException("数据库不可用");
    }

    internal sealed class FixedSource : ITodoSource
    {
        public string Module => "测试模块";

        public Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext context, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<TodoItem>>([context.Deadline(Module, "测试事项", "测试记录", new DateOnly(2026, 11, 20), "/test/1")!]);
    }
}
