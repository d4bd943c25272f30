using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Inspections;
using Zhijian.Prices.Features.Demo;
using Zhijian.Prices.Features.Inspections;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Prices;

/// <summary>
/// 明码标价和价格欺诈检查 through HTTP, on both databases (app clock 2026-11-23): the checklist; a passed inspection; a failed 虚构原价 with
/// 2,000 元 of illegal gains whose clue reaches cases with “5 倍以下（即 1 万元以下）”; an online shop failing both kinds without gains
/// (5 万–50 万元 and 5,000 元); bad input refused naming the field with nothing written; the county measures. Then the demo's year of
/// checks and the “原价” helper of 第十六条 at its edges.
/// </summary>
public sealed class PriceInspectionFlowTests
{
    private static Task<T> Db<T>(ZhijianApp app, Func<PricesDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<PricesDbContext>()));

    /// <summary>Every item of the checklist, passed unless named in <paramref name="failed"/> (code → note).</summary>
    private static List<object> Items(bool online, params (string Code, string? Note)[] failed) =>
        [.. Checklist.For(online).Select(i => failed.Any(f => f.Code == i.Code)
            ? new { code = i.Code, passed = false, note = failed.First(f => f.Code == i.Code).Note }
            : (object)new { code = i.Code, passed = true, note = (string?)null })];

    private static object Inspection(string uscc, bool online, List<object> items, decimal? gains = null, string? url = null, string? evidence = "价签照片 3 张") => new
    {
        targetUscc = uscc,
        divisionCode = "370102",
        address = "济南市历下区泉城路 188 号",
        checkedOn = "2026-11-20",
        inspectors = "李明、王强",
        online,
        url,
        items,
        evidence,
        illegalGains = gains,
    };

    [Fact]
    public async Task Inspections_pass_or_fail_and_failures_reach_cases_with_the_penalty_range()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false); // the test dispatches the outbox itself
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城百货价格测试有限公司");
        await (await registrar.PostJsonAsync("/api/v1/entities", company)).ExpectAsync(HttpStatusCode.Created);
        var uscc = (string)company["uscc"]!;
        var inspector = await app.LoginAsync("inspector");
        // The demo's year of checks is there already: the list assertions below count from it.
        var failed0 = (await inspector.GetJsonAsync("/api/v1/prices/inspections?result=failed&division=370102")).GetProperty("total").GetInt32();
        var passed0 = (await inspector.GetJsonAsync("/api/v1/prices/inspections?result=passed")).GetProperty("total").GetInt32();
        var recent0 = (await inspector.GetJsonAsync("/api/v1/prices/inspections?from=2026-11-21")).GetProperty("total").GetInt32();
        var (n0, p0) = await MeasuresAsync(app);

        // The checklist: 10 items in a shop, 12 online; 第十六条 is price fraud.
        var offline = (await inspector.GetJsonAsync("/api/v1/prices/checklist?online=false")).EnumerateArray().ToList();
        Assert.Equal(10, offline.Count);
        Assert.DoesNotContain(offline, i => i.Str("code") is "P6" or "P12");
        var all = (await inspector.GetJsonAsync("/api/v1/prices/checklist?online=true")).EnumerateArray().ToList();
        Assert.Equal(12, all.Count);
        var p8 = all.Single(i => i.Str("code") == "P8");
        Assert.Equal("第十六条", p8.Str("article"));
        Assert.Equal("价格欺诈", p8.Str("violation"));
        Assert.Equal("不明码标价", all.Single(i => i.Str("code") == "P1").Str("violation"));

        // Bad input: 400 naming the field, nothing written (no inspection, no outbox message).
        var before = await Db(app, db => db.Inspections.IgnoreQueryFilters().CountAsync());
        var outboxBefore = await Db(app, db => db.Set<OutboxMessage>().CountAsync());
        var stranger = Uscc.Build('9', '1', "370102", "MA3P9X99");
        Assert.Contains("targetUscc: ", await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(stranger, false, Items(false))))
            .ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var missing = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, [.. Items(false).Where((_, i) => i != 2)])))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("items: 缺少检查项目：P3（第九条）", missing, StringComparison.Ordinal);
        var noNote = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, Items(false, ("P8", null)))))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("items[6].note: ", noNote, StringComparison.Ordinal); // P8 is the 7th item of a shop's list
        var noUrl = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, true, Items(true))))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("url: ", noUrl, StringComparison.Ordinal);
        var unknown = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, [.. Items(false), new { code = "P99", passed = true }])))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("items[10].code: ", unknown, StringComparison.Ordinal);
        var onlineItemOffline = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, Items(true))))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("只适用于网络交易经营者", onlineItemOffline, StringComparison.Ordinal);
        var noEvidence = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, Items(false, ("P1", "无价签")), evidence: null)))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("evidence: ", noEvidence, StringComparison.Ordinal);
        Assert.Equal(before, await Db(app, db => db.Inspections.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(outboxBefore, await Db(app, db => db.Set<OutboxMessage>().CountAsync()));

        // All items passed: 合格, numbered, no clue.
        var passed = await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, false, Items(false), evidence: null));
        var ok = await passed.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/prices/inspections/{ok.GetProperty("id").GetInt64()}", passed.Headers.Location?.OriginalString);
        Assert.True(ok.GetProperty("passed").GetBoolean());
        Assert.Equal("合格", ok.Str("result"));
        Assert.StartsWith("JGJC2026", ok.Str("number"), StringComparison.Ordinal);
        Assert.False(ok.GetProperty("clueSent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("penaltyRange").ValueKind);
        Assert.Equal(10, ok.GetProperty("items").GetArrayLength());

        // 虚构原价 with 2,000 元 of illegal gains: up to 5 × 2,000 = 1 万元, sent to cases in the same save.
        var fraud = await (await inspector.PostJsonAsync("/api/v1/prices/inspections",
            Inspection(uscc, false, Items(false, ("P8", "划线价 399 元，促销前 7 日内最低成交价 299 元")), gains: 2000m))).ExpectAsync(HttpStatusCode.Created);
        var fraudId = fraud.GetProperty("id").GetInt64();
        Assert.False(fraud.GetProperty("passed").GetBoolean());
        Assert.True(fraud.GetProperty("fraud").GetBoolean());
        Assert.False(fraud.GetProperty("unmarked").GetBoolean());
        Assert.True(fraud.GetProperty("clueSent").GetBoolean());
        Assert.Contains("违法所得 5 倍以下（即 1 万元以下）", fraud.Str("penaltyRange"), StringComparison.Ordinal);
        Assert.NotEqual(ok.Str("number"), fraud.Str("number"));
        var item = fraud.GetProperty("items").EnumerateArray().Single(i => i.Str("code") == "P8");
        Assert.False(item.GetProperty("passed").GetBoolean());
        Assert.Equal("第十六条", item.Str("article"));

        // An online shop failing both kinds without gains: 5 万–50 万元 for the fraud, up to 5,000 元 for not marking.
        var both = await (await inspector.PostJsonAsync("/api/v1/prices/inspections", Inspection(uscc, true,
            Items(true, ("P6", "商品页面未标示价格"), ("P12", "以不实优惠诱导交易")), url: "https://shop.example.cn/store/1"))).ExpectAsync(HttpStatusCode.Created);
        var bothId = both.GetProperty("id").GetInt64();
        Assert.Contains("没有违法所得的，处 5 万元以上 50 万元以下的罚款", both.Str("penaltyRange"), StringComparison.Ordinal);
        Assert.Contains("可以并处 5,000 元以下的罚款", both.Str("penaltyRange"), StringComparison.Ordinal);
        Assert.Equal("不明码标价、价格欺诈", both.Str("violations"));
        var detail = await inspector.GetJsonAsync($"/api/v1/prices/inspections/{bothId}");
        Assert.Equal(12, detail.GetProperty("items").GetArrayLength());
        Assert.Equal("第二十条", detail.GetProperty("items").EnumerateArray().Single(i => i.Str("code") == "P12").Str("article"));
        Assert.Equal("https://shop.example.cn/store/1", detail.Str("url"));

        // The list filters by result; the audit trail names the action.
        var failedList = await inspector.GetJsonAsync("/api/v1/prices/inspections?result=failed&division=370102");
        Assert.Equal(failed0 + 2, failedList.GetProperty("total").GetInt32());
        Assert.Equal(passed0 + 1, (await inspector.GetJsonAsync("/api/v1/prices/inspections?result=passed")).GetProperty("total").GetInt32());
        Assert.Equal(recent0, (await inspector.GetJsonAsync("/api/v1/prices/inspections?from=2026-11-21")).GetProperty("total").GetInt32());
        Assert.Equal(3, await app.AsSystemAsync(sp => sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().AuditEntries
            .CountAsync(a => a.Action == "prices.inspection.recorded")));

        // The clues arrive in cases (source system prices), the fraud one with its facts and the range in them.
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var clues = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Clues.IgnoreQueryFilters()
            .Where(c => c.SourceSystem == "prices" && c.Uscc == uscc).ToListAsync());
        Assert.Equal(2, clues.Count);
        var clue = clues.Single(c => c.SourceId == $"inspection:{fraudId}");
        Assert.Equal(uscc, clue.Uscc);
        Assert.Equal(fraud.Str("number"), clue.SourceNumber);
        Assert.Contains("1 万元以下", clue.Facts, StringComparison.Ordinal);
        Assert.Contains("P8", clue.Facts, StringComparison.Ordinal);
        Assert.Contains("第十六条", clue.Facts, StringComparison.Ordinal);
        Assert.Contains("违法所得 2,000 元", clue.Facts, StringComparison.Ordinal);
        Assert.Contains("5 万元以上 50 万元以下", clues.Single(c => c.SourceId == $"inspection:{bothId}").Facts, StringComparison.Ordinal);

        // 明码标价检查合格率's measures for 历下区: 3 more inspections, 1 more passed.
        var (n1, p1) = await MeasuresAsync(app);
        Assert.Equal((n0 + 3m, p0 + 1m), (n1, p1));
    }

    private static Task<(decimal Inspections, decimal Passed)> MeasuresAsync(ZhijianApp app) => app.AsSystemAsync(async sp =>
    {
        var source = sp.GetServices<IMeasureSource>().OfType<InspectionMeasures>().Single();
        var values = await source.ComputeAsync(new MeasureQuery("370100", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            [InspectionMeasures.Inspections, InspectionMeasures.Passed]), CancellationToken.None);
        return (values.Where(m => m.Code == InspectionMeasures.Inspections && m.County == "370102").Sum(m => m.Value),
            values.Where(m => m.Code == InspectionMeasures.Passed && m.County == "370102").Sum(m => m.Value));
    });

    [Fact]
    public async Task The_was_price_helper_judges_against_the_7_days_before_the_promotion_and_the_demo_seeds_a_year_of_checks()
    {
        await using var app = await ZhijianApp.StartAsync();
        var staff = await app.LoginAsync("inspector");

        // The demo (empty registry: its own parties): 24 checks over the last 12 months in 济南's five central districts, 6 failing with clues; once only.
        await DemoInspections.SeedAsync(app.Services, CancellationToken.None);
        await DemoInspections.SeedAsync(app.Services, CancellationToken.None);
        var demo = await Db(app, db => db.Inspections.IgnoreQueryFilters().ToListAsync());
        Assert.Equal(24, demo.Count);
        Assert.Equal(6, demo.Count(i => !i.Passed));
        Assert.All(demo, i => Assert.Contains(i.County, new[] { "370102", "370103", "370104", "370105", "370112" }));
        Assert.All(demo, i => Assert.InRange(i.CheckedOn, new DateOnly(2025, 11, 23), new DateOnly(2026, 11, 23)));
        Assert.All(demo.Where(i => !i.Passed), i => Assert.True(!i.ClueSent && i.PenaltyRange is not null)); // the small demo sends no clues
        Assert.Contains(demo, i => i.Fraud && i.IllegalGains > 0);
        Assert.Contains(demo, i => i.Unmarked && !i.Fraud);
        Assert.Equal(24 * 10 + 2 * demo.Count(i => i.Online), await Db(app, db => db.InspectionItems.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await Db(app, db => db.Set<OutboxMessage>().CountAsync(m => m.Type == "prices.case-clue")));

        async Task<JsonElement> Judge(decimal was, params (string At, decimal Price)[] deals) =>
            await (await staff.PostJsonAsync("/api/v1/prices/was-price", new { wasPrice = was, promotionStart = "2026-11-11", deals = deals.Select(d => new { at = d.At, price = d.Price }) }))
                .ExpectAsync();

        // Deals in the 7 days (11-04 … 11-10): the lowest is the limit; the 7.00 of 11-03 (8 days before) and the promotion's own deal do not count.
        (string, decimal)[] week = [("2026-11-03 09:00", 7.00m), ("2026-11-04", 9.90m), ("2026-11-06 20:15", 12.00m), ("2026-11-10 23:59", 10.50m), ("2026-11-11 08:00", 6.00m)];
        var lawful = await Judge(9.90m, week);
        Assert.True(lawful.GetProperty("lawful").GetBoolean());
        Assert.Equal(9.90m, lawful.GetProperty("reference").GetDecimal());
        var unlawful = await Judge(9.91m, week);
        Assert.False(unlawful.GetProperty("lawful").GetBoolean());
        Assert.Contains("虚构原价", unlawful.Str("reason"), StringComparison.Ordinal);

        // A deal exactly 7 days before counts (here at 01:00 Beijing time, sent in UTC); one 8 days before does not.
        var edge = await Judge(8.00m, ("2026-11-03T17:00:00Z", 8.00m), ("2026-11-03 12:00", 5.00m), ("2026-11-09", 11.00m));
        Assert.True(edge.GetProperty("lawful").GetBoolean());
        Assert.Equal(8.00m, edge.GetProperty("reference").GetDecimal());

        // No deal in the 7 days: the last deal before the promotion.
        var last = await Judge(20m, ("2026-10-01", 18m), ("2026-10-20 10:00", 20m));
        Assert.True(last.GetProperty("lawful").GetBoolean());
        Assert.Equal(20m, last.GetProperty("reference").GetDecimal());
        Assert.Contains("最后一次成交价", last.Str("basis"), StringComparison.Ordinal);
        Assert.False((await Judge(20.01m, ("2026-10-01", 18m), ("2026-10-20 10:00", 20m))).GetProperty("lawful").GetBoolean());

        // No deal at all: no lawful was price.
        var none = await Judge(20m);
        Assert.False(none.GetProperty("lawful").GetBoolean());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("reference").ValueKind);

        // Bad input names the field.
        var bad = await (await staff.PostJsonAsync("/api/v1/prices/was-price", new { wasPrice = 0m, deals = new[] { new { at = "2026-11-04", price = -1m }, new { at = "11/04/2026", price = 3m } } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("wasPrice: ", bad, StringComparison.Ordinal);
        Assert.Contains("promotionStart: ", bad, StringComparison.Ordinal);
        Assert.Contains("deals[0].price: ", bad, StringComparison.Ordinal);
        Assert.Contains("deals[1].at: ", bad, StringComparison.Ordinal);
        var many = Enumerable.Range(0, PriceInspections.MaxDeals + 1).Select(_ => new { at = "2026-11-05", price = 1m }).ToArray();
        var tooMany = await (await staff.PostJsonAsync("/api/v1/prices/was-price", new { wasPrice = 1m, promotionStart = "2026-11-11", deals = many }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("deals: ", tooMany, StringComparison.Ordinal);
    }
}
