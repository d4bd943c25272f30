using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Features.Demo;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Entities;
using Zhijian.Tests.FoodSafety.Sampling;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Recalls;

/// <summary>Intent methods for the recall tests: a registered producer and a recall body.</summary>
internal static class RecallKit
{
    public static async Task<string> ProducerAsync(ZhijianApp app, string name = "济南泉城乳业有限公司")
    {
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company(name);
        await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
        return (string)body["uscc"]!;
    }

    public static object Recall(string uscc, int level = 1, string kind = "Voluntary", string learnedAt = "2026-11-23T08:00:00+08:00", string? orderNo = null,
        string gtin = "6901234567892") => new
        {
            uscc,
            level,
            kind,
            reason = "企业自检发现单核细胞增生李斯特氏菌，可能诱发食源性疾病",
            unit = "瓶",
            learnedAt,
            orderNo,
            products = new[]
            {
                new
                {
                    name = "巴氏杀菌乳",
                    specification = "950mL/瓶",
                    gtin,
                    batches = new[] { new { lot = "20261120A", productionDate = "2026-11-20", produced = 1000, sold = 800 } },
                },
            },
        };

    public static async Task<JsonElement> CreateAsync(StaffClient who, object body) =>
        await (await who.PostJsonAsync("/api/v1/food/recalls", body)).ExpectAsync(HttpStatusCode.Created);
}

/// <summary>A recall from registration to the bureau's evaluation, with the portal notice — on both databases.</summary>
public sealed class RecallFlowTests
{
    [Fact]
    public async Task Recall_runs_from_plan_to_evaluation_and_its_announcement_is_on_the_portal()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.ProducerAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var chief = await app.LoginAsync("chief");

