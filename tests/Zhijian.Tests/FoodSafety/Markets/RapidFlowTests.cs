using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Features.RapidTests;
using Zhijian.Platform.Identity;
using Zhijian.Tests.FoodSafety.Sampling;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Markets.MarketsTestKit;

namespace Zhijian.Tests.FoodSafety.Markets;

/// <summary>Bulk intake, the positive lifecycle to a lab confirmation, 熔断 and its lift — over HTTP.</summary>
[Trait("Database", "any")] // the module's rules over the API; the SQL is provider-neutral LINQ
public sealed class RapidFlowTests
{
    [Fact]
    public async Task Bulk_intake_all_or_nothing_with_every_error_listed_resends_not_counted_twice()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);

        var ok = await PostBatchAsync(s.Inspector, [Result(s, "R1"), Result(s, "R2"), Result(s, "R3", positive: true, batch: "LY-20261123-01")]);
        Assert.Equal(3, ok.GetProperty("created").GetInt32());
        Assert.Equal(1, ok.GetProperty("positives").GetInt32());

        var again = await PostBatchAsync(s.Inspector, [Result(s, "R1"), Result(s, "R2"), Result(s, "R3", positive: true, batch: "LY-20261123-01"), Result(s, "R4")]);
        Assert.Equal(1, again.GetProperty("created").GetInt32());
        Assert.Equal(3, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(4, await CountAsync(s));

        var bad = await PostBatchAsync(s.Inspector,
        [
            Result(s, "R5"),
            Result(s, "R6", group: "鱼"),
            Result(s, "R7", testedAt: app.Clock.GetUtcNow().AddHours(2)),
            Result(s, "R8", group: "meat", item: "OP"),
            Result(s, "R5"),
        ], HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.Contains("第 2 条：产品类别“鱼”不存在", errors.GetProperty("results[1].productGroup")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("晚于当前时间", errors.GetProperty("results[2].testedAt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("不适用于畜禽肉", errors.GetProperty("results[3].itemCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("在本次报送中重复", errors.GetProperty("results[4].resultId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(s)); // nothing of the bad batch written, not even R5
    }

    [Fact]
    public async Task Positive_stops_the_batch_objection_in_the_window_lab_retest_confirms_it()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        var posted = await PostBatchAsync(s.Inspector, [Result(s, "P1", positive: true, batch: "B-1"), Result(s, "P2", positive: true, batch: "B-2")]);
        var ids = posted.GetProperty("positiveIds").EnumerateArray().Select(e => e.GetInt64()).ToList();
        var first = await s.Inspector.GetJsonAsync($"/api/v1/food/rapid-tests/{ids[0]}");
        Assert.Equal("阳性·停售控制", first.Str("status"));
        Assert.Contains("即时停止销售、就地封存", first.Str("stopNotice"), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(239)); // 3 h 59 min after delivery
        var objected = await (await s.Inspector.PostJsonAsync($"/api/v1/food/rapid-tests/{ids[0]}/objection", new { reason = "经营者认为检测时样品受洗涤剂污染" })).ExpectAsync();
        Assert.Equal("已提出异议·待复检", objected.Str("status"));
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // 4 h 01 min
        var late = await (await s.Inspector.PostJsonAsync($"/api/v1/food/rapid-tests/{ids[1]}/objection", new { reason = "不服" })).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("异议期已过", late, StringComparison.Ordinal);

        var rapidMethod = await (await s.Inspector.PostJsonAsync($"/api/v1/food/rapid-tests/{ids[0]}/lab-order",
            new { samplers = new[] { "inspector", "chief" }, labId = s.Sampling.First.Id, method = "胶体金免疫层析法" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("复检不得采用快速检测方法", rapidMethod, StringComparison.Ordinal);
        var ordered = await (await s.Inspector.PostJsonAsync($"/api/v1/food/rapid-tests/{ids[0]}/lab-order",
            new { samplers = new[] { "inspector", "chief" }, labId = s.Sampling.First.Id, method = "GB 23200.113-2018 气相色谱-质谱联用法" })).ExpectAsync();
        Assert.Equal("实验室确认中", ordered.Str("status"));
        var orderId = ordered.GetProperty("samplingOrderId").GetInt64();
        var number = ordered.Str("samplingOrderNumber");
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await s.Inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{orderId}/received", new { on = today })).ExpectAsync();
        await SamplingTestKit.PostResultAsync(s.Sampling.First.Client, SamplingTestKit.FailResult(number, "SJ-KJ-0001", reportDate: today));

        await SamplingFlowTests.Eventually(async () => (await s.Inspector.GetJsonAsync($"/api/v1/food/rapid-tests/{ids[0]}")).Str("status") == "确认阳性");
        var list = await s.Inspector.GetJsonAsync($"/api/v1/food/rapid-tests?point={s.Point}&result=positive");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.Str("status") == "阳性（异议期满）");
    }

    [Fact]
    public async Task Three_failed_batches_of_a_supplier_trigger_a_fuse_noticed_to_the_markets_published_and_lifted_with_a_reason()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        await PostBatchAsync(s.Inspector, [Result(s, "F1", positive: true, batch: "B-1"), Result(s, "F2", positive: true, batch: "B-2"), Result(s, "F3", positive: true, batch: "B-2")]);
        app.Clock.Advance(TimeSpan.FromHours(5));
        await SweepAsync(app);
        Assert.Empty((await s.Chief.GetJsonAsync("/api/v1/food/fuses?state=active")).EnumerateArray()); // two distinct batches so far

        await PostBatchAsync(s.Inspector, [Result(s, "F4", positive: true, batch: "B-3")]);
        app.Clock.Advance(TimeSpan.FromHours(5));
        await SweepAsync(app);
        var fuse = Assert.Single((await s.Chief.GetJsonAsync("/api/v1/food/fuses?state=active")).EnumerateArray());
        Assert.Equal("章丘绿源蔬菜专业合作社", fuse.Str("subject"));
        Assert.Equal(1, fuse.GetProperty("ruleVersion").GetInt32());
        Assert.Equal(1, fuse.GetProperty("markets").GetInt32());
        Assert.Contains("3 个批次不合格", fuse.Str("reason"), StringComparison.Ordinal);
        var market = await app.Anonymous().GetStringAsync($"/api/v1/public/food/rapid-tests/{s.Point}");
        Assert.Contains(fuse.Str("number"), market, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", market, StringComparison.Ordinal);

        var id = fuse.GetProperty("id").GetInt64();
        await (await s.Inspector.PostJsonAsync($"/api/v1/food/fuses/{id}/lift", new { reason = "已整改" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("解除理由不能为空", await (await s.Chief.PostJsonAsync($"/api/v1/food/fuses/{id}/lift", new { reason = "" })).ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var lifted = await (await s.Chief.PostJsonAsync($"/api/v1/food/fuses/{id}/lift", new { reason = "供货者已完成整改，经抽检合格" })).ExpectAsync();
        Assert.Equal("已解除", lifted.Str("state"));
        var portal = await app.Anonymous().GetStringAsync("/api/v1/public/food/fuses");
        Assert.Contains("供货者已完成整改，经抽检合格", portal, StringComparison.Ordinal);
    }

    private static async Task SweepAsync(ZhijianApp app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        await scope.ServiceProvider.GetRequiredService<RapidTests>().SettleAsync(CancellationToken.None);
    }
}
