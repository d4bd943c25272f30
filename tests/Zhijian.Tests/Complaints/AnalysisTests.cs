using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Features;
using Zhijian.Platform.Events;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>热点分析、投诉激增预警、投诉较多归集信用、消费提示、消费投诉信息公示 — through HTTP, on both databases.</summary>
public sealed class AnalysisTests
{
    private static async Task<long> FileAsync(StaffClient handler, string uscc, string category = "G03", string kind = "complaint", string? facts = null)
    {
        var body = Complaint(uscc, facts ?? "2026年在该店购买的商品存在质量问题，要求退货被拒绝。");
        body["kind"] = kind;
        body["category"] = category;
        return FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", body), HttpStatusCode.Created));
    }

    private static async Task CloseAsync(StaffClient handler, long id, bool settled)
    {
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        await OkAsync(settled
            ? await handler.PostJsonAsync($"/api/v1/complaints/{id}/settle", new { agreement = "经营者同意退货退款", recovered = 100 })
            : await handler.PostJsonAsync($"/api/v1/complaints/{id}/terminate", new { ground = 9, reason = "双方未能达成一致" }));
    }

    private static Dictionary<string, int> Rows(JsonElement result) =>
        result.GetProperty("rows").EnumerateArray().ToDictionary(r => r.Str("key"), r => r.GetProperty("count").GetInt32());

    private static async Task DispatchAsync(ZhijianApp app) => await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>No hourly sweep in the background: the tests run detection themselves, at the moments they choose.</summary>
    private static void WithoutSweeper(IServiceCollection s)
    {
        foreach (var d in s.Where(d => d.ImplementationType == typeof(Sweeper)).ToList()) s.Remove(d);
    }

    [Fact]
    public async Task Hot_spots_count_by_category_business_industry_division_and_week_and_complaints_apart_from_reports()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var a = await RegisterAsync(app, "济南甲电器有限公司");
        var b = await RegisterAsync(app, "济南乙通讯有限公司");
        var handler = await app.LoginAsync("complaint");
        for (var i = 0; i < 3; i++) await FileAsync(handler, a, "G03");
        for (var i = 0; i < 2; i++) await FileAsync(handler, a, "G02");
        await FileAsync(handler, b, "G03");
        await FileAsync(handler, a, "G05", kind: "report");

