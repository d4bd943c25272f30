using System.Net;
using Microsoft.Playwright;
using Zhijian.Tests.Cases;
using Zhijian.Tests.Complaints;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 诉转案 to 执法公示, the whole chain through the real outbox: a report becomes a clue, the clue a case, the case a decision
/// served on the party, and the penalty appears on the portal's 行政处罚信息公示 and on the entity's public credit page — with the
/// party's personal data removed (screenshots 103–105).
/// </summary>
public sealed class CasesFlowTests(Browser browser) : IClassFixture<Browser>
{
    private const string Company = "济南泉城放心食品超市有限公司";

    [Fact]
    public async Task A_report_becomes_a_clue_a_case_a_decision_and_a_published_penalty_on_the_public_credit_page()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var uscc = await ComplaintTestKit.RegisterAsync(app, Company);

        // 举报 → 核查属实 → 立案 (诉转案): the clue arrives through the outbox.
        var complaint = await app.LoginAsync("complaint");
        var body = ComplaintTestKit.Complaint(uscc, "该超市销售的速冻水饺外包装未标注生产日期和生产者地址。");
        body["kind"] = "report";
        var receipt = await (await complaint.PostJsonAsync("/api/v1/complaints", body)).ExpectAsync(HttpStatusCode.Created);
        var report = ComplaintTestKit.FirstId(receipt);
        await (await complaint.PostJsonAsync($"/api/v1/complaints/{report}/decide", new { openCase = true, reason = "经现场核查属实" })).ExpectAsync();
        var chief = await app.LoginAsync("chief");
        var clues = await EventuallyAsync(async () =>
        {
            var list = await chief.GetJsonAsync("/api/v1/cases/clues");
            return list.GetArrayLength() == 1 ? list.GetRawText() : null;
        });
        var clue = System.Text.Json.JsonDocument.Parse(clues).RootElement[0];
        Assert.Equal("Complaint", clue.Str("source"));

        // 立案 → 调查 → 审核 → 告知 → 决定 → 送达.
        var id = (await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue.GetProperty("id").GetInt64()}/open", CaseTestKit.Open(uscc, party: Company))).ExpectAsync()).GetInt64();
        var handler = await app.LoginAsync("casehandler");
        var legal = await app.LoginAsync("legal");
        await CaseTestKit.InvestigateAsync(handler, id);
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "事实清楚，证据充分" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/notice", new { })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/statement", new { waived = true })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/advance", new { })).ExpectAsync();
        await (await chief.PostJsonAsync($"/api/v1/cases/{id}/decide", new { })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/serve", new { servedOn = "2026-11-23", method = "直接送达", signedBy = "张三" })).ExpectAsync();
        var decisionNo = (await CaseTestKit.CaseAsync(handler, id)).Str("decisionNo");

        // The case page as the handler sees it: stage, documents, publication and the whole record.
        var page = await browser.LoginAsync(app.ServerAddress!, "casehandler");
        await Browser.OpenAsync(page, $"/cases/{id}");
        await page.Locator("[data-testid=case-header]").WaitForAsync();
        Assert.Contains("执行中", await page.InnerTextAsync("[data-testid=case-stage]"));
        await Browser.ShotAsync(page, "103-case-served-and-published");

        // 行政处罚信息公示 on the portal: summary first, then the text without personal data.
        var visitor = await browser.NewPageAsync(app.ServerAddress!);
        await visitor.GotoAsync("/gs/penalties");
        var row = visitor.Locator("[data-testid=gs-penalty]", new() { HasText = Company });
        await row.WaitForAsync();
        Assert.Contains(decisionNo, await row.InnerTextAsync());
        await row.Locator("a").First.ClickAsync();
        await visitor.Locator("[data-testid=gs-penalty-text]").WaitForAsync();
        var text = await visitor.InnerTextAsync("main");
        Assert.Contains("罚款", text);
        Assert.Contains(decisionNo, await visitor.InnerTextAsync("[data-testid=gs-penalty-summary]"));
        Assert.DoesNotContain("王小明", text); // the reporter never reaches a case document
        Assert.DoesNotContain("13905311234", text);
        await Browser.ShotAsync(visitor, "104-portal-penalty");

        // The entity's public credit page lists the penalty once the credit module has taken it (outbox).
        await EventuallyAsync(async () =>
        {
            await visitor.GotoAsync($"/gs/credit/{uscc}");
            var penalties = await visitor.Locator("[data-testid=gs-penalties]").InnerTextAsync();
            return penalties.Contains(decisionNo, StringComparison.Ordinal) ? penalties : null;
        });
        await Browser.ShotAsync(visitor, "105-public-credit-penalty");
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 60; i++)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(500);
        }

        throw new TimeoutException("30 秒内未出现预期结果");
    }
}
