using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Data;
using Zhijian.Platform.Events;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Cases.CaseTestKit;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Cases;

/// <summary>The ordinary procedure through HTTP: what it accepts, in which order, and what it refuses (Chinese, nothing written).</summary>
public sealed class CaseWorkflowTests
{
    [Fact]
    public async Task An_ordinary_case_runs_from_clue_to_closing_with_its_documents_and_a_complete_record()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var legal = await app.LoginAsync("legal");

        var clueId = await ClueAsync(chief, uscc);
        var clue = await chief.GetJsonAsync($"/api/v1/cases/clues/{clueId}");
        Assert.Equal("2026-12-14", clue.Str("openBy")); // Mon 23 Nov + 15 WD
        var id = (await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clueId}/open", Open(uscc))).ExpectAsync()).GetInt64();
        var c = await CaseAsync(chief, id);
        Assert.Equal("Investigating", c.Str("stage"));
        Assert.Matches(@"^济历市监立〔2026〕\d+号$|〔2026〕", c.Str("number"));

        await InvestigateAsync(handler, id);
        Assert.Equal("Reviewing", (await CaseAsync(handler, id)).Str("stage"));
        Assert.Contains("只有法制审核人员", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "同意" }), HttpStatusCode.Forbidden));
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "事实清楚，证据充分，同意告知" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/notice", new { })).ExpectAsync();
        c = await CaseAsync(handler, id);
        Assert.Equal("2026-11-30", c.Str("statementBy")); // 5 WD after Mon 23 Nov
        Assert.False(c.GetProperty("hearingRight").GetBoolean()); // ¥20,000 to an organisation: below ¥100,000

        Assert.Contains("陈述、申辩期限至 2026年11月30日", await RefusedAsync(await handler.PostAsync($"/api/v1/cases/{id}/advance")));
        Assert.Contains("不能作出处罚决定", await RefusedAsync(await chief.PostAsync($"/api/v1/cases/{id}/decide")));
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/statement", new { waived = true })).ExpectAsync();
        await (await handler.PostAsync($"/api/v1/cases/{id}/advance")).ExpectAsync();
        Assert.Equal("Deciding", (await CaseAsync(handler, id)).Str("stage"));
        Assert.Contains("负责人", await RefusedAsync(await handler.PostAsync($"/api/v1/cases/{id}/decide"), HttpStatusCode.Forbidden));
        await (await chief.PostAsync($"/api/v1/cases/{id}/decide")).ExpectAsync();

        Assert.Contains("签收人", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/serve", new { servedOn = "2026-11-23", method = "直接送达" })));
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/serve", new { servedOn = "2026-11-23", method = "直接送达", signedBy = "张三" })).ExpectAsync();
        c = await CaseAsync(handler, id);
        Assert.Equal("Executing", c.Str("stage"));
        Assert.Equal("2026-12-08", c.Str("finePaymentBy")); // 15 CD after 23 Nov
        Assert.Contains("未缴纳", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/{id}/close", new { })));
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/payment", new { on = "2026-11-23" })).ExpectAsync();
        await (await chief.PostJsonAsync($"/api/v1/cases/{id}/close", new { note = "罚款已缴纳" })).ExpectAsync();

        var detail = await chief.GetJsonAsync($"/api/v1/cases/{id}");
        Assert.Equal("Closed", detail.GetProperty("case").Str("stage"));
        Assert.Equal(0, detail.GetProperty("missing").GetArrayLength());
        var kinds = detail.GetProperty("documents").EnumerateArray().Select(d => d.Str("kind")).ToList();
        Assert.Equal(["OpeningApproval", "Notice", "Decision", "ServiceReceipt", "ClosingApproval"], kinds);
        Assert.All(detail.GetProperty("documents").EnumerateArray(), d => Assert.Equal(64, d.Str("sha256").Length));
        var steps = detail.GetProperty("steps").EnumerateArray().Select(s => s.Str("action")).ToList();
        Assert.Equal(["clue.received", "clue.opened", "case.opened", "evidence.added", "file.added", "proposed", "submitted", "reviewed", "notified", "statement", "advanced", "decided", "served", "paid", "closed"], steps);

        // A closed case only takes a recorded correction.
        Assert.Contains("已结案", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/evidence", new { type = "Documentary", title = "补充", source = "x", collectedOn = "2026-11-23", collectedBy = new[] { "casehandler", "inspector" } }), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("理由", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/{id}/corrections", new { field = "representative", value = "张山" })));
        await (await chief.PostJsonAsync($"/api/v1/cases/{id}/corrections", new { field = "representative", value = "张山", reason = "法定代表人姓名笔误，以营业执照为准" })).ExpectAsync();
        Assert.Equal("张山", (await CaseAsync(chief, id)).Str("representative"));

        var metrics = await chief.GetJsonAsync("/api/v1/cases/metrics");
        var unit = Assert.Single(metrics.EnumerateArray());
        Assert.Equal(1, unit.GetProperty("complete").GetInt32());
        Assert.Equal(1, unit.GetProperty("recorded").GetInt32());
        Assert.Equal(20000m, unit.GetProperty("fines").GetDecimal());
    }

    [Fact]
    public async Task A_major_case_cannot_be_decided_without_legal_review_and_collective_discussion()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var legal = await app.LoginAsync("legal");
        var leader = await app.LoginAsync("leader");
        var id = await OpenCaseAsync(chief, uscc, major: true);
        await InvestigateAsync(handler, id);
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "同意告知" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/notice", new { })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/statement", new { text = "当事人称系供货商提供的标签，已下架整改。" })).ExpectAsync();
        // Defending never leads to a heavier penalty.
        Assert.Contains("不得因其陈述申辩而加重处罚", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/proposal", Proposal(30000))));
        await (await handler.PostAsync($"/api/v1/cases/{id}/advance")).ExpectAsync();
        var c = await CaseAsync(handler, id);
        Assert.Equal("LegalReview", c.Str("stage"));
        Assert.Equal("2026-12-07", c.Str("legalReviewBy")); // 10 WD after Mon 23 Nov

        Assert.Contains("未经法制审核", await RefusedAsync(await chief.PostAsync($"/api/v1/cases/{id}/decide")));
        Assert.Contains("不能修改处罚意见", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/proposal", Proposal(15000))));
        Assert.Contains("只有法制审核人员", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/{id}/legal-review", new { passed = true, opinion = "同意" }), HttpStatusCode.Forbidden));
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/legal-review", new { passed = true, opinion = "主体认定准确，事实清楚，适用依据正确，程序合法，裁量适当" })).ExpectAsync();
        Assert.Equal("Collective", (await CaseAsync(handler, id)).Str("stage"));
        Assert.Contains("集体讨论", await RefusedAsync(await chief.PostAsync($"/api/v1/cases/{id}/decide")));
        await (await leader.PostJsonAsync($"/api/v1/cases/{id}/collective", new { heldOn = "2026-11-23", conclusion = "同意按拟处罚意见作出决定" })).ExpectAsync();
        await (await chief.PostAsync($"/api/v1/cases/{id}/decide")).ExpectAsync();
        c = await CaseAsync(handler, id);
        Assert.Equal("Decided", c.Str("stage"));
        Assert.True(c.GetProperty("legalReviewPassed").GetBoolean());
    }

    [Fact]
    public async Task Discretion_outside_the_band_needs_a_reason_and_outside_the_law_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var id = await OpenCaseAsync(chief, uscc);
        var url = $"/api/v1/cases/{id}/proposal";
        // 货值 8,000 元 (< 1 万): 5,000–50,000 元; 一般 = 30–70 % → 18,500–36,500 元.
        Assert.Contains("超过法定上限", await RefusedAsync(await handler.PostJsonAsync(url, Proposal(60000, "情节严重"))));
        Assert.Contains("低于法定最低限", await RefusedAsync(await handler.PostJsonAsync(url, Proposal(3000, "初犯"))));
        Assert.Contains("偏离裁量基准的理由", await RefusedAsync(await handler.PostJsonAsync(url, Proposal(10000))));
        Assert.Contains("18,500～36,500", await RefusedAsync(await handler.PostJsonAsync(url, Proposal(10000))));
        Assert.Contains("没有规定吊销许可证件", await RefusedAsync(await handler.PostJsonAsync(url, new { violationCode = "JG13", penalties = new[] { new { kind = "RevokeLicence" } }, discretion = "Normal" })));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
            Assert.Null((await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == id)).ViolationCode); // nothing half-written
        }

        await (await handler.PostJsonAsync(url, Proposal(10000, "当事人主动下架全部涉案食品并召回，积极配合调查"))).ExpectAsync();
        var c = await CaseAsync(handler, id);
        Assert.Equal("SP125", c.Str("violationCode"));
        Assert.Contains("主动下架", c.Str("discretionReason"));
        var step = (await handler.GetJsonAsync($"/api/v1/cases/{id}")).GetProperty("steps").EnumerateArray().Last();
        Assert.Contains("偏离裁量基准", step.Str("text"));
    }

    [Fact]
    public async Task Opening_refuses_missing_conditions_time_barred_conduct_and_fewer_than_two_certified_officers()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var clue = await ClueAsync(chief, uscc);
        var url = $"/api/v1/cases/clues/{clue}/open";
        Assert.Contains("负责人", await RefusedAsync(await handler.PostJsonAsync(url, Open(uscc)), HttpStatusCode.Forbidden));
        Assert.Contains("不得少于 2 人", await RefusedAsync(await chief.PostJsonAsync(url, Open(uscc, officers: ["casehandler"]))));
        Assert.Contains("没有执法证件", await RefusedAsync(await chief.PostJsonAsync(url, Open(uscc, officers: ["casehandler", "chief"]))));
        Assert.Contains("追责时效", await RefusedAsync(await chief.PostJsonAsync(url, Open(uscc, conductEnded: new DateOnly(2024, 11, 1)))));
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Open(uscc))!;
        body["primaFacie"] = false;
        Assert.Contains("立案条件不具备", await RefusedAsync(await chief.PostJsonAsync(url, body)));
        Assert.Equal("Verifying", (await chief.GetJsonAsync($"/api/v1/cases/clues/{clue}")).Str("status"));

        Assert.Contains("不予立案的情形", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/decline", new { reason = "x" })));
        await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/decline", new { ground = "NoViolation", reason = "经核查，标签已标注生产日期，系检查人员误读" })).ExpectAsync();
        Assert.Contains("不予立案", await RefusedAsync(await chief.PostJsonAsync(url, Open(uscc)), HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task Clue_deadline_extends_once_and_pauses_for_testing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var clue = await ClueAsync(chief, uscc);
        var extended = await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/extend", new { reason = "需调取供货商票据" })).ExpectAsync();
        Assert.Equal("2027-01-05", extended.Str("openBy")); // 14 Dec + 15 WD (元旦 1 Jan 2027)
        Assert.Contains("不能再延长", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/extend", new { reason = "再延" })));
        await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/pause", new { reason = "送检验检测" })).ExpectAsync();
        app.Clock.Advance(TimeSpan.FromDays(7)); // Mon 23 → Mon 30 Nov
        chief = await app.LoginAsync("chief");
        var resumed = await (await chief.PostAsync($"/api/v1/cases/clues/{clue}/resume")).ExpectAsync();
        // Paused 23–29 Nov: counting starts the day after receipt, so the 4 working days 24–27 Nov do not count: 5 Jan + 4 WD.
        Assert.Equal("2027-01-11", resumed.Str("openBy"));
    }

    [Fact]
    public async Task A_report_turned_into_a_case_arrives_as_one_clue_for_the_bureau()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var uscc = await RegisterAsync(app);
        var complaint = await app.LoginAsync("complaint");
        var body = Complaint(uscc, "该店销售的预包装食品无生产日期。");
        body["kind"] = "report";
        var receipt = await OkAsync(await complaint.PostJsonAsync("/api/v1/complaints", body), HttpStatusCode.Created);
        var report = FirstId(receipt);
        await OkAsync(await complaint.PostJsonAsync($"/api/v1/complaints/{report}/decide", new { openCase = true, reason = "经核查属实" }));
        var outbox = app.Services.GetRequiredService<OutboxDispatcher>();
        await outbox.DispatchPendingAsync(CancellationToken.None);
        await outbox.DispatchPendingAsync(CancellationToken.None);

        var chief = await app.LoginAsync("chief");
        var clues = await chief.GetJsonAsync("/api/v1/cases/clues");
        var clue = Assert.Single(clues.EnumerateArray());
        Assert.Equal("Complaint", clue.Str("source"));
        Assert.Equal(uscc, clue.Str("uscc"));
        Assert.Contains("无生产日期", clue.Str("facts"));
        Assert.DoesNotContain("王小明", clues.GetRawText());
        Assert.Equal("2026-12-14", clue.Str("openBy"));
    }

    [Fact]
    public async Task A_case_transferred_to_the_police_waits_and_resumes_when_they_decline()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var id = await OpenCaseAsync(chief, uscc);
        Assert.Equal("2027-02-22", (await CaseAsync(chief, id)).Str("concludeBy")); // 23 Nov + 90 CD = Sun 21 Feb 2027 → next working day
        Assert.Contains("公安机关", await RefusedAsync(await chief.PostJsonAsync($"/api/v1/cases/{id}/police", new { reason = "涉案金额巨大" })));
        await (await chief.PostJsonAsync($"/api/v1/cases/{id}/police", new { policeOrgan = "济南市公安局历下区分局", reason = "涉嫌生产、销售伪劣产品罪，涉案金额超过五万元" })).ExpectAsync();
        var c = await CaseAsync(chief, id);
        Assert.Equal("TransferredToPolice", c.Str("stage"));
        Assert.Contains("〔2026〕", c.Str("transferNo"));
        Assert.Contains("回执", await RefusedAsync(await handler.PostJsonAsync($"/api/v1/cases/{id}/police/outcome", new { outcome = "Declined", note = "x" })));
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/police/receipt", new { on = "2026-11-23" })).ExpectAsync();
        app.Clock.Advance(TimeSpan.FromDays(10));
        handler = await app.LoginAsync("casehandler");
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/police/outcome", new { outcome = "Declined", note = "历公（经）不立字〔2026〕15号：认为没有犯罪事实" })).ExpectAsync();
        c = await CaseAsync(handler, id);
        Assert.Equal("Investigating", c.Str("stage"));
        // With the police 23 Nov – 2 Dec: the 9 counted days 24 Nov – 2 Dec do not count: 21 Feb + 9 = Tue 2 Mar 2027.
        Assert.Equal("2027-03-02", c.Str("concludeBy"));
    }

    [Fact]
    public async Task The_simple_procedure_takes_only_a_warning_or_a_small_fine()
    {
        await using var app = await ZhijianApp.StartAsync();
        var handler = await app.LoginAsync("casehandler");
        object Body(decimal fine, string[] officers) => new
        {
            partyKind = "NaturalPerson",
            partyName = "李四",
            facts = "摊位商品未明码标价",
            violationCode = "JG13",
            penalties = new[] { new { kind = "Fine", amount = fine } },
            officers,
            place = "历下区某农贸市场",
        };
        Assert.Contains("简易程序只适用于", await RefusedAsync(await handler.PostJsonAsync("/api/v1/cases/simple", Body(500, ["casehandler", "inspector"]))));
        Assert.Contains("不得少于 2 人", await RefusedAsync(await handler.PostJsonAsync("/api/v1/cases/simple", Body(100, ["casehandler"]))));
        var id = (await (await handler.PostJsonAsync("/api/v1/cases/simple", Body(100, ["casehandler", "inspector"]))).ExpectAsync()).GetInt64();
        var c = await CaseAsync(handler, id);
        Assert.Equal("Simple", c.Str("procedure"));
        Assert.Equal("Executing", c.Str("stage"));
        Assert.Equal(c.Str("number"), c.Str("decisionNo"));
    }
}
