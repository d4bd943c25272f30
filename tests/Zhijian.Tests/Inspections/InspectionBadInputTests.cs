using System.Net;
using System.Net.Http.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>Bad input gets a clear Chinese error naming the field or the shortage, and nothing is half-written.</summary>
public sealed class InspectionBadInputTests
{
    [Fact]
    public async Task Ratios_out_of_range_an_unpublished_plan_and_an_empty_library_are_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 6, publishPlan: false);

        var over = await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", new { planId = s.Plan, name = "超比例", libraryId = s.Library, mode = "risk", ratioD = 1.2m, startOn = "2026-11-01", endOn = "2026-12-01" });
        var outOfRange = await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", new { planId = s.Plan, name = "A类过高", libraryId = s.Library, mode = "risk", ratioA = 0.2m, startOn = "2026-11-01", endOn = "2026-12-01" });
        var tooFew = await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", new
        {
            planId = s.Plan,
            name = "一人",
            libraryId = s.Library,
            mode = "fixed",
            fixedCount = 2,
            startOn = "2026-11-01",
            endOn = "2026-12-01",
            departments = new[] { new { department = "市场监督管理局", itemIds = new[] { s.Items[0] }, officersPerTarget = 1 } }
        });
        Assert.Contains("D 类抽查比例 120% 无效", await ProblemAsync(over, HttpStatusCode.BadRequest));
        Assert.Contains("A 类抽查比例 20% 超出规则设置的范围 0%–5%", await ProblemAsync(outOfRange, HttpStatusCode.BadRequest));
        Assert.Contains("至少须有 2 名执法检查人员", await ProblemAsync(tooFew, HttpStatusCode.BadRequest));

        var task = await CreateTaskAsync(s);
        var unpublished = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", Declaration(s));
        Assert.Contains("尚未公示", await ProblemAsync(unpublished, HttpStatusCode.UnprocessableEntity));

        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/plans/{s.Plan}/publish", new { }));
        var tooMany = await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", new { planId = s.Plan, name = "过多", libraryId = s.Library, mode = "fixed", fixedCount = 50, startOn = "2026-11-01", endOn = "2026-12-01" });
        var big = (await OkAsync(tooMany, HttpStatusCode.Created)).GetProperty("id").GetInt64();
        Assert.Contains("固定抽取数量 50 户超过名录库“历下区存续企业”中的对象数 6 户", await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{big}/commit", Declaration(s)), HttpStatusCode.UnprocessableEntity));

        var empty = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/libraries", new { name = "空名录", divisionCodes = new[] { "370102" }, tags = new[] { "不存在的标签" } }), HttpStatusCode.Created);
        var plan2 = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/plans", new { year = 2026, name = "空计划", from = "2026-01-01", to = "2026-12-31", itemIds = s.Items, libraryIds = new[] { empty.GetProperty("id").GetInt64() } }), HttpStatusCode.Created);
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/plans/{plan2.GetProperty("id").GetInt64()}/publish", new { }));
        var emptyTask = await CreateTaskAsync(s, new { planId = plan2.GetProperty("id").GetInt64(), name = "空", libraryId = empty.GetProperty("id").GetInt64(), mode = "fixed", fixedCount = 1, startOn = "2026-11-01", endOn = "2026-12-01" });
        Assert.Contains("名录库“空名录”当前没有符合条件的检查对象", await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{emptyTask}/commit", Declaration(s)), HttpStatusCode.UnprocessableEntity));

        // Nothing was frozen by the refused commits.
        Assert.Empty((await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{big}/draws"))).EnumerateArray());
        Assert.Equal("Draft", (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{emptyTask}"))).Str("status"));
        // A freeze without its declaration names each missing part, and freezes nothing.
        var undeclared = await ProblemAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("公开值来源", undeclared);
        Assert.Contains("取值时点", undeclared);
        Assert.Contains("请至少指定一名监督人员", undeclared);
        Assert.Equal("Draft", (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}"))).Str("status"));
    }

    [Fact]
    public async Task Fewer_qualified_officers_than_needed_names_the_shortage_and_assigns_nobody()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 8, officers: 3);
        // A joint task: the tax bureau contributes an item but has no officers in the library.
        var task = await CreateTaskAsync(s, new
        {
            planId = s.Plan,
            name = "联合抽查",
            libraryId = s.Library,
            mode = "fixed",
            fixedCount = 3,
            startOn = "2026-11-01",
            endOn = "2026-12-20",
            departments = new object[] { new { department = "市场监督管理局", itemIds = new[] { s.Items[0] }, officersPerTarget = 2 }, new { department = "历下区税务局", itemIds = new[] { s.Items[1] }, officersPerTarget = 1 } },
        });
        await CommitAndDrawAsync(s, task);

        var refused = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/assign", Declaration(s));

        var message = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("未冻结人员名单", message);
        Assert.Contains("（历下区税务局）需要 1 名执法检查人员，符合条件的仅 0 名（历下区税务局在执法检查人员名录库中没有人员）", message);
        var view = await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"));
        Assert.All(view.EnumerateArray(), t => Assert.Empty(t.GetProperty("officers").EnumerateArray()));
        Assert.Empty((await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/officer-draws"))).EnumerateArray());

        // With two tax officers added, every target gets 2 + 1, the tax officer from department 1.
        foreach (var cert in new[] { "T-001", "T-002" })
            await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/inspectors", new { name = "税务" + cert, certificateNo = cert, department = "历下区税务局" }), HttpStatusCode.Created);
        var staffed = await AssignAsync(s, task);
        Assert.All(staffed.EnumerateArray(), t =>
        {
            var officers = t.GetProperty("officers").EnumerateArray().ToList();
            Assert.Equal(2, officers.Count(o => o.Str("department") == "市场监督管理局"));
            Assert.Single(officers, o => o.Str("department") == "历下区税务局");
        });
    }

    [Fact]
    public async Task A_declared_conflict_frees_the_slot_for_the_next_officer_draw_and_a_supplementary_draw_is_separately_verifiable()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 20, officers: 5);
        var task = await CreateTaskAsync(s);
        var main = await CommitAndDrawAsync(s, task);
        var staffed = await AssignAsync(s, task);
        var target = staffed[0];
        var officer = target.GetProperty("officers")[0];
        var inspectorId = officer.GetProperty("inspectorId").GetInt64();

        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/inspectors/{inspectorId}/conflicts", new { uscc = target.Str("uscc"), reason = "配偶任该企业财务负责人" }));

        // The recusal frees the slot; nobody is picked until the next officer draw's own public value exists.
        var freed = (await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"))).EnumerateArray().Single(t => t.Str("uscc") == target.Str("uscc"));
        Assert.Single(freed.GetProperty("officers").EnumerateArray(), o => !o.GetProperty("recused").GetBoolean());
        var restaffed1 = await AssignAsync(s, task);
        var after = restaffed1.EnumerateArray().Single(t => t.Str("uscc") == target.Str("uscc"));
        var active = after.GetProperty("officers").EnumerateArray().Where(o => !o.GetProperty("recused").GetBoolean()).ToList();
        Assert.Equal(2, active.Count);
        Assert.DoesNotContain(active, o => o.GetProperty("inspectorId").GetInt64() == inspectorId);
        var recused = after.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("recused").GetBoolean());
        Assert.Contains("配偶任该企业财务负责人", recused.Str("recusalReason"));
        var redraw = after.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("round").GetInt32() == 1);
        Assert.Equal(2, redraw.GetProperty("officerDrawSeq").GetInt32());
        Assert.DoesNotContain(officer.Str("certificateNo"), redraw.GetProperty("eligible").EnumerateArray().Select(x => x.GetString()));
        var second = await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws/2"));
        var slot = Assert.Single(second.GetProperty("slots").EnumerateArray());
        Assert.Contains(slot.GetProperty("excluded").EnumerateArray(), x => x.Str("cert") == officer.Str("certificateNo") && x.Str("category") == "conflict");
        Assert.Equal($"officers:1:{target.GetProperty("position").GetInt32()}:0:1", redraw.Str("label"));
        Assert.Equal(slot.GetProperty("picked").EnumerateArray().Select(x => x.GetString()), redraw.GetProperty("picked").EnumerateArray().Select(x => x.GetString()));
        var officerCheck = DrawVerifier.VerifyOfficerDraw(second);
        Assert.True(officerCheck.Ok, string.Join("\n", officerCheck.Problems));

        // 补抽: the second target was deregistered before the inspection; the ground is the registry's record, not a text.
        var gone = staffed[1];
        var registrar = await app.LoginAsync("registrar");
        await OkAsync(await registrar.PostJsonAsync($"/api/v1/entities/{gone.Str("uscc")}/status", new { kind = "deregistration", on = "2026-11-23", reason = "决议解散，清算完毕" }));
        var noGround = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", new { targetIds = new[] { gone.GetProperty("targetId").GetInt64() }, note = "该企业已于检查前注销" });
        Assert.Contains("请选择补抽理由", await ProblemAsync(noGround, HttpStatusCode.BadRequest));
        var supplement = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/supplement", new
        {
            targetIds = new[] { gone.GetProperty("targetId").GetInt64() },
            ground = "registry-status",
            publicValueSource = "上海证券交易所 上证指数 收盘点位",
            publicValueAt = EarliestMoment(s),
            witnessIds = new[] { s.Witness },
        }));
        // The main draw's 20 frozen candidates less its 5 selected: 15 (the deregistered one was selected).
        Assert.Equal((2, 15, 1), (supplement.GetProperty("seq").GetInt32(), supplement.GetProperty("candidateCount").GetInt32(), supplement.GetProperty("basisSeq").GetInt32()));
        var replaced = Assert.Single(supplement.GetProperty("replaces").EnumerateArray());
        Assert.Equal((gone.Str("uscc"), "registry-status"), (replaced.Str("uscc"), replaced.Str("ground")));
        Assert.Contains("注销（2026-11-23）", replaced.Str("evidence"));
        ReachMoment(s, supplement);
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "补抽-8812")));
        var secondDraw = await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draws/2"));
        var check = DrawVerifier.Verify(secondDraw);
        Assert.True(check.Ok, string.Join("\n", check.Problems));
        var basis = DrawVerifier.VerifySupplement(secondDraw, await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draws/1")));
        Assert.True(basis.Ok, string.Join("\n", basis.Problems));
        var replacement = Assert.Single(secondDraw.GetProperty("selected").EnumerateArray()).GetString();
        Assert.DoesNotContain(replacement, main.GetProperty("selected").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("登记状态已变更", secondDraw.Str("reason"));
        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        var replacedResult = await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = gone.Str("uscc"), category = "NotOperating", notes = "已注销", inspectedOn = "2026-11-20" });
        Assert.Contains("已被补抽替换", await ProblemAsync(replacedResult, HttpStatusCode.BadRequest));
        var restaffed = await AssignAsync(s, task);
        Assert.Equal(2, restaffed.EnumerateArray().Single(t => t.Str("uscc") == replacement).GetProperty("officers").GetArrayLength());
    }
}
