using System.Net;
using System.Text.Json;
using Zhijian.Inspections.Contracts;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Sampling.SamplingTestKit;

namespace Zhijian.Tests.FoodSafety.Sampling;

/// <summary>A non-compliant batch from the console to 核查处置, the case clue, the credit record and the portal — on both databases.</summary>
public sealed class SamplingFlowTests
{
    [Fact]
    public async Task A_failure_flows_to_disposal_case_clue_credit_record_and_the_portal()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        var (id, number) = await AtLabAsync(s);

        var accepted = await PostResultAsync(s.First.Client, FailResult(number, "SJ-2026-0001"));
        Assert.Equal("不合格", accepted.Str("result"));
        Assert.Equal("2026-11-24", accepted.Str("resultToBureauBy")); // 2 WD from the report (11-20, Fri): 11-23, 11-24
        var disposalId = accepted.GetProperty("disposalId").GetInt64();

        var order = await s.Inspector.GetJsonAsync($"/api/v1/food/sampling/orders/{id}");
        Assert.Equal("不合格", order.Str("result"));
        Assert.Equal("已出结果", order.Str("status"));
        Assert.Equal("2026-11-30", order.Str("noticeBy")); // 5 WD from receipt (11-23)
        Assert.Equal(disposalId, order.GetProperty("disposalId").GetInt64());

