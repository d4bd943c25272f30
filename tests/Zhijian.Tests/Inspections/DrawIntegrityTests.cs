using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>
/// Issue 19: the ways a bureau could steer who is inspected and who inspects, each tried through the API as the outsider
/// did; every one answered 200 before zhijian-draw-v2 and is refused or without effect now.
/// </summary>
[Trait("Database", "any")] // rules of the module over the API; the engine-specific storage (bulk targets, JSON columns) is covered on both by InspectionFlowTests and InspectionBadInputTests
public sealed class DrawIntegrityTests
{
    private static long Id(JsonElement e, string name = "id") => e.GetProperty(name).GetInt64();

    [Fact]
    public async Task Finding_1_an_inspector_replacement_cannot_be_predicted_or_steered_by_eligibility_edits()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12, officers: 6);
        var task = await CreateTaskAsync(s);
        var main = await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var target = staffed[0];
        var leaving = target.GetProperty("officers")[0];

        // The attack: everything published so far (the target draw's secret and value, the first officer draw's) is known.
        // Before v2 the replacement of a recusal was "officers:{i}:0:1" over the target draw's seed: computable in advance.
        var anonymous = app.Anonymous();
        var firstOfficerDraw = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws/1"));
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/assignments/{Id(leaving, "assignmentId")}/recuse", new { reason = "与该企业负责人系同学" }));
        var frozen = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/assign", Declaration(s)));
        var published = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws/{frozen.GetProperty("seq").GetInt32()}"));
        var slot = Assert.Single(published.GetProperty("slots").EnumerateArray());
        var frozenEligible = slot.GetProperty("eligible").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.Equal(JsonValueKind.Null, published.GetProperty("secret").ValueKind);
        Assert.Equal(JsonValueKind.Null, slot.GetProperty("picked").ValueKind);
        Assert.Contains(slot.GetProperty("excluded").EnumerateArray(), x => x.Str("cert") == leaving.Str("certificateNo") && x.Str("category") == "recused");

        // Whoever edits leave after the freeze tries to keep the officers of the frozen list out — and cannot: the round
        // draws from the frozen list, with a seed made of a secret committed at the freeze and a value that did not exist.
        var inspectors = await OkAsync(await s.Chief.GetAsync("/api/v1/inspections/inspectors"));
        foreach (var cert in frozenEligible)
        {
            var id = Id(inspectors.EnumerateArray().Single(i => i.Str("certificateNo") == cert));
            await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/inspectors/{id}/leaves", new { from = "2026-11-01", to = "2026-12-31", reason = "冻结后补登的请假" }));
        }

        ReachMoment(s, frozen);
        var drawn = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/officer-draws/{frozen.GetProperty("seq").GetInt32()}/draw", Values(s, "5318")));
        var view = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => t.Str("uscc") == target.Str("uscc"));
        var round = view.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("round").GetInt32() == 1);
        var picked = Assert.Single(round.GetProperty("picked").EnumerateArray()).GetString()!;
        Assert.Contains(picked, frozenEligible); // leave added after the freeze changed nothing
        Assert.Equal(frozenEligible, round.GetProperty("eligible").EnumerateArray().Select(x => x.GetString()!).ToList());
        var seed = DrawVerifier.Seed(Convert.FromHexString(drawn.Str("secret")), drawn.Str("witnessValue"));
        var verified = DrawVerifier.VerifyOfficerDraw(await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws/{frozen.GetProperty("seq").GetInt32()}")));
        Assert.True(verified.Ok, string.Join("\n", verified.Problems));
        Assert.Equal(slot.Str("label"), round.Str("label"));
        Assert.Equal(drawn.Str("commitment"), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromHexString(drawn.Str("secret")))));
        Assert.Equal(frozen.Str("frozenHash"), drawn.Str("frozenHash"));
        // The seeds every earlier record published (the target draw's, the first officer draw's) are not this round's.
        Assert.NotEqual(DrawVerifier.Seed(Convert.FromHexString(main.Str("secret")), main.Str("witnessValue")), seed);
        Assert.NotEqual(DrawVerifier.Seed(Convert.FromHexString(firstOfficerDraw.Str("secret")), firstOfficerDraw.Str("witnessValue")), seed);
    }

    [Fact]
    public async Task Finding_2_free_text_grounds_and_grounds_that_do_not_hold_are_refused_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12);
        var task = await CreateTaskAsync(s);
        await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var still = Id(staffed[0], "targetId");

        var textOnly = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", new { targetIds = new[] { still }, reason = "称已停业（未核实）" });
        Assert.Contains("仅填写文字说明不能补抽", await ProblemAsync(textOnly, HttpStatusCode.BadRequest));
        var unknown = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [still], "不满意"));
        Assert.Contains("补抽理由“不满意”无效", await ProblemAsync(unknown, HttpStatusCode.BadRequest));
        var active = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [still], "registry-status"));
        Assert.Contains("在登记机关的状态仍为存续，不能以登记状态变更为由补抽", await ProblemAsync(active, HttpStatusCode.UnprocessableEntity));
        var noResult = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [still], "unreachable"));
        Assert.Contains("没有已确认的“通过登记的住所无法联系”检查结果", await ProblemAsync(noResult, HttpStatusCode.UnprocessableEntity));
        var noRecusal = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [still], "no-officer"));
        Assert.Contains("没有“回避后无符合条件执法检查人员”的记录", await ProblemAsync(noRecusal, HttpStatusCode.UnprocessableEntity));

        var draws = await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/draws"));
        Assert.Single(draws.EnumerateArray());
        var target = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => Id(t, "targetId") == still);
        Assert.Equal("待检查", target.Str("status"));
        Assert.Equal(2, target.GetProperty("officers").EnumerateArray().Count(o => !o.GetProperty("recused").GetBoolean()));
    }

    [Fact]
    public async Task Finding_2_a_replacement_cannot_itself_be_replaced_and_a_confirmed_unreachable_result_is_a_ground()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 14);
        var task = await CreateTaskAsync(s);
        await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var registrar = await app.LoginAsync("registrar");
        var first = staffed[0];
        await OkAsync(await registrar.PostJsonAsync($"/api/v1/entities/{first.Str("uscc")}/status", new { kind = "revocation", on = "2026-11-23", reason = "连续六个月未开业", decisionNo = "济历市监吊字〔2026〕31号" }));
        await DrawSupplementAsync(s, task, [Id(first, "targetId")], "registry-status");
        var replacement = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => t.GetProperty("drawSeq").GetInt32() == 2);
        await OkAsync(await registrar.PostJsonAsync($"/api/v1/entities/{replacement.Str("uscc")}/status", new { kind = "deregistration", on = "2026-11-23", reason = "决议解散" }));

        var again = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [Id(replacement, "targetId")], "registry-status"));
        var message = await ProblemAsync(again, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("本身是补抽替换上来的对象", message);
        Assert.Contains("inspection.replacements-per-slot", message);
        var twice = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [Id(first, "targetId")], "registry-status"));
        Assert.Contains("已被补抽替换，不能再次替换", await ProblemAsync(twice, HttpStatusCode.UnprocessableEntity));
        Assert.Equal(2, (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/draws"))).GetArrayLength());

        // A confirmed result "通过登记的住所无法联系" is a ground: the result stays (it is the inspection's outcome), the slot is refilled.
        var second = staffed[1];
        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        var result = await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = second.Str("uscc"), category = "Unreachable", notes = "两次实地核查均无法联系", inspectedOn = "2026-11-23" }));
        foreach (var o in second.GetProperty("officers").EnumerateArray())
            await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/results/{Id(result)}/confirm", new { certificateNo = o.Str("certificateNo") }));
        var made = await DrawSupplementAsync(s, task, [Id(second, "targetId")], "unreachable");
        Assert.Contains($"检查结果 #{Id(result)}", made.GetProperty("replaces")[0].Str("evidence"));
        var kept = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => Id(t, "targetId") == Id(second, "targetId"));
        Assert.StartsWith("结果已确认，待公示（已由第 3 次抽取补抽替换）", kept.Str("status"));
    }

    [Fact]
    public async Task Finding_3_a_library_edit_after_the_main_draw_does_not_change_the_supplements_candidates()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 16);
        var task = await CreateTaskAsync(s);
        var main = await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var registrar = await app.LoginAsync("registrar");
        var first = staffed[0];
        await OkAsync(await registrar.PostJsonAsync($"/api/v1/entities/{first.Str("uscc")}/status", new { kind = "deregistration", on = "2026-11-23", reason = "决议解散" }));
        // Another candidate of the main list deregistered too: it leaves the supplement's list, with its reason published.
        var mainList = (await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draws/1"))).GetProperty("candidates").EnumerateArray().Select(x => x.GetString()!).ToList();
        var selected = main.GetProperty("selected").EnumerateArray().Select(x => x.GetString()!).ToHashSet();
        var gone = mainList.First(u => !selected.Contains(u));
        await OkAsync(await registrar.PostJsonAsync($"/api/v1/entities/{gone}/status", new { kind = "deregistration", on = "2026-11-23", reason = "决议解散" }));

        // The bureau narrows the library to one tag and adds an exemption, minutes before the 补抽.
        await OkAsync(await s.Chief.PutJsonAsync($"/api/v1/inspections/libraries/{s.Library}", new
        {
            name = "历下区存续企业",
            divisionCodes = new[] { "370102" },
            activeOnly = true,
            tags = new[] { "不存在的标签" },
            exemptions = new[] { new { tag = "瞪羚企业", reason = "市级抽查免检" }, new { tag = "新设免检", reason = "刚刚加的" } },
        }));
        var supplement = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, [Id(first, "targetId")], "registry-status")));

        // 16 frozen − 5 selected − 1 deregistered since = 10, all from the main list; the library as frozen then.
        Assert.Equal(10, supplement.GetProperty("candidateCount").GetInt32());
        var published = await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draws/2"));
        var candidates = published.GetProperty("candidates").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.All(candidates, c => Assert.Contains(c, mainList));
        Assert.DoesNotContain(gone, candidates);
        var removed = published.GetProperty("removed").EnumerateArray().ToDictionary(x => x.Str("uscc"), x => x.Str("reason"));
        Assert.Equal("inactive", removed[gone]);
        Assert.Equal(5, removed.Values.Count(r => r == "selected"));
        Assert.Equal(mainList.Count, candidates.Count + removed.Count);
        var library = published.GetProperty("library");
        Assert.Empty(library.GetProperty("tags").EnumerateArray());
        Assert.Equal(["瞪羚企业"], library.GetProperty("exemptions").EnumerateArray().Select(x => x.Str("tag")));
        Assert.Equal(1, published.GetProperty("basisSeq").GetInt32());
    }

    [Fact]
    public async Task Finding_4_the_public_value_is_declared_at_the_freeze_and_a_draw_before_its_moment_or_by_an_undeclared_witness_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12, sameDayPublicValue: false); // the default rule: the next working day
        var task = await CreateTaskAsync(s);

        // A moment before the next working day is refused; so is an unknown witness.
        var early = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit",
            new { publicValueSource = "上证指数收盘", publicValueAt = app.Clock.GetUtcNow().AddMinutes(1), witnessIds = new[] { s.Witness, 999_999L } });
        var problem = await ProblemAsync(early, HttpStatusCode.BadRequest);
        Assert.Contains("过早：须在冻结名录之后才产生，不早于 2026-11-24 00:00（北京时间）", problem);
        Assert.Contains("监督人员 999999 不在监督人员名录中或已停用", problem);
        Assert.Equal("Draft", (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}"))).Str("status"));

        var other = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/witnesses", new { name = "李娜", unit = "泉城路街道", role = "群众代表" }), HttpStatusCode.Created);
        var committed = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit",
            new { publicValueSource = "上海证券交易所 上证指数 2026-11-24 收盘点位", publicValueAt = "2026-11-24T15:00:00+08:00", witnessIds = new[] { s.Witness, Id(other) } }));
        Assert.Equal("2026-11-24T07:00:00Z", committed.GetProperty("declaration").Str("at"));

        // 0.6 s after the freeze (and any time before 15:00 the next day) the draw is refused, nothing written.
        app.Clock.Advance(TimeSpan.FromMilliseconds(600));
        var tooSoon = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", new { values = new[] { new { witnessId = s.Witness, value = "3012.45" }, new { witnessId = Id(other), value = "58213" } } });
        Assert.Contains("公开值尚未产生", await ProblemAsync(tooSoon, HttpStatusCode.UnprocessableEntity));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 14, 59, 0, TimeSpan.FromHours(8)));
        var chief = await app.LoginAsync("chief"); // a day later: a new login
        Assert.Contains("取值时点 2026-11-24 15:00", await ProblemAsync(await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "x")), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Committed", (await OkAsync(await chief.GetAsync($"/api/v1/inspections/tasks/{task}"))).Str("status"));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 30, 0, TimeSpan.FromHours(8)));
        var stranger = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/witnesses", new { name = "赵某", unit = "某单位", role = "群众代表" }), HttpStatusCode.Created);
        var undeclared = await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", new { values = new[] { new { witnessId = s.Witness, value = "3012.45" }, new { witnessId = Id(stranger), value = "1" } } });
        var undeclaredProblem = await ProblemAsync(undeclared, HttpStatusCode.BadRequest);
        Assert.Contains($"监督人员 {Id(stranger)} 不是本次抽取冻结时声明的监督人员", undeclaredProblem);
        Assert.Contains("监督人员“李娜”尚未提供公开值", undeclaredProblem);
        var tab = await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", new { values = new[] { new { witnessId = s.Witness, value = "30\n12" }, new { witnessId = Id(other), value = "1" } } });
        Assert.Contains("不能含换行、制表符等控制字符", await ProblemAsync(tab, HttpStatusCode.BadRequest));

        var drawn = await OkAsync(await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", new { values = new[] { new { witnessId = Id(other), value = "\u3000 58213\t" }, new { witnessId = s.Witness, value = "3012.45" } } }));
        // Values in declared order, trimmed (tab and U+3000 included), joined by LF: the text the seed is made of.
        Assert.Equal("3012.45\n58213", drawn.Str("witnessValue"));
        Assert.Equal(["3012.45", "58213"], drawn.GetProperty("declaration").GetProperty("witnesses").EnumerateArray().Select(w => w.Str("value")));
        var check = DrawVerifier.Verify(await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draw")));
        Assert.True(check.Ok, string.Join("\n", check.Problems));
    }

    [Fact]
    public async Task Finding_5_a_frozen_draw_can_be_cancelled_with_a_published_reason_and_a_drawn_one_cannot()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12);
        var task = await CreateTaskAsync(s);
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", Declaration(s)));

        Assert.Contains("作废理由", await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draws/1/cancel", new { reason = " " }), HttpStatusCode.BadRequest));
        var cancelled = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draws/1/cancel", new { reason = "监督人员因公出差，无法按声明时点到场" }));
        Assert.Equal("cancelled", cancelled.Str("status"));
        var published = await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draws"));
        var record = Assert.Single(published.EnumerateArray());
        Assert.Equal(("cancelled", "监督人员因公出差，无法按声明时点到场"), (record.Str("status"), record.Str("cancelReason")));
        Assert.Contains("没有等待摇号的抽取", await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "1")), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Draft", (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}"))).Str("status"));

        // A new freeze is draw 2, the main draw; once drawn it cannot be cancelled.
        var main = await CommitAndDrawAsync(s, task);
        Assert.Equal((2, "main"), (main.GetProperty("seq").GetInt32(), main.Str("kind")));
        Assert.Equal(2, (await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draw"))).GetProperty("seq").GetInt32());
        Assert.Contains("已摇号，结果不能作废", await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draws/2/cancel", new { reason = "不满意" }), HttpStatusCode.Conflict));

        // An officer draw too.
        var frozen = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/assign", Declaration(s)));
        var officerCancel = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/officer-draws/{frozen.GetProperty("seq").GetInt32()}/cancel", new { reason = "执法检查人员名录有误，重新冻结" }));
        Assert.Equal("执法检查人员名录有误，重新冻结", officerCancel.Str("cancelReason"));
        // Once the declared value exists the outcome is fixed: the draw is made, not cancelled.
        var late = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/assign", Declaration(s)));
        ReachMoment(s, late);
        Assert.Contains("结果已确定：只能摇号，不能作废",
            await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/officer-draws/{late.GetProperty("seq").GetInt32()}/cancel", new { reason = "不满意" }), HttpStatusCode.Conflict));
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/officer-draws/{late.GetProperty("seq").GetInt32()}/draw", Values(s, "7")));
        var staffed = await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"));
        Assert.All(staffed.EnumerateArray(), t => Assert.Equal(2, t.GetProperty("officers").GetArrayLength()));
        Assert.Equal(["cancelled", "drawn"], (await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws"))).EnumerateArray().Select(d => d.Str("status")));
    }

    [Fact]
    public async Task A_recusal_that_leaves_nobody_is_recorded_and_is_a_ground_for_a_supplementary_draw()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12, officers: 2);
        var task = await CreateTaskAsync(s);
        await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var target = staffed[0];
        var officer = target.GetProperty("officers")[0];

        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/assignments/{Id(officer, "assignmentId")}/recuse", new { reason = "近亲属在该企业任职" }));
        var view = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => Id(t, "targetId") == Id(target, "targetId"));
        var shortRound = view.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("short").GetBoolean());
        Assert.Empty(shortRound.GetProperty("picked").EnumerateArray());
        Assert.Contains("无法重新抽取", shortRound.Str("reason"));

        var made = await DrawSupplementAsync(s, task, [Id(target, "targetId")], "no-officer");
        Assert.Contains(shortRound.Str("label"), made.GetProperty("replaces")[0].Str("evidence"));
    }

    private static object Supplement(Setup s, long[] targets, string ground) => new
    {
        targetIds = targets,
        ground,
        publicValueSource = "上海证券交易所 上证指数 收盘点位",
        publicValueAt = EarliestMoment(s),
        witnessIds = new[] { s.Witness },
    };

    private static async Task<JsonElement> DrawSupplementAsync(Setup s, long task, long[] targets, string ground)
    {
        var frozen = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", Supplement(s, targets, ground)));
        ReachMoment(s, frozen);
        return await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "补抽-" + frozen.GetProperty("seq").GetInt32())));
    }
}
