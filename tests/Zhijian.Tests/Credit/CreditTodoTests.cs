using System.Net;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>信用监管's to-do items: what the section chief must confirm, and only inside the jurisdiction.</summary>
public sealed class CreditTodoTests
{
    [Fact]
    public async Task The_chief_is_asked_to_confirm_a_serious_listing_proposal_and_a_chief_of_another_county_is_not()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城待确认食品有限公司");
        var proposed = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "SeriousViolation", field = "Food", facts = "生产经营致病性微生物超标食品，情节严重" });
        Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync());
        var chief = await app.LoginAsync("chief");
        var otherChief = await app.LoginAsAsync(Roles.SectionChief, "370103");

        var todo = await TodoAsync(chief);

        var item = Assert.Single(Items(todo, "信用监管"));
        Assert.Equal(("AwaitingMyApproval", "确认拟列入严重违法失信名单", "/credit/listings"), (item.Str("kind"), item.Str("title"), item.Str("href")));
        Assert.Contains("济南泉城待确认食品有限公司", item.Str("record"));
        Assert.Equal(Items(todo).Count(i => i.Str("kind") == "AwaitingMyApproval"), Count(todo, "AwaitingMyApproval")); // other modules' demo items count too
        Assert.Empty(Items(await TodoAsync(registrar), "信用监管")); // a registrar proposes; confirming takes a chief
        Assert.Empty(Items(await TodoAsync(otherChief), "信用监管"));

        var id = (await proposed.ReadJsonAsync()).GetProperty("id").GetInt64();
        var rejected = await chief.PostJsonAsync($"/api/v1/credit/listings/{id}/reject", new { reason = "情节尚未达到严重程度" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Empty(Items(await TodoAsync(chief), "信用监管"));
    }
}
