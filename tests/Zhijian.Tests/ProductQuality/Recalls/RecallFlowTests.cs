using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Features.Recalls;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.Recalls;

/// <summary>Intent methods for the recall tests: a registered firm, report and recall bodies, the area's tables and clues.</summary>
internal static class RecallKit
{
    public static async Task<string> FirmAsync(ZhijianApp app, string name = "济南安贝儿童用品有限公司")
    {
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company(name);
        await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
        return (string)body["uscc"]!;
    }

    public static Dictionary<string, object?> Report(string uscc, string knownAt = "2026-11-20T10:00:00+08:00", long? units = 12480,
        string category = "儿童推车", string kind = "Consumer") => new()
        {
            ["kind"] = kind,
            ["uscc"] = uscc,
            ["category"] = category,
            ["product"] = "轻便折叠婴儿推车",
            ["models"] = "BB-Q3、BB-Q5",
            ["producedFrom"] = "2025-03-01",
            ["producedTo"] = "2025-12-31",
            ["affectedUnits"] = units,
            ["incident"] = "SeriousInjury",
            ["description"] = "安全带卡扣受力时可能意外脱开，已有儿童跌落受伤",
            ["knownAt"] = knownAt,
        };

    public static Task<T> Db<T>(ZhijianApp app, Func<QualityDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<QualityDbContext>()));

    /// <summary>How many 产品质量 case clues with source kind "recall" are in the outbox.</summary>
    public static Task<int> CluesAsync(ZhijianApp app) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<QualityDbContext>();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.Type == "pq.case-clue").Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains("\"recall\"", StringComparison.Ordinal));
    });
}

/// <summary>Defect reports, investigations and recalls through HTTP — on both databases.</summary>
public sealed class RecallFlowTests
{
    [Fact]
    public async Task Report_without_affected_units_or_outside_the_regime_is_refused_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.FirmAsync(app);
        var inspector = await app.LoginAsync("inspector");

        var noUnits = RecallKit.Report(uscc, units: null);
        var missing = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", noUnits)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("涉及数量", missing.GetProperty("errors").GetProperty("affectedUnits")[0].GetString(), StringComparison.Ordinal);
        var zero = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", RecallKit.Report(uscc, units: 0))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("应大于 0", zero.GetProperty("errors").GetProperty("affectedUnits")[0].GetString(), StringComparison.Ordinal);
        var cosmetics = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", RecallKit.Report(uscc, category: "化妆品"))).ExpectAsync(HttpStatusCode.BadRequest);
        var why = cosmetics.GetProperty("errors").GetProperty("category")[0].GetString()!;
        Assert.Contains("产品类别", why, StringComparison.Ordinal);
        Assert.Contains("《化妆品监督管理条例》", why, StringComparison.Ordinal);
        var outOfArea = RecallKit.Report("");
        outOfArea["firmName"] = "江苏某童车有限公司";
        outOfArea["divisionCode"] = "99";
        var badDivision = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", outOfArea)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(badDivision.GetProperty("errors").TryGetProperty("divisionCode", out _), badDivision.ToString());
        Assert.Equal(0, await RecallKit.Db(app, db => db.DefectReports.CountAsync()));

