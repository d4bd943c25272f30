using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Cases.CaseTestKit;
using static Zhijian.Tests.Complaints.ComplaintTestKit;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Cases;

/// <summary>行政执法办案's to-do items: the reviewer's 案件审核, the lead officer's returned case, jurisdiction respected.</summary>
public sealed class CaseTodoTests
{
    [Fact]
    public async Task The_reviewer_is_asked_to_review_the_report_and_a_case_sent_back_returns_to_its_lead_officer()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var legal = await app.LoginAsync("legal");
        var id = await OpenCaseAsync(chief, uscc);
        var href = $"/cases/{id}";
        await InvestigateAsync(handler, id);

        var review = ItemFor(await TodoAsync(legal), href)!.Value;
        Assert.Equal(("AwaitingMyApproval", "案件审核（调查终结报告）", "行政执法办案"), (review.Str("kind"), review.Str("title"), review.Str("module")));
        Assert.Contains("济南泉城消费电子有限公司", review.Str("record"));
        Assert.Null(ItemFor(await TodoAsync(handler), href));
        var otherReviewer = await app.LoginAsAsync(Roles.LegalReviewer, "370103");
        Assert.Null(ItemFor(await TodoAsync(otherReviewer), href));

        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = false, opinion = "违法所得认定证据不足，请补充进货凭证" })).ExpectAsync();

        Assert.Null(ItemFor(await TodoAsync(legal), href));
        var returned = ItemFor(await TodoAsync(handler), href)!.Value;
        Assert.Equal(("ReturnedToMe", "补充调查（案件审核退回）"), (returned.Str("kind"), returned.Str("title")));
        Assert.Equal(1, Count(await TodoAsync(handler), "ReturnedToMe"));
    }
}
