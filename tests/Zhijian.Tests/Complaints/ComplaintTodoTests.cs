using System.Net;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>投诉举报's to-do items: the handler's deadlines, the chief's overdue supervision, inside the jurisdiction only.</summary>
public sealed class ComplaintTodoTests
{
    [Fact]
    public async Task A_handler_sees_a_filing_due_today_then_overdue_the_chief_supervises_it_and_another_county_sees_nothing()
    {
        await using var app = await ZhijianApp.StartAsync(); // Mon 23 Nov 2026
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var id = FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created));
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/assign", new { }));
        var acceptBy = (await handler.GetJsonAsync($"/api/v1/complaints/{id}")).Str("acceptBy");
        Assert.Equal("2026-12-02", acceptBy); // 7 working days
        var href = $"/complaints/{id}";

        Assert.Null(ItemFor(await TodoAsync(handler), href)); // 7 working days off: not yet on the list

        // The staff cookie lasts 8 hours: each day of the test signs in again.
        app.Clock.Advance(TimeSpan.FromDays(7)); // Mon 30 Nov: due within 3 working days
        Assert.Equal("DueSoon", ItemFor(await TodoAsync(await app.LoginAsync("complaint")), href)!.Value.Str("kind"));

        app.Clock.Advance(TimeSpan.FromDays(2)); // Wed 2 Dec
        var today = ItemFor(await TodoAsync(await app.LoginAsync("complaint")), href)!.Value;
        Assert.Equal(("DueToday", "作出受理决定", "2026-12-02", "投诉举报"), (today.Str("kind"), today.Str("title"), today.Str("dueOn"), today.Str("module")));

        app.Clock.Advance(TimeSpan.FromDays(1)); // Thu 3 Dec
        var todo = await TodoAsync(await app.LoginAsync("complaint"));
        Assert.Equal("Overdue", ItemFor(todo, href)!.Value.Str("kind"));
        Assert.Equal(1, Count(todo, "Overdue"));

        var chief = await app.LoginAsync("chief");
        var supervision = Assert.Single(Items(await TodoAsync(chief), "投诉举报"));
        Assert.Equal(("Overdue", "/complaints?view=overdue", 1), (supervision.Str("kind"), supervision.Str("href"), supervision.GetProperty("count").GetInt32()));

        var otherHandler = await app.LoginAsAsync(Roles.ComplaintHandler, "370103");
        var otherChief = await app.LoginAsAsync(Roles.SectionChief, "370103");
        Assert.Empty(Items(await TodoAsync(otherHandler), "投诉举报"));
        Assert.Empty(Items(await TodoAsync(otherChief), "投诉举报"));
    }

    [Fact]
    public async Task A_filing_without_a_handler_waits_for_an_accept_decision_on_every_handlers_list_of_the_unit()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var id = FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created));
        app.Clock.Advance(TimeSpan.FromDays(9)); // Wed 2 Dec: the accept deadline

        var colleague = await app.LoginAsAsync(Roles.ComplaintHandler, "370102");
        var item = ItemFor(await TodoAsync(colleague), $"/complaints/{id}")!.Value;

        Assert.Equal(("DueToday", "作出受理决定（尚未指定承办人）"), (item.Str("kind"), item.Str("title")));
    }
}