        var disposal = await s.Inspector.GetJsonAsync($"/api/v1/food/disposals/{disposalId}");
        var tasks = disposal.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Contains(tasks, t => t.GetProperty("role").GetString() == "销售者" && t.GetProperty("addressee").GetString()!.Contains("历下", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.GetProperty("role").GetString() == "生产者" && t.GetProperty("outgoing").GetBoolean()
            && t.GetProperty("addressee").GetString()!.Contains("外省/外市（321202）", StringComparison.Ordinal));
        Assert.Equal("2027-02-22", disposal.Str("dueOn")); // 90 日 from 2026-11-23 = 2027-02-21 (Sun, 暂定) → Monday

        var caseHandler = await app.LoginAsync("casehandler");
        await Eventually(async () => (await caseHandler.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray()
            .Any(c => c.TryGetProperty("sourceNumber", out var n) && n.GetString() == number));
        await Eventually(async () => (await s.Chief.GetJsonAsync($"/api/v1/credit/records?uscc={s.Seller}&kind=SamplingFailure")).GetProperty("total").GetInt32() == 1);

        foreach (var step in disposal.GetProperty("steps").EnumerateArray())
            await (await s.Inspector.PostJsonAsync($"/api/v1/food/disposals/{disposalId}/steps/{step.GetProperty("id").GetInt64()}", new { note = "已完成" })).ExpectAsync();
        var done = await (await s.Inspector.PostJsonAsync($"/api/v1/food/disposals/{disposalId}/complete", new { summary = "已封存库存 120 瓶、下架召回，生产者所在地已复函，立案查处。" })).ExpectAsync();
        Assert.Equal("按期完成", done.Str("state"));

        await (await s.Inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{id}/notice", new { on = "2026-11-23" })).ExpectAsync();
        Assert.Contains("权限不足", await (await s.Inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{id}/publish", new { })).ExpectProblemAsync(HttpStatusCode.Forbidden));
        await (await s.Chief.PostJsonAsync($"/api/v1/food/sampling/orders/{id}/publish", new { })).ExpectAsync();

        var portal = await app.Anonymous().GetStringAsync("/gs/food/sampling?food=" + Uri.EscapeDataString("酱油") + "&result=" + Uri.EscapeDataString("不合格"));
        Assert.Contains("济南泉城超市有限公司", portal, StringComparison.Ordinal);
        Assert.Contains("氨基酸态氮：0.31g/100mL（标准值 ≥0.40g/100mL）", portal, StringComparison.Ordinal);
        Assert.Contains("江苏某某酿造有限公司", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("张伟", portal, StringComparison.Ordinal); // samplers are not published
    }

    internal static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "条件在 30 秒内未满足");
            await Task.Delay(200);
        }
    }
}

/// <summary>Bad input, the retest window and the verifiable retest-lab pick, over the API.</summary>
[Trait("Database", "any")] // rules of the module over the API; the storage is covered on both engines by SamplingFlowTests
public sealed class SamplingRulesTests
{
    [Fact]
    public async Task Bad_results_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        var (id, number) = await AtLabAsync(s);

        var unknown = await PostResultAsync(s.First.Client, FailResult("CJ2026999999", "R-1"), HttpStatusCode.NotFound);
        Assert.Contains("抽样单编号（orderNumber）“CJ2026999999”不存在", unknown.ProblemText(), StringComparison.Ordinal);

        var other = await PostResultAsync(s.Second.Client, FailResult(number, "R-2"), HttpStatusCode.Forbidden);
        Assert.Contains("已分配给“山东省食品药品检验研究院”检验，不是本机构（济南市食品药品检验检测中心）", other.ProblemText(), StringComparison.Ordinal);

        var unit = await PostResultAsync(s.First.Client, FailResult(number, "R-3", unit: "g/kg"), HttpStatusCode.BadRequest);
        Assert.True(unit.GetProperty("errors").TryGetProperty("items[0].unit", out _), unit.ToString());
        Assert.Contains("第 1 项“氨基酸态氮”：计量单位“g/kg”与标准值“≥0.40g/100mL”的单位“g/100mL”不一致", unit.ProblemText(), StringComparison.Ordinal);

        var verdict = await PostResultAsync(s.First.Client, new
        {
            orderNumber = number,
            reportNo = "R-4",
            reportDate = "2026-11-20",
            conclusion = "合格",
            items = new[] { new { item = "铅（以Pb计）", standard = "GB 2762-2022", standardValue = "≤1.0mg/kg", measured = "1.6", unit = "mg/kg", verdict = "合格", microbiological = false } },
        }, HttpStatusCode.BadRequest);
        Assert.Contains("检验结果 1.6mg/kg 不符合标准值 ≤1.0mg/kg，单项判定却为“合格”", verdict.ProblemText(), StringComparison.Ordinal);

        var order = await s.Inspector.GetJsonAsync($"/api/v1/food/sampling/orders/{id}");
        Assert.Equal("已送检", order.Str("status"));
        Assert.Equal(0, order.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("disposalId").ValueKind);

        await PostResultAsync(s.First.Client, FailResult(number, "R-5"));
        var again = await PostResultAsync(s.First.Client, FailResult(number, "R-6"), HttpStatusCode.Conflict);
        Assert.Contains("已报送检验报告（报告编号 R-5）", again.ProblemText(), StringComparison.Ordinal);

        var tooFew = await s.Inspector.PostJsonAsync("/api/v1/food/sampling/orders", Order(s, samplers: ["inspector"]));
        Assert.Contains("抽样人员不得少于 2 人", await tooFew.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retest_window_microbiological_failures_and_the_verifiable_retest_lab_pick()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        var a = await AtLabAsync(s, "酱油");
        var b = await AtLabAsync(s, "食醋");
        var c = await AtLabAsync(s, "凉拌菜");
        await PostResultAsync(s.First.Client, FailResult(a.Number, "A-1"));
        await PostResultAsync(s.First.Client, FailResult(b.Number, "B-1"));
        await PostResultAsync(s.First.Client, FailResult(c.Number, "C-1", microbiological: true));
        foreach (var o in new[] { a, b, c })
            await (await s.Inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{o.Id}/notice", new { on = "2026-11-23" })).ExpectAsync();

        // Notice served 2026-11-23 (Mon): 7 WD → 2026-12-02. The bureau enters the application on 12-03.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        var inspector = await app.LoginAsync("inspector");
        var chief = await app.LoginAsync("chief");
        var day7 = await (await inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{a.Id}/retest", new { appliedOn = "2026-12-02", reason = "对氨基酸态氮检验结果有异议" })).ExpectAsync();
        Assert.Equal("2026-12-09", day7.Str("acceptBy")); // 5 WD
        var day8 = await inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{b.Id}/retest", new { appliedOn = "2026-12-03", reason = "申请复检" });
        var late = await day8.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(late.GetProperty("errors").TryGetProperty("appliedOn", out _));
        Assert.Contains("复检申请期限已于 2026-12-02 届满", late.ProblemText(), StringComparison.Ordinal);
        Assert.Equal(0, (await inspector.GetJsonAsync($"/api/v1/food/sampling/orders/{b.Id}")).GetProperty("reviews").GetArrayLength());
        var micro = await (await inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{c.Id}/retest", new { appliedOn = "2026-11-25", reason = "申请复检" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("微生物指标，依法不予复检", micro, StringComparison.Ordinal);

        var reviewId = day7.GetProperty("id").GetInt64();
        var frozen = await (await chief.PostJsonAsync($"/api/v1/food/sampling/reviews/{reviewId}/decision", new { accept = true, decisionNo = "历下市监复受〔2026〕1号" })).ExpectAsync();
        Assert.Equal(JsonValueKind.Null, frozen.GetProperty("secret").ValueKind); // not revealed before the pick
        var picked = await (await chief.PostJsonAsync($"/api/v1/food/sampling/reviews/{reviewId}/pick", new { publicValue = "历下市监复受〔2026〕1号" })).ExpectAsync();

        // Re-verify from the stored, shown data alone.
        var order = await chief.GetJsonAsync($"/api/v1/food/sampling/orders/{a.Id}");
        var r = order.GetProperty("reviews")[0];
        var candidates = r.GetProperty("candidates").EnumerateArray().Select(x => x.GetString()!).Select(l => (Id: l[..l.IndexOf(',', StringComparison.Ordinal)], Label: l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..])).ToList();
        Assert.DoesNotContain(candidates, x => x.Label == s.First.Name); // the first lab is never a candidate
        Assert.Equal(r.Str("candidateHash"), VerifiableDraw.CandidateHash(candidates));
        var secret = Convert.FromHexString(r.Str("secret"));
        Assert.Equal(r.Str("commitment"), VerifiableDraw.Commitment(secret));
        var pick = VerifiableDraw.Pick(VerifiableDraw.Seed(secret, r.Str("publicValue")), order.Str("number"), [.. candidates.Select(x => x.Id)], 1)[0];
        Assert.Equal(r.Str("pickedLab"), candidates.Single(x => x.Id == pick).Label);
        Assert.Equal(picked.Str("pickedLab"), r.Str("pickedLab"));

        // Only the picked lab posts the retest; its conclusion is final.
        var retestLab = new[] { s.Second, s.Third }.Single(l => l.Name == r.Str("pickedLab"));
        var wrong = await PostResultAsync(s.First.Client, FailResult(a.Number, "A-R0", reportDate: "2026-12-03"), HttpStatusCode.Forbidden);
        Assert.Contains("复检", wrong.ProblemText(), StringComparison.Ordinal);
        await PostResultAsync(retestLab.Client, new
        {
            orderNumber = a.Number,
            reportNo = "A-R1",
            reportDate = "2026-12-03",
            conclusion = "合格",
            items = new[] { new { item = "氨基酸态氮", standard = "GB 2717-2018", standardValue = "≥0.40g/100mL", measured = "0.45", unit = "g/100mL", verdict = "合格", microbiological = false } },
        });
        var final = await chief.GetJsonAsync($"/api/v1/food/sampling/orders/{a.Id}");
        Assert.Equal("合格", final.Str("finalResult"));
        Assert.Equal("已完结", final.Str("status"));
    }
}
