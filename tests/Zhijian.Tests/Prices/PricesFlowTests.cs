using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Warnings;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Prices;

/// <summary>
/// Price monitoring and warnings through HTTP, on both databases (app clock Monday 2026-11-23): the demo's network, cycle and warnings;
/// bad reports refused whole; the pork scheme at 商河县 at each edge (6:1 exactly, 5:1 exactly, the third week in the band, below 5, a week
/// without corn 无法计算), the lean pork rise at 30 % and 40 % exactly; a change rule in two versions, each warning keeping the version in
/// force, a correction raising the level; an import with bad rows writing nothing, then a good one.
/// </summary>
public sealed class PricesFlowTests
{
    private const string County = "370126";

    private static Task<T> Db<T>(ZhijianApp app, Func<PricesDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<PricesDbContext>()));

    private static async Task<HttpResponseMessage> PostIdempotentAsync(StaffClient client, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await client.Http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> ReportAsync(StaffClient client, string point, string on, params (string Good, decimal? Price, string? Unit)[] items) =>
        PostIdempotentAsync(client, "/api/v1/prices/observations", new { pointCode = point, on, items = items.Select(i => new { good = i.Good, price = i.Price, unit = i.Unit }) });

    [Fact]
    public async Task Report_judge_and_version_through_the_api()
    {
        await using var app = await ZhijianApp.StartAsync();

        // The demo (small registry): 12 points, two years of weekly prices, the pork cycle's over-fall warnings at every level in the city.
        Assert.Equal(12, await Db(app, db => db.Points.IgnoreQueryFilters().CountAsync()));
        var fall = await Db(app, db => db.Warnings.IgnoreQueryFilters().Where(w => w.RuleKey == "pork.fall" && w.DivisionCode == "370100").Select(w => w.Level).Distinct().ToListAsync());
        Assert.Equal([WarningLevel.Level1, WarningLevel.Level2, WarningLevel.Level3], fall.Order());
        Assert.True(await Db(app, db => db.Warnings.IgnoreQueryFilters().AnyAsync(w => w.GoodCode == "egg" && w.RuleVersion.Contains("第 2 版"))));
        Assert.True(await Db(app, db => db.Warnings.IgnoreQueryFilters().AllAsync(w => !w.NoticeSent))); // history: written without notices
        var notices = await Db(app, db => db.Set<Zhijian.Platform.Events.OutboxMessage>().CountAsync(m => m.Type == "prices.warning-raised"));

        var chief = await app.LoginAsync("chief");
        var admin = await app.LoginAsync("admin");
        foreach (var (code, kind) in new[] { ("SH-FARM", "养殖场"), ("SH-WS", "批发市场"), ("SH-MKT", "农贸市场") })
            await (await PostIdempotentAsync(admin, "/api/v1/prices/points", new { code, name = $"商河县{kind}", kind, divisionCode = County, address = "商河县许商街道" }))
                .ExpectAsync(HttpStatusCode.Created);
        var outside = await (await PostIdempotentAsync(chief, "/api/v1/prices/points", new { code = "SH-X", name = "商河县超市", kind = "超市", divisionCode = County, address = "商河县" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不在您的管辖范围内", outside, StringComparison.Ordinal);

        // Bad reports: unknown point, unknown good, zero and negative prices, three decimals, a unit not the catalogue's, a good this kind of point does not collect.
        var inspector = await app.LoginAsync("admin");
        var before = await Db(app, db => db.Observations.IgnoreQueryFilters().CountAsync());
        var noPoint = await (await ReportAsync(inspector, "NOPE", "2026-11-18", ("hog", 12m, null))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("监测点“NOPE”不存在", noPoint, StringComparison.Ordinal);
        var bad = await (await ReportAsync(inspector, "SH-MKT", "2026-11-18", ("pork-lean", 0m, null), ("egg", -5m, null), ("cabbage", 1.234m, null),
            ("potato", 2m, "元/公斤"), ("durian", 30m, null), ("hog", 12m, null))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("价格应大于 0", bad, StringComparison.Ordinal);
        Assert.Contains("最多保留两位小数", bad, StringComparison.Ordinal);
        Assert.Contains("计价单位应为“元/500克”", bad, StringComparison.Ordinal);
        Assert.Contains("商品“durian”不在价格监测商品目录中", bad, StringComparison.Ordinal);
        Assert.Contains("农贸市场类监测点不采集生猪", bad, StringComparison.Ordinal);
        var future = await (await ReportAsync(inspector, "SH-FARM", "2026-11-24", ("hog", 12m, null))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("采价日期不能晚于今天", future, StringComparison.Ordinal);
        Assert.Equal(before, await Db(app, db => db.Observations.IgnoreQueryFilters().CountAsync()));

        // 猪粮比 at 商河县 (corn 2.00 元/公斤): 6.00 → nothing; 5.99 三级; 5.00 (the band's lower edge, 2nd week) 三级; 5.50 the third week in
        // the band 二级; 4.99 一级; then a week with no corn: 无法计算, nothing raised.
        var weeks = new[] { ("2026-10-21", 12.00m), ("2026-10-28", 11.98m), ("2026-11-04", 10.00m), ("2026-11-11", 11.00m), ("2026-11-18", 9.98m) };
        foreach (var (on, hog) in weeks)
        {
            await (await ReportAsync(inspector, "SH-WS", on, ("corn-2", 2.00m, "元/公斤"))).ExpectAsync();
            await (await ReportAsync(inspector, "SH-FARM", on, ("hog", hog, null))).ExpectAsync();
        }

        var last = await (await ReportAsync(inspector, "SH-FARM", "2026-11-23", ("hog", 10.50m, null))).ExpectAsync();
        Assert.Empty(last.GetProperty("warnings").EnumerateArray());
        var warnings = (await admin.GetJsonAsync($"/api/v1/prices/warnings?good=hog&division={County}")).EnumerateArray().OrderBy(w => w.Str("period"), StringComparer.Ordinal).ToList();
        Assert.Equal([("2026年第44周", 3), ("2026年第45周", 3), ("2026年第46周", 2), ("2026年第47周", 1)],
            warnings.Select(w => (w.Str("period"), w.GetProperty("level").GetInt32())).ToList());
        Assert.All(warnings, w => Assert.Equal("pork.fall", w.Str("rule")));
        Assert.All(warnings, w => Assert.True(w.GetProperty("noticeSent").GetBoolean()));
        Assert.True(await Db(app, db => db.Set<Zhijian.Platform.Events.OutboxMessage>().CountAsync(m => m.Type == "prices.warning-raised")) >= notices + 4);
        var l2 = warnings[2];
        Assert.Equal(5.5m, l2.GetProperty("value").GetDecimal());
        Assert.Equal(3, l2.GetProperty("inputs").GetProperty("weeksInBand").GetInt32());
        Assert.Equal(2.00m, l2.GetProperty("inputs").GetProperty("corn").GetDecimal());
        Assert.Contains("生猪预案阈值", l2.Str("ruleVersion"), StringComparison.Ordinal);
        var centre = (await admin.GetJsonAsync("/api/v1/indicators/warnings?division=370100")).EnumerateArray().ToList();
        Assert.Contains(centre, w => w.Str("code") == "prices.warnings_l2" && w.GetProperty("count").GetDecimal() >= 1);
        var pork = await admin.GetJsonAsync($"/api/v1/prices/pork?division={County}&weeks=8");
        var thisWeek = pork.GetProperty("weeks").EnumerateArray().Last();
        Assert.Equal(JsonValueKind.Null, thisWeek.GetProperty("ratio").ValueKind);
        Assert.Contains("无法计算", thisWeek.Str("reason"), StringComparison.Ordinal);
        Assert.Equal(6.00m, pork.GetProperty("weeks").EnumerateArray().Single(w => w.Str("weekName") == "2026年第43周").GetProperty("ratio").GetDecimal());

        // Lean pork year on year: +30.00 % exactly 二级, +40.00 % exactly still 二级, +40.05 % 一级, +25 % 三级 (the [R] band from 20 %).
        foreach (var (lastYear, thisYear, price) in new[] { ("2025-10-29", "2026-10-28", 26.00m), ("2025-11-05", "2026-11-04", 28.00m),
                     ("2025-11-12", "2026-11-11", 28.01m), ("2025-11-19", "2026-11-18", 25.00m) })
        {
            await (await ReportAsync(inspector, "SH-MKT", lastYear, ("pork-lean", 20.00m, null))).ExpectAsync();
            await (await ReportAsync(inspector, "SH-MKT", thisYear, ("pork-lean", price, null))).ExpectAsync();
        }

        var rise = (await admin.GetJsonAsync($"/api/v1/prices/warnings?good=pork-lean&division={County}")).EnumerateArray()
            .Where(w => w.Str("rule") == "pork.rise").OrderBy(w => w.Str("period"), StringComparer.Ordinal).Select(w => (w.Str("period"), w.GetProperty("level").GetInt32(), w.GetProperty("value").GetDecimal())).ToList();
        Assert.Equal([("2026年第44周", 2, 30.00m), ("2026年第45周", 2, 40.00m), ("2026年第46周", 1, 40.05m), ("2026年第47周", 3, 25.00m)], rise);

        // A change rule in two versions: potato week-on-week up 10 % 三级 from 2026-10-01; revised to 20 % 二级 from 2026-11-16.
        var rule = await (await chief.PostJsonAsync("/api/v1/prices/rules", new { good = "potato", window = "周环比", direction = "上涨", percent = 10, level = 3, effectiveFrom = "2026-10-01" }))
            .ExpectAsync(HttpStatusCode.Created);
        var group = rule.GetProperty("groupId").GetInt64();
        var badVersion = await (await chief.PostJsonAsync($"/api/v1/prices/rules/{group}/versions", new { window = "周环比", direction = "上涨", percent = 20, level = 2, effectiveFrom = "2026-09-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("施行日期应晚于", badVersion, StringComparison.Ordinal);
        await (await chief.PostJsonAsync($"/api/v1/prices/rules/{group}/versions", new { window = "周环比", direction = "上涨", percent = 20, level = 2, effectiveFrom = "2026-11-16" }))
            .ExpectAsync(HttpStatusCode.Created);
        await (await ReportAsync(inspector, "SH-MKT", "2026-11-04", ("potato", 2.00m, null))).ExpectAsync();
        var v1 = await (await ReportAsync(inspector, "SH-MKT", "2026-11-11", ("potato", 2.30m, null))).ExpectAsync();
        Assert.Contains(v1.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("周环比上涨 15%", StringComparison.Ordinal));
        var quiet = await (await ReportAsync(inspector, "SH-MKT", "2026-11-18", ("potato", 2.60m, null))).ExpectAsync();
        Assert.Empty(quiet.GetProperty("warnings").EnumerateArray()); // +13.04 %: under version 2's 20 %
        var corrected = await (await ReportAsync(inspector, "SH-MKT", "2026-11-18", ("potato", 2.80m, null))).ExpectAsync();
        Assert.Equal(1, corrected.GetProperty("corrected").GetInt32());
        var potato = (await admin.GetJsonAsync($"/api/v1/prices/warnings?good=potato&division={County}")).EnumerateArray()
            .Select(w => (w.Str("period"), w.GetProperty("level").GetInt32(), w.Str("ruleVersion"))).OrderBy(w => w.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(2, potato.Count);
        Assert.Equal(("2026年第46周", 3), (potato[0].Item1, potato[0].Item2));
        Assert.Contains("第 1 版", potato[0].Item3, StringComparison.Ordinal);
        Assert.Equal(("2026年第47周", 2), (potato[1].Item1, potato[1].Item2));
        Assert.Contains("第 2 版", potato[1].Item3, StringComparison.Ordinal);
        var series = await admin.GetJsonAsync($"/api/v1/prices/series?good=potato&division={County}&grain=week&from=2026-11-02&to=2026-11-23");
        Assert.Equal([2.00m, 2.30m, 2.80m], series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("average").GetDecimal()).ToList());

        // Import: two bad rows (unknown point, a unit not the catalogue's) → 422 listing both, nothing written; then the good file.
        var header = "监测点编号,采价日期,商品,价格,计价单位";
        var badCsv = $"{header}\nSH-MKT,2026-11-20,egg,5.60,元/500克\nNOPE,2026-11-20,egg,5.60,\nSH-MKT,2026-11-20,cabbage,1.10,元/公斤\n";
        var count = await Db(app, db => db.Observations.IgnoreQueryFilters().CountAsync());
        var response = await UploadAsync(inspector, Encoding.UTF8.GetBytes(badCsv));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt64(), Column: e.Str("column"))).ToList();
        Assert.Equal([(3L, "监测点编号"), (4L, "计价单位")], errors);
        Assert.Equal(count, await Db(app, db => db.Observations.IgnoreQueryFilters().CountAsync()));
        // The good file, judged by the full pass over the imported goods: cabbage 1.00 on 11-19, then 1.10 imported for 11-20 — a day-on-day
        // rise of exactly 10 % reaches the day rule (三级), found by the database's day pairing.
        await (await chief.PostJsonAsync("/api/v1/prices/rules", new { good = "cabbage", window = "日环比", direction = "涨跌", percent = 10, level = 3, effectiveFrom = "2026-11-01" }))
            .ExpectAsync(HttpStatusCode.Created);
        await (await ReportAsync(inspector, "SH-MKT", "2026-11-19", ("cabbage", 1.00m, null))).ExpectAsync();
        var ok = await UploadAsync(inspector, Encoding.UTF8.GetBytes($"{header}\nSH-MKT,2026-11-20,egg,5.60,元/500克\nSH-MKT,2026-11-20,cabbage,1.10,\n"));
        var summary = await ok.ExpectAsync();
        Assert.Equal(2, summary.GetProperty("added").GetInt32());
        Assert.True(summary.GetProperty("warningsRaised").GetInt32() >= 1);
        Assert.Equal(count + 3, await Db(app, db => db.Observations.IgnoreQueryFilters().CountAsync()));
        var day = (await admin.GetJsonAsync($"/api/v1/prices/warnings?good=cabbage&division={County}")).EnumerateArray().Single(w => w.Str("rule") == "change:day");
        Assert.Equal(("2026-11-20", 3, 10.00m), (day.Str("period"), day.GetProperty("level").GetInt32(), day.GetProperty("value").GetDecimal()));

        // The public overview of the county's week.
        var overview = await (await app.Anonymous().GetAsync($"/api/v1/public/prices/overview?division={County}&week=2026-11-18")).ExpectAsync();
        Assert.Equal(2.80m, overview.GetProperty("rows").EnumerateArray().Single(r => r.Str("good") == "potato").GetProperty("average").GetDecimal());
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "价格.csv");
        return await client.Http.PostAsync("/api/v1/prices/observations/import", form);
    }
}