        var created = await RecallKit.CreateAsync(inspector, RecallKit.Recall(uscc));
        var id = created.GetProperty("id").GetInt64();
        var number = created.Str("number");
        var url = $"/api/v1/food/recalls/{id}";
        Assert.Equal("一级召回", created.Str("levelName"));
        Assert.Equal("待报告召回计划", created.Str("status"));
        var box = created.GetProperty("deadlines");
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8)), box.GetProperty("startBy").GetDateTimeOffset()); // 24 h (2026 revision)
        Assert.Contains("2026年修订", box.Str("startRule"), StringComparison.Ordinal);

        var early = await (await inspector.PostJsonAsync($"{url}/announcement", new { text = "召回公告" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("plan", out _), early.ToString());
        Assert.Contains("尚未报告召回计划", early.ProblemText(), StringComparison.Ordinal);

        await (await inspector.PostJsonAsync($"{url}/plan", new { summary = "停止销售，通知下游下架，设立退货点，集中销毁", plannedQuantity = 800 })).ExpectAsync();
        var announced = await (await inspector.PostJsonAsync($"{url}/announcement", new { text = "济南泉城乳业有限公司关于召回巴氏杀菌乳（批号 20261120A）的公告" })).ExpectAsync();
        Assert.Equal("召回实施中", announced.Str("status"));
        Assert.Equal("2026-12-07", announced.GetProperty("deadlines").Str("dueOn")); // 10 WD from 11-23 (Mon)
        Assert.Contains("10个工作日", announced.GetProperty("deadlines").Str("completeRule"), StringComparison.Ordinal);

        var portal = await app.Anonymous().GetStringAsync("/gs/food/recalls");
        Assert.Contains("济南泉城乳业有限公司", portal, StringComparison.Ordinal);
        Assert.Contains("20261120A", portal, StringComparison.Ordinal);
        var notice = await app.Anonymous().GetStringAsync($"/gs/food/recalls/{number}");
        Assert.Contains("关于召回巴氏杀菌乳（批号 20261120A）的公告", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("inspector", notice, StringComparison.Ordinal);

        var progress = await (await inspector.PostJsonAsync($"{url}/progress", new { recalled = 300, notes = "已下架 12 家门店" })).ExpectAsync();
        var report = progress.GetProperty("progress")[0];
        Assert.Equal((300m, 800m, 800m), (report.GetProperty("recalled").GetDecimal(), report.GetProperty("planned").GetDecimal(), report.GetProperty("sold").GetDecimal()));
        var summary = await (await inspector.PostJsonAsync($"{url}/summary", new { recalled = 760, sold = 800, text = "两家门店已售罄，其余全部召回" })).ExpectAsync();
        Assert.Equal(0.95m, summary.GetProperty("effectiveness").GetDecimal());

        var noDisposal = await (await inspector.PostJsonAsync($"{url}/complete", new { })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(noDisposal.GetProperty("errors").TryGetProperty("disposals", out _), noDisposal.ToString());
        var late = await (await inspector.PostJsonAsync($"{url}/disposals", new { method = "Destroy", quantity = 760, place = "济南市第二生活垃圾焚烧发电厂", plannedAt = "2026-11-23T08:00:00+08:00" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("处置须事先报告", late.ProblemText(), StringComparison.Ordinal);
        var label = await (await inspector.PostJsonAsync($"{url}/disposals", new { method = "LabelCorrection", quantity = 760, place = "仓库", plannedAt = "2026-11-24T10:00:00+08:00" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(label.GetProperty("errors").TryGetProperty("method", out _), label.ToString());
        var planned = await (await inspector.PostJsonAsync($"{url}/disposals", new { method = "Destroy", quantity = 760, place = "济南市第二生活垃圾焚烧发电厂", plannedAt = "2026-11-24T10:00:00+08:00" })).ExpectAsync();
        var disposalId = planned.GetProperty("disposals")[0].GetProperty("id").GetInt64();

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(8)));
        inspector = await app.LoginAsync("inspector"); // logins last 8 h of fake time
        chief = await app.LoginAsync("chief");
        var done = await (await inspector.PostJsonAsync($"{url}/disposals/{disposalId}/done", new { quantity = 760, witnesses = new[] { "inspector", "chief" } })).ExpectAsync();
        Assert.Equal("2026-11-24", done.GetProperty("disposals")[0].Str("doneOn"));
        var completed = await (await inspector.PostJsonAsync($"{url}/complete", new { })).ExpectAsync();
        Assert.Equal("召回完成，待评估", completed.Str("status"));
        Assert.False(completed.GetProperty("deadlines").GetProperty("completeOverdue").GetBoolean());

        await (await inspector.PostJsonAsync($"{url}/evaluation", new { passed = true })).ExpectAsync(HttpStatusCode.Forbidden);
        var closed = await (await chief.PostJsonAsync($"{url}/evaluation", new { passed = true, note = "召回率 95%，处置经现场见证" })).ExpectAsync();
        Assert.Equal("达到召回要求", closed.Str("status"));
        Assert.True(closed.GetProperty("history").GetArrayLength() >= 9);

        Assert.Equal(0, (await chief.GetJsonAsync("/api/v1/food/recalls?due=open")).GetProperty("total").GetInt32());
        var audited = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.RecordType == "FoodRecall" && a.RecordId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
        Assert.Equal(new[] { "food.recall.created", "food.recall.plan", "food.recall.announced", "food.recall.progress", "food.recall.summary", "food.recall.disposal-planned",
            "food.recall.disposal-done", "food.recall.completed", "food.recall.evaluated" }, audited);
    }
}

/// <summary>Ordered recalls, the start-overdue list and bad input over the API.</summary>
[Trait("Database", "any")] // rules of the area over the API; the storage is covered on both engines by RecallFlowTests
public sealed class RecallRulesApiTests
{
    [Fact]
    public async Task Ordered_recall_is_for_section_chiefs_and_becomes_a_case_clue()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.ProducerAsync(app);
        var inspector = await app.LoginAsync("inspector");
        var chief = await app.LoginAsync("chief");

        var refused = await inspector.PostJsonAsync("/api/v1/food/recalls", RecallKit.Recall(uscc, kind: "Ordered", orderNo: "济市监食召〔2026〕1号"));
        Assert.Contains("责令召回须由科室负责人决定", await refused.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        var noOrder = await (await chief.PostJsonAsync("/api/v1/food/recalls", RecallKit.Recall(uscc, kind: "Ordered"))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(noOrder.GetProperty("errors").TryGetProperty("orderNo", out _), noOrder.ToString());

        // Learned three days ago, level 2 (36 h): no plan yet → start overdue.
        var ordered = await RecallKit.CreateAsync(chief, RecallKit.Recall(uscc, level: 2, kind: "Ordered", learnedAt: "2026-11-20T09:00:00+08:00", orderNo: "济市监食召〔2026〕1号"));
        Assert.Equal("责令召回", ordered.Str("kind"));
        Assert.True(ordered.GetProperty("deadlines").GetProperty("startOverdue").GetBoolean());
        var overdue = await chief.GetJsonAsync("/api/v1/food/recalls?due=start-overdue");
        Assert.Equal("启动超期", Assert.Single(overdue.GetProperty("items").EnumerateArray()).Str("mark"));

        var caseHandler = await app.LoginAsync("casehandler");
        await SamplingFlowTests.Eventually(async () => (await caseHandler.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray()
            .Any(c => c.TryGetProperty("sourceNumber", out var n) && n.GetString() == ordered.Str("number")));
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.ProducerAsync(app);
        var inspector = await app.LoginAsync("inspector");

        var bad = await (await inspector.PostJsonAsync("/api/v1/food/recalls", RecallKit.Recall("91370102MA3XXXXX0Q", level: 4, gtin: "6901234567893"))).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.Contains("不在市场主体库中", errors.GetProperty("uscc")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("召回级别应为 1（一级）、2（二级）或 3（三级），不能为 4", errors.GetProperty("level")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("products[0].gtin", out _), bad.ToString());
        var future = await (await inspector.PostJsonAsync("/api/v1/food/recalls", RecallKit.Recall(uscc, learnedAt: "2026-11-30T08:00:00+08:00"))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("learnedAt", out _), future.ToString());
        Assert.Equal(0, (await inspector.GetJsonAsync("/api/v1/food/recalls")).GetProperty("total").GetInt32());

        var created = await RecallKit.CreateAsync(inspector, RecallKit.Recall(uscc, level: 3));
        var url = $"/api/v1/food/recalls/{created.GetProperty("id").GetInt64()}";
        var summary = await (await inspector.PostJsonAsync($"{url}/summary", new { recalled = 1, sold = 1, text = "总结" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(summary.GetProperty("errors").TryGetProperty("announcement", out _), summary.ToString());
        var plan = await (await inspector.PostJsonAsync($"{url}/plan", new { summary = "", plannedQuantity = 0 })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(plan.GetProperty("errors").TryGetProperty("summary", out _) && plan.GetProperty("errors").TryGetProperty("plannedQuantity", out _), plan.ToString());
        var after = await inspector.GetJsonAsync(url);
        Assert.Equal("待报告召回计划", after.Str("status"));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("planReceivedOn").ValueKind);
        Assert.Single(after.GetProperty("history").EnumerateArray());
        Assert.Contains("追溯系统", await (await inspector.PostJsonAsync($"{url}/scope/trace", new { batchKey = "06901234567892.20261120A" })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_seeds_one_recall_at_each_level_from_the_registry_and_nothing_without_it()
    {
        await using var app = await ZhijianApp.StartAsync();
        await app.AsSystemAsync(async sp => await DemoRecalls.SeedAsync(sp, CancellationToken.None));
        var chief = await app.LoginAsync("chief");
        Assert.Equal(0, (await chief.GetJsonAsync("/api/v1/food/recalls")).GetProperty("total").GetInt32());

        foreach (var name in new[] { "济南泉城乳业有限公司", "济南鲁味斋食品有限公司", "济南趵突泉食品有限公司" }) await RecallKit.ProducerAsync(app, name);
        await app.AsSystemAsync(async sp => await DemoRecalls.SeedAsync(sp, CancellationToken.None));
        var rows = (await chief.GetJsonAsync("/api/v1/food/recalls")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { "一级召回", "二级召回", "三级召回" }.Order(StringComparer.Ordinal), rows.Select(r => r.Str("level")).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r.Str("kind") == "责令召回" && r.Str("mark") == "完成超期");
        Assert.Contains(rows, r => r.Str("status") == "达到召回要求");
        Assert.Contains(rows, r => r.Str("status") == "召回实施中" && r.Str("level") == "三级召回");
        var closed = await chief.GetJsonAsync($"/api/v1/food/recalls/{rows.Single(r => r.Str("status") == "达到召回要求").GetProperty("id").GetInt64()}");
        Assert.False(closed.GetProperty("deadlines").GetProperty("completeOverdue").GetBoolean());
        Assert.NotEmpty(Assert.Single(closed.GetProperty("disposals").EnumerateArray()).Str("witnesses"));
        var portal = await app.Anonymous().GetStringAsync("/gs/food/recalls");
        Assert.Contains("济南鲁味斋食品有限公司", portal, StringComparison.Ordinal);
    }
}