        // An out-of-area firm by name and division is accepted.
        outOfArea["divisionCode"] = "320582";
        var accepted = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", outOfArea)).ExpectAsync(HttpStatusCode.Created);
        Assert.False(accepted.GetProperty("registered").GetBoolean());
        Assert.Equal("江苏某童车有限公司", accepted.Str("firmName"));
    }

    [Fact]
    public async Task Recall_system_reports_once_per_idempotency_key_and_late_reports_are_marked()
    {
        await using var app = await ZhijianApp.StartAsync(); // Mon 2026-11-23 09:30
        var uscc = await RecallKit.FirmAsync(app);
        var system = await app.ApiClientAsync("370100", "pq.recall");
        for (var i = 0; i < 2; i++)
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pq/defect-reports") { Content = JsonContent.Create(RecallKit.Report(uscc)) };
            post.Headers.Add("Idempotency-Key", "qx-1");
            var created = await (await system.SendAsync(post)).ExpectAsync(HttpStatusCode.Created);
            Assert.Equal("2026-11-24", created.Str("dueOn")); // known Fri 11-20: Mon (1), Tue (2)
            Assert.False(created.GetProperty("late").GetBoolean());
        }

        Assert.Equal(1, await RecallKit.Db(app, db => db.DefectReports.CountAsync()));
        var late = await (await system.PostJsonAsync("/api/v1/pq/defect-reports", RecallKit.Report(uscc, knownAt: "2026-11-17T10:00:00+08:00"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("2026-11-19", late.Str("dueOn"));
        Assert.True(late.GetProperty("late").GetBoolean());
        Assert.Contains("2个工作日", late.Str("dueRule"), StringComparison.Ordinal);

        var inspector = await app.LoginAsync("inspector");
        var list = await inspector.GetJsonAsync("/api/v1/pq/defect-reports?late=true&division=37x&page=0");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ordered_recall_runs_from_investigation_to_refusal_and_raises_one_case_clue()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.FirmAsync(app, "济南速驰电动车配件有限公司");
        var inspector = await app.LoginAsync("inspector");
        var chief = await app.LoginAsync("chief");
        var report = RecallKit.Report(uscc, category: "电动自行车充电器");
        report["product"] = "48V 电动自行车充电器";
        var created = await (await inspector.PostJsonAsync("/api/v1/pq/defect-reports", report)).ExpectAsync(HttpStatusCode.Created);
        var inv = await (await inspector.PostJsonAsync("/api/v1/pq/recalls/investigations", new { defectReportId = created.GetProperty("id").GetInt64(), reason = "涉及火灾" }))
            .ExpectAsync(HttpStatusCode.Created);
        var invUrl = $"/api/v1/pq/recalls/investigations/{inv.GetProperty("id").GetInt64()}";
        var order = new { mode = "Ordered", investigationId = inv.GetProperty("id").GetInt64(), defect = "过充保护失效", hazard = "起火", orderNo = "济市监召〔2026〕9号" };

        var early = await (await chief.PostJsonAsync("/api/v1/pq/recalls", order)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("investigationId", out _), early.ToString());
        await (await inspector.PostJsonAsync($"{invUrl}/steps", new { kind = "Testing", text = "过充保护失效" })).ExpectAsync();
        await (await inspector.PostJsonAsync($"{invUrl}/conclusion", new { defectFound = true, conclusion = "存在缺陷" })).ExpectAsync();
        await (await inspector.PostJsonAsync("/api/v1/pq/recalls", order)).ExpectAsync(HttpStatusCode.Forbidden); // chiefs decide
        var recall = await (await chief.PostJsonAsync("/api/v1/pq/recalls", order)).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/pq/recalls/{recall.GetProperty("id").GetInt64()}";
        Assert.Equal("责令召回", recall.Str("mode"));
        var plan = recall.GetProperty("deadlines")[0];
        Assert.Equal("2026-12-07", plan.Str("dueOn")); // 10 WD from Mon 11-23

        var noticeFirst = await (await inspector.PostJsonAsync($"{url}/notice", new { text = "召回公告" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(noticeFirst.GetProperty("errors").TryGetProperty("plan", out _), noticeFirst.ToString());
        var filed = await (await inspector.PostJsonAsync($"{url}/plan", new { measures = "Replace, Refund", scope = "济南市", start = "2026-11-23", end = "2026-11-30" })).ExpectAsync();
        Assert.Equal("2026-11-26", filed.GetProperty("deadlines")[1].Str("dueOn")); // notice: 3 WD from Mon 11-23
        Assert.Equal("2026-12-21", Last(filed.GetProperty("deadlines")).Str("dueOn")); // summary: 15 WD after Mon 11-30
        await (await inspector.PostJsonAsync($"{url}/notice", new { text = "召回 48V 电动自行车充电器" })).ExpectAsync();
        var tooMany = await (await inspector.PostJsonAsync($"{url}/progress", new { recalled = 12481 })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("超过涉及数量", tooMany.ProblemText(), StringComparison.Ordinal);
        var progress = await (await inspector.PostJsonAsync($"{url}/progress", new { recalled = 6240, replaced = 6000, refunded = 240 })).ExpectAsync();
        Assert.Equal(0.5m, progress.GetProperty("effectiveness").GetDecimal());

        var portal = await app.Anonymous().GetStringAsync("/gs/pq/recalls?q=充电器");
        Assert.Contains("济南速驰电动车配件有限公司", portal, StringComparison.Ordinal);
        var notice = await app.Anonymous().GetStringAsync($"/gs/pq/recalls/{recall.Str("number")}");
        Assert.Contains("12,480", notice, StringComparison.Ordinal);
        Assert.Contains("50%", notice, StringComparison.Ordinal);

        await (await inspector.PostJsonAsync($"{url}/refusal", new { note = "企业拒绝更换" })).ExpectAsync(HttpStatusCode.Forbidden);
        var refused = await (await chief.PostJsonAsync($"{url}/refusal", new { note = "企业停止更换并拒绝继续实施召回" })).ExpectAsync();
        Assert.Equal("拒不召回", refused.Str("status"));
        Assert.True(refused.GetProperty("clueRaised").GetBoolean());
        await (await chief.PostJsonAsync($"{url}/refusal", new { note = "再次登记" })).ExpectAsync(HttpStatusCode.BadRequest);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.FromHours(8)));
        await app.AsSystemAsync(sp => sp.GetRequiredService<RecallSweep>().SweepAsync(CancellationToken.None));
        Assert.Equal(1, await RecallKit.CluesAsync(app));
    }

    [Fact]
    public async Task Car_recall_may_be_ordered_only_after_the_objection_window_and_an_overdue_ordered_step_is_a_clue_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RecallKit.FirmAsync(app, "济南重汽乘用车销售服务有限公司");
        var inspector = await app.LoginAsync("inspector");
        var inv = await (await inspector.PostJsonAsync("/api/v1/pq/recalls/investigations", new
        {
            complaintRef = "12315-2026-004562",
            kind = "Car",
            uscc,
            category = "乘用车",
            product = "JN6470 型 SUV",
            affectedUnits = 3206,
            reason = "电子驻车误触发",
        })).ExpectAsync(HttpStatusCode.Created);
        var invUrl = $"/api/v1/pq/recalls/investigations/{inv.GetProperty("id").GetInt64()}";
        var concluded = await (await inspector.PostJsonAsync($"{invUrl}/conclusion", new { defectFound = true, conclusion = "控制软件缺陷" })).ExpectAsync();
        Assert.Equal("2026-12-14", concluded.Str("objectionDueOn")); // 15 WD from Mon 11-23
        Assert.False(concluded.GetProperty("mayOrderRecall").GetBoolean());
        var order = new { mode = "Ordered", investigationId = inv.GetProperty("id").GetInt64(), defect = "软件缺陷", hazard = "意外制动", orderNo = "济市监召〔2026〕10号" };
        var chief = await app.LoginAsync("chief");
        var inWindow = await (await chief.PostJsonAsync("/api/v1/pq/recalls", order)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("异议期", inWindow.GetProperty("errors").GetProperty("investigationId")[0].GetString(), StringComparison.Ordinal);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        inspector = await app.LoginAsync("inspector"); // logins last 8 h of fake time
        chief = await app.LoginAsync("chief");
        var lateObjection = await (await inspector.PostJsonAsync($"{invUrl}/objection", new { text = "不认可" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("异议期已于 2026-12-14 届满", lateObjection.ProblemText(), StringComparison.Ordinal);
        var recall = await (await chief.PostJsonAsync("/api/v1/pq/recalls", order)).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/pq/recalls/{recall.GetProperty("id").GetInt64()}";
        Assert.Contains("不少于 10 年", recall.Str("recordsNote"), StringComparison.Ordinal);
        var filed = await (await chief.PostJsonAsync($"{url}/plan", new { measures = "Repair", scope = "全国授权经销商", start = "2026-12-15", end = "2027-06-30" })).ExpectAsync();
        var box = filed.GetProperty("deadlines");
        Assert.Equal("2026-12-22", box[1].Str("dueOn")); // notice: 5 WD from Tue 12-15
        Assert.Equal("通知车主", box[2].Str("step"));

        // The notice is not published: on 12-23 the ordered step is overdue, a clue goes once however often the sweep runs.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        inspector = await app.LoginAsync("inspector");
        var overdue = await inspector.GetJsonAsync("/api/v1/pq/recalls?due=overdue");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal("逾期", overdue.GetProperty("items")[0].Str("mark"));
        for (var i = 0; i < 2; i++) await app.AsSystemAsync(sp => sp.GetRequiredService<RecallSweep>().SweepAsync(CancellationToken.None));
        Assert.Equal(1, await RecallKit.CluesAsync(app));
        Assert.True((await inspector.GetJsonAsync(url)).GetProperty("clueRaised").GetBoolean());
    }

    private static JsonElement Last(JsonElement array) => array[array.GetArrayLength() - 1];
}
