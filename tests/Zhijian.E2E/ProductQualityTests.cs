using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Zhijian.Platform.Codes;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 产品质量 end to end on the demo data: the section chief plans a county spot check of children's toys and draws the producer
/// verifiably; the lab's system posts 不合格 by item; the firm's objection is refused; the chief orders the correction on the
/// follow-up page; the firm starts a voluntary recall of the toy whose notice reaches the portal; the 复查 still fails, the
/// failure is reported up and announced, the second 复查 60 days later fails again, and the transfer reaches the cases module as
/// a 产品质量 clue (screenshots 120–125).
/// </summary>
public sealed class ProductQualityTests(Browser browser) : IClassFixture<Browser>
{
    private const string PublicValue = "2026-11-23 上证综指收盘 3421.56";

    [Fact]
    public async Task Spot_check_failure_runs_from_the_draw_to_a_case_clue_and_the_recall_notice_reaches_the_portal()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var registrar = await app.LoginAsync("registrar");
        for (var i = 1; i <= 3; i++)
        {
            (await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company($"济南历下第{i}益智玩具有限公司",
                uscc: Uscc.Build('9', '1', "370102", $"MA7E2EQ{i}"), industry: "2452"))).EnsureSuccessStatusCode();
        }

        // The plan and its verifiable draw: one batch of 儿童玩具 from the producers of 历下区.
        var chief = await app.LoginAsync("chief");
        var plan = await (await chief.PostJsonAsync("/api/v1/pq/plans", new
        {
            year = 2026,
            level = "县",
            name = "2026年历下区儿童玩具监督抽查（四季度）",
            from = "2026-11-01",
            to = "2026-12-31",
            targetKind = "生产者",
            scope = new[] { "370102" },
            categories = new[] { new { categoryCode = "PQ001", batches = 1 } },
        })).ExpectAsync(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetInt64();
        await (await chief.PostJsonAsync($"/api/v1/pq/plans/{planId}/freeze", new { })).ExpectAsync();
        var drawn = await (await chief.PostJsonAsync($"/api/v1/pq/plans/{planId}/draw", new { publicValue = PublicValue })).ExpectAsync();
        var producer = Assert.Single(drawn.GetProperty("targets").EnumerateArray()).Str("uscc");

        var page = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(page, $"/pq/plans/{planId}");
        await page.WaitForSelectorAsync("[data-testid=pq-draw-panel]");
        Assert.Contains(drawn.Str("commitment"), await page.InnerTextAsync("[data-testid=pq-draw-panel]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "120-pq-plan-draw");
        await page.Locator(".mud-tab").Filter(new() { HasText = "抽查任务" }).ClickAsync();
        Assert.Contains(producer, await page.InnerTextAsync("[data-testid=pq-plan-targets]"), StringComparison.Ordinal);

        // Sampling at the producer's warehouse; the lab's system posts the result by item: 不合格 (small parts come off).
        var sample = await (await chief.PostJsonAsync("/api/v1/pq/samples", new
        {
            planId,
            categoryCode = "PQ001",
            sampledOn = "2026-11-23",
            place = "济南市历下区某某路1号成品仓库",
            officers = new[] { "张伟", "李娜" },
            productName = "拼插积木玩具",
            brand = "智趣",
            model = "ZQ-E2E-01",
            standard = "GB 6675.2-2014",
            batch = "20261001",
            quantity = "6 盒",
            baseQuantity = "300 盒",
            producerUscc = producer,
            @sealed = true,
            labId = 1,
        })).ExpectAsync(HttpStatusCode.Created);
        var sampleId = sample.GetProperty("id").GetInt64();
        var number = sample.Str("number");
        var admin = await app.LoginAsync("admin");
        var lab = app.Anonymous();
        lab.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", (await (await admin.PostJsonAsync("/api/v1/pq/labs/1/client", new { })).ExpectAsync()).Str("key"));
        using (var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/pq/samples/{number}/result")
        {
            Content = JsonContent.Create(new
            {
                reportNo = "JN-PQ-2026-E2E",
                reportDate = "2026-11-23",
                conclusion = "不合格",
                items = new[]
                {
                    new { item = "小零件", requirement = "不应有小零件", measured = "拉力试验后有小零件脱落", unit = "", judgment = "不合格" },
                    new { item = "标识和使用说明", requirement = "符合 GB 6675.1", measured = "符合", unit = "", judgment = "合格" },
                },
            }),
        })
        {
            post.Headers.Add("Idempotency-Key", "e2e-pq-result");
            Assert.Equal("不合格", (await (await lab.SendAsync(post)).ExpectAsync()).Str("conclusion"));
        }

        var notified = await (await chief.PostJsonAsync($"/api/v1/pq/samples/{sampleId}/notification", new { notifiedOn = "2026-11-23" })).ExpectAsync();
        Assert.Equal("2026-12-08", notified.Str("objectionBy")); // 11-23 + 15 days

        // The firm's objection: filed in time, refused by the chief (no ground), so the first result stands.
        await (await chief.PostJsonAsync($"/api/v1/pq/samples/{sampleId}/objection", new { filedOn = "2026-11-23", reason = "认为抽样数量不足", fee = 1200 })).ExpectAsync();
        await (await chief.PostJsonAsync($"/api/v1/pq/samples/{sampleId}/objection/decision", new { accept = false, reason = "抽样数量符合实施细则，异议理由不成立，不予受理" })).ExpectAsync();
        await Browser.OpenAsync(page, $"/pq/samples/{sampleId}");
        Assert.DoesNotContain("张伟", await page.InnerTextAsync("body"), StringComparison.Ordinal); // officers are masked
        await page.Locator(".mud-tab").Filter(new() { HasText = "检验结果" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=pq-sample-items] >> text=拉力试验后有小零件脱落");
        await Browser.ShotAsync(page, "121-pq-sample-failed");
        await page.Locator(".mud-tab").Filter(new() { HasText = "异议与复检" }).ClickAsync();
        await page.WaitForSelectorAsync("text=异议理由不成立");
        Assert.Contains("不合格", await page.InnerTextAsync("body"), StringComparison.Ordinal);

        // The failure opened its follow-up (停止生产销售 at once); the chief orders the correction on its page.
        var row = Assert.Single((await chief.GetJsonAsync($"/api/v1/pq/follow-ups?q={number}")).GetProperty("items").EnumerateArray());
        var followUp = row.GetProperty("id").GetInt64();
        await Browser.OpenAsync(page, $"/pq/follow-ups/{followUp}");
        await page.GetByLabel("办理").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "下达责令整改通知书" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=followup-submit]");
        await page.WaitForSelectorAsync("text=已办理：下达责令整改通知书");
        var ordered = await chief.GetJsonAsync($"/api/v1/pq/follow-ups/{followUp}");
        Assert.Equal("correcting", ordered.Str("stageCode"));
        Assert.Equal("2027-01-22", ordered.Str("correctionDueOn")); // 60 days
        await Browser.OpenAsync(page, $"/pq/follow-ups/{followUp}");
        await page.WaitForSelectorAsync("[data-testid=followup-steps] >> text=2027-01-22");
        await Browser.ShotAsync(page, "122-pq-follow-up-ordered");

        // The producer recalls the toy voluntarily; the notice is on the portal at once.
        var inspector = await app.LoginAsync("inspector");
        var recall = await (await inspector.PostJsonAsync("/api/v1/pq/recalls", new
        {
            mode = "Voluntary",
            kind = "Consumer",
            uscc = producer,
            category = "儿童玩具",
            product = "拼插积木玩具",
            models = "ZQ-E2E-01",
            producedFrom = "2026-09-01",
            producedTo = "2026-10-31",
            affectedUnits = 5200,
            defect = "积木连接件拉力不足，小零件易脱落",
            hazard = "3 岁以下儿童误吞窒息",
            contact = "400-000-0000",
            confirmedOn = "2026-11-23",
        })).ExpectAsync(HttpStatusCode.Created);
        var recallUrl = $"/api/v1/pq/recalls/{recall.GetProperty("id").GetInt64()}";
        await (await inspector.PostJsonAsync($"{recallUrl}/plan", new { measures = "Replace, Refund", scope = "全国", start = "2026-11-24", end = "2027-02-28" })).ExpectAsync();
        await (await inspector.PostJsonAsync($"{recallUrl}/notice", new { text = "召回 2026年9月至10月生产的智趣 ZQ-E2E-01 拼插积木玩具" })).ExpectAsync();
        var portal = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress!.ToString(), Locale = "zh-CN" });
        await portal.GotoAsync("/gs/pq/recalls?q=拼插积木");
        Assert.Contains("ZQ-E2E-01", await portal.InnerTextAsync("[data-testid=gs-pq-recall-row]"), StringComparison.Ordinal);
        await portal.GotoAsync($"/gs/pq/recalls/{recall.Str("number")}");
        var notice = await portal.InnerTextAsync("[data-testid=gs-pq-recall-notice]");
        Assert.Contains("积木连接件拉力不足", notice, StringComparison.Ordinal);
        Assert.Matches("5,?200", notice);
        await Browser.ShotAsync(portal, "123-gs-pq-recall-notice");

        // 复查 on day 68 still fails; reported up and announced the same day.
        app.Clock.Advance(TimeSpan.FromDays(68)); // 2027-01-30
        inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"/api/v1/pq/follow-ups/{followUp}/correction-report", new { content = "更换连接件模具，加强出厂拉力检验" })).ExpectAsync();
        var failed = await (await inspector.PostJsonAsync($"/api/v1/pq/follow-ups/{followUp}/recheck", new { reportNo = "FC2027-E2E", passed = false, conclusion = "小零件仍不合格" })).ExpectAsync();
        Assert.Equal("recheck-failed", failed.Str("stageCode"));
        chief = await app.LoginAsync("chief");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var announced = await (await chief.PostJsonAsync($"/api/v1/pq/follow-ups/{followUp}/announce",
            new { reportedOn = today, announcedOn = today, announcement = "鲁市监质公告〔2027〕2号" })).ExpectAsync();
        Assert.Equal("announced", announced.Str("stageCode"));

        // The second 复查 60 days after the announcement fails again: the transfer is a 产品质量 clue in the cases module.
        app.Clock.Advance(TimeSpan.FromDays(61));
        inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"/api/v1/pq/follow-ups/{followUp}/second-recheck", new { reportNo = "ZFC2027-E2E", passed = false, conclusion = "小零件仍不合格" })).ExpectAsync();
        chief = await app.LoginAsync("chief");
        var transferred = await (await chief.PostJsonAsync($"/api/v1/pq/follow-ups/{followUp}/transfer", new { })).ExpectAsync();
        Assert.True(transferred.GetProperty("caseClueRaised").GetBoolean());
        var caseHandler = await app.LoginAsync("casehandler");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement? clue = null;
        while (clue is null)
        {
            clue = (await caseHandler.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray()
                .Where(c => c.TryGetProperty("sourceNumber", out var n) && n.GetString() == row.Str("number")).Select(c => (JsonElement?)c).FirstOrDefault();
            if (clue is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "产品质量案件线索在 30 秒内未到达案件模块");
                await Task.Delay(250);
            }
        }

        Assert.Equal("产品质量", clue.Value.Str("sourceName"));

        var late = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(late, $"/pq/follow-ups/{followUp}");
        await late.WaitForSelectorAsync("text=已移送（停业整顿、吊销许可证）");
        await Browser.ShotAsync(late, "124-pq-follow-up-transferred");
        await Browser.OpenAsync(late, "/pq/follow-ups");
        await late.WaitForSelectorAsync("[data-testid=followup-table]");
        await Browser.ShotAsync(late, "125-pq-follow-ups");
    }
}