        var category = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=category&from=2026-11-01&to=2026-11-30");
        Assert.Equal(6, category.GetProperty("total").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["G03"] = 4, ["G02"] = 2 }, Rows(category));
        Assert.Equal("通讯器材（手机等）", category.GetProperty("rows")[0].Str("label"));

        var reports = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=category&kind=report&from=2026-11-01&to=2026-11-30");
        Assert.Equal(new Dictionary<string, int> { ["G05"] = 1 }, Rows(reports));
        var both = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=category&kind=all&from=2026-11-01&to=2026-11-30");
        Assert.Equal(7, both.GetProperty("total").GetInt32());

        var business = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=business&top=1");
        var top = Assert.Single(business.GetProperty("rows").EnumerateArray());
        Assert.Equal((a, "济南甲电器有限公司", 5), (top.Str("key"), top.Str("label"), top.GetProperty("count").GetInt32()));

        var industry = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=industry");
        var retail = Assert.Single(industry.GetProperty("rows").EnumerateArray());
        Assert.Equal(("52", 6), (retail.Str("key"), retail.GetProperty("count").GetInt32()));
        Assert.Contains("零售业", retail.Str("label"));
        Assert.Contains("批发和零售业", retail.Str("group"));

        var division = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=division");
        Assert.Equal(new Dictionary<string, int> { ["370102"] = 6 }, Rows(division));
        Assert.Equal("历下区", division.GetProperty("rows")[0].Str("label"));

        // Mon 23 Nov 2026 is in ISO week 48; the week before is shown with 0.
        var week = await handler.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=week&from=2026-11-16&to=2026-11-29");
        Assert.Equal(new Dictionary<string, int> { ["2026-11-16"] = 0, ["2026-11-23"] = 6 }, Rows(week));
        Assert.Equal("2026年第48周（11月23日—29日）", week.GetProperty("rows")[1].Str("label"));

        Assert.Contains("统计维度", await ProblemAsync(await handler.GetAsync("/api/v1/complaints/analysis/hotspots?dimension=colour"), HttpStatusCode.BadRequest));
        // Another county's staff see nothing of 历下's filings.
        var other = await app.LoginAsAsync(Zhijian.Platform.Identity.Roles.ComplaintHandler, "370103");
        Assert.Equal(0, (await other.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=category")).GetProperty("total").GetInt32());

        var page = await handler.PageAsync("/complaints/analysis");
        Assert.Contains("热点分析与预警", page);
    }

    [Fact]
    public async Task A_burst_against_a_quiet_baseline_raises_one_spike_warning_and_a_steady_business_none()
    {
        // Mon 28 Sep 2026: 8 baseline weeks, then the week of Mon 23 Nov.
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 9, 28, 10, 0, 0, TimeSpan.FromHours(8)), outbox: false, services: WithoutSweeper);
        var burst = await RegisterAsync(app, "济南突增电器有限公司");
        var steady = await RegisterAsync(app, "济南平稳超市有限公司");
        for (var week = 0; week < 8; week++)
        {
            var clerk = await app.LoginAsync("complaint"); // a new day, a new login (sessions expire)
            for (var i = 0; i < 6; i++) await FileAsync(clerk, steady, "G06");
            if (week == 3) await FileAsync(clerk, burst, "G05");
            app.Clock.Advance(TimeSpan.FromDays(7));
        }

        app.Clock.Advance(TimeSpan.FromDays(1)); // Tue 24 Nov
        var handler = await app.LoginAsync("complaint");
        for (var i = 0; i < 6; i++) await FileAsync(handler, burst, "G05");
        for (var i = 0; i < 6; i++) await FileAsync(handler, steady, "G06");

        var chief = await app.LoginAsync("chief");
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostJsonAsync("/api/v1/complaints/analysis/spikes/detect", new { })).StatusCode);
        var run = await OkAsync(await chief.PostJsonAsync("/api/v1/complaints/analysis/spikes/detect", new { }));
        Assert.Equal("2026-11-23", run.Str("weekStart"));
        Assert.Equal(2, run.GetProperty("raised").GetInt32()); // the business and its category
        await app.AsSystemAsync(sp => Sweeper.RunOnceAsync(sp, CancellationToken.None)); // the hourly job: nothing new
        await FileAsync(handler, burst, "G05");
        run = await OkAsync(await chief.PostJsonAsync("/api/v1/complaints/analysis/spikes/detect", new { }));
        Assert.Equal((0, 2), (run.GetProperty("raised").GetInt32(), run.GetProperty("updated").GetInt32()));

        var warnings = await handler.GetJsonAsync("/api/v1/complaints/analysis/warnings");
        Assert.Equal(2, warnings.GetProperty("open").GetInt32());
        var items = warnings.GetProperty("items").EnumerateArray().ToList();
        var business = Assert.Single(items, w => w.Str("dimension") == "business");
        Assert.Equal((burst, "济南突增电器有限公司", 7, "370102"), (business.Str("key"), business.Str("label"), business.GetProperty("count").GetInt32(), business.Str("divisionCode")));
        Assert.Equal(0.13m, business.GetProperty("baseline").GetDecimal()); // 1 complaint in 8 weeks
        Assert.Equal("G05", Assert.Single(items, w => w.Str("dimension") == "category").Str("key"));
        Assert.DoesNotContain(items, w => w.Str("key") == steady || w.Str("key") == "G06");

        var acknowledged = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/analysis/warnings/{business.GetProperty("id").GetInt64()}/acknowledge", new { }));
        Assert.Equal("complaint", acknowledged.Str("acknowledgedBy"));
        Assert.Equal(1, (await handler.GetJsonAsync("/api/v1/complaints/analysis/warnings")).GetProperty("open").GetInt32());
    }

    [Fact]
    public async Task Repeated_complaints_feed_one_credit_record_at_the_threshold_and_the_disclosure_shows_counts_only()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var a = await RegisterAsync(app, "济南甲电器有限公司");
        var b = await RegisterAsync(app, "济南乙通讯有限公司");
        var c = await RegisterAsync(app, "济南丙餐饮有限公司");
        var handler = await app.LoginAsync("complaint");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await FileAsync(handler, a, "G03", facts: $"私密事实描述{i}：手机无法开机"));
        for (var i = 0; i < 2; i++) ids.Add(await FileAsync(handler, a, "G02"));
        await FileAsync(handler, a, "G05", kind: "report", facts: "举报内容：该店销售假冒伪劣商品");
        var bIds = new List<long>();
        for (var i = 0; i < 4; i++) bIds.Add(await FileAsync(handler, b, "G03"));
        await FileAsync(handler, c, "G01");

        await CloseAsync(handler, ids[0], settled: true);
        await CloseAsync(handler, ids[3], settled: true);
        await CloseAsync(handler, ids[4], settled: false);
        await CloseAsync(handler, bIds[0], settled: true); // 4 complaints: under the threshold of 5
        await DispatchAsync(app);
        await DispatchAsync(app);

        var admin = await app.LoginAsync("admin");
        var records = await admin.GetJsonAsync($"/api/v1/credit/records?uscc={a}&kind=Complaint");
        var record = Assert.Single(records.GetProperty("items").EnumerateArray());
        Assert.Equal(("zhijian-complaints", $"repeat-{a}-2026", "12个月内被投诉5件", "济南市历下区市场监督管理局", "2026-11-23"),
            (record.Str("sourceSystem"), record.Str("sourceId"), record.Str("title"), record.Str("authority"), record.Str("decidedOn")));
        Assert.Contains("通讯器材（手机等） 3 件", record.Str("content"));
        Assert.Contains("家用电器 2 件", record.Str("content"));
        Assert.DoesNotContain("王小明", record.Str("content"));
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/v1/credit/records?uscc={b}&kind=Complaint")).GetProperty("total").GetInt32());

        // The sixth complaint and another close update the same record in place.
        ids.Add(await FileAsync(handler, a, "G03"));
        await CloseAsync(handler, ids[5], settled: true);
        await DispatchAsync(app);
        record = Assert.Single((await admin.GetJsonAsync($"/api/v1/credit/records?uscc={a}&kind=Complaint")).GetProperty("items").EnumerateArray());
        Assert.Equal("12个月内被投诉6件", record.Str("title"));

        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync($"/api/v1/public/complaints/businesses/{a}");
        var json = await response.Content.ReadAsStringAsync();
        var summary = await OkAsync(response);
        Assert.Equal((6, 4, 3), (summary.GetProperty("complaints").GetInt32(), summary.GetProperty("closed").GetInt32(), summary.GetProperty("resolved").GetInt32()));
        Assert.Equal(0.75m, summary.GetProperty("resolutionRate").GetDecimal());
        Assert.Equal(("G03", 4), (summary.GetProperty("categories")[0].Str("code"), summary.GetProperty("categories")[0].GetProperty("count").GetInt32()));
        Assert.DoesNotContain(summary.GetProperty("categories").EnumerateArray(), x => x.Str("code") == "G05"); // the report is not counted
        foreach (var secret in new[] { "王小明", "13905311234", "泉城路1号", "私密事实", "举报内容", "假冒伪劣" }) Assert.DoesNotContain(secret, json);

        var none = await OkAsync(await anonymous.GetAsync($"/api/v1/public/complaints/businesses/{c}"));
        Assert.Equal(JsonValueKind.Null, none.GetProperty("resolutionRate").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/v1/public/complaints/businesses/123")).StatusCode);

        var page = await anonymous.GetStringAsync($"/gs/complaints/businesses/{c}");
        Assert.Contains("济南丙餐饮有限公司", page);
        Assert.Contains("data-testid=\"gs-rate\">—", page);
        var credit = await anonymous.GetStringAsync($"/gs/credit/{a}");
        Assert.Contains("消费投诉信息", credit);
        Assert.Contains("受理消费投诉 <b>6</b> 件", credit);
        Assert.DoesNotContain("王小明", credit);
        var index = await anonymous.GetStringAsync("/gs/complaints");
        Assert.True(index.IndexOf("济南甲电器有限公司", StringComparison.Ordinal) < index.IndexOf("济南乙通讯有限公司", StringComparison.Ordinal));
        var ranking = await OkAsync(await anonymous.GetAsync("/api/v1/public/complaints/businesses"));
        Assert.Equal((a, 6), (ranking.GetProperty("items")[0].Str("uscc"), ranking.GetProperty("items")[0].GetProperty("complaints").GetInt32()));
    }

    [Fact]
    public async Task A_consumer_warning_is_drafted_from_a_hot_spot_published_for_everyone_and_withdrawn()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var a = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        for (var i = 0; i < 3; i++) await FileAsync(handler, a, "G06");
        await FileAsync(handler, a, "G03");
        var chief = await app.LoginAsync("chief");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostJsonAsync("/api/v1/complaints/warnings/draft", new { dimension = "category", key = "G06" })).StatusCode);
        Assert.Contains("G99", await ProblemAsync(await chief.PostJsonAsync("/api/v1/complaints/warnings/draft", new { dimension = "category", key = "G99" }), HttpStatusCode.BadRequest));
        var draft = await OkAsync(await chief.PostJsonAsync("/api/v1/complaints/warnings/draft", new { dimension = "category", key = "G06", from = "2026-11-01", to = "2026-11-30" }));
        Assert.Equal("关于化妆品消费的提示", draft.Str("title"));
        Assert.Contains("3 件", draft.Str("body"));
        Assert.Contains("居第 1 位", draft.Str("basis"));
        Assert.Equal(("Draft", "G06", "济南市历下区市场监督管理局"), (draft.Str("status"), draft.Str("categoryCode"), draft.Str("orgUnitName")));
        var id = draft.GetProperty("id").GetInt64();

        var anonymous = app.Anonymous();
        Assert.Empty((await OkAsync(await anonymous.GetAsync("/api/v1/public/complaints/warnings"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/complaints/warnings/{id}")).StatusCode);

        await OkAsync(await chief.PutJsonAsync($"/api/v1/complaints/warnings/{id}", new { title = "“双十一”化妆品消费提示", body = "谨慎选购化妆品。\n保存购物凭证。" }));
        var published = await OkAsync(await chief.PostJsonAsync($"/api/v1/complaints/warnings/{id}/publish", new { }));
        Assert.Equal("Published", published.Str("status"));
        Assert.Contains("请先撤回", await ProblemAsync(await chief.PutJsonAsync($"/api/v1/complaints/warnings/{id}", new { title = "x", body = "y" }), HttpStatusCode.UnprocessableEntity));

        var list = await OkAsync(await anonymous.GetAsync("/api/v1/public/complaints/warnings"));
        Assert.Equal("“双十一”化妆品消费提示", Assert.Single(list.EnumerateArray()).Str("title"));
        var detail = await OkAsync(await anonymous.GetAsync($"/api/v1/public/complaints/warnings/{id}"));
        Assert.Equal(("济南市历下区市场监督管理局", "2026-11-23"), (detail.Str("orgUnitName"), detail.Str("publishedOn")));
        Assert.Contains("“双十一”化妆品消费提示", await anonymous.GetStringAsync("/gs/consumer-warnings"));
        Assert.Contains("保存购物凭证。", await anonymous.GetStringAsync($"/gs/consumer-warnings/{id}"));

        await OkAsync(await chief.PostJsonAsync($"/api/v1/complaints/warnings/{id}/withdraw", new { }));
        Assert.Empty((await OkAsync(await anonymous.GetAsync("/api/v1/public/complaints/warnings"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/gs/consumer-warnings/{id}")).StatusCode);
    }
}
