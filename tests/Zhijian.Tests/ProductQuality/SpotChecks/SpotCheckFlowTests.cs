using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Codes;
using Zhijian.ProductQuality.Data;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.SpotChecks;

/// <summary>One app (today 2026-11-23): six toy producers and a toy shop in 历下区, the first lab's API client.</summary>
public sealed class SpotCheckFixture : IAsyncLifetime
{
    public ZhijianApp App { get; private set; } = null!;

    public StaffClient Admin { get; private set; } = null!;

    public StaffClient Chief { get; private set; } = null!;

    public HttpClient Lab1 { get; private set; } = null!;

    public List<string> Producers { get; } = [];

    public string Shop { get; } = Uscc.Build('9', '1', "370102", "MA7XHBP1");

    public async Task InitializeAsync()
    {
        App = await ZhijianApp.StartAsync();
        var registrar = await App.LoginAsync("registrar");
        for (var i = 1; i <= 6; i++)
        {
            var uscc = Uscc.Build('9', '1', "370102", $"MA7TBY0{i}");
            Producers.Add(uscc);
            (await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company($"济南历下第{i}玩具制造有限公司", uscc: uscc, industry: "2452"))).EnsureSuccessStatusCode();
        }

        (await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company("济南历下童乐玩具商店有限公司", uscc: Shop, industry: "5245"))).EnsureSuccessStatusCode();
        Admin = await App.LoginAsync("admin");
        Chief = await App.LoginAsync("chief");
        Lab1 = await LabClientAsync(1);
    }

    public async Task<HttpClient> LabClientAsync(long labId)
    {
        var client = await (await Admin.PostJsonAsync($"/api/v1/pq/labs/{labId}/client", new { })).ExpectAsync();
        var http = App.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));
        return http;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return http.SendAsync(request);
    }

    public static async Task<JsonElement> DrawnPlanAsync(StaffClient who, string name, string from, string to, string level, int batches = 3, bool followUp = false)
    {
        var plan = await (await who.PostJsonAsync("/api/v1/pq/plans", new
        {
            year = 2026,
            level,
            name,
            from,
            to,
            targetKind = "生产者",
            scope = new[] { "370102" },
            categories = new[] { new { categoryCode = "PQ001", batches } },
            followUp,
        })).ExpectAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetInt64();
        await (await who.PostJsonAsync($"/api/v1/pq/plans/{id}/freeze", new { })).ExpectAsync();
        return await (await who.PostJsonAsync($"/api/v1/pq/plans/{id}/draw", new { publicValue = "2026-11-23 上证综指收盘 3421.56" })).ExpectAsync();
    }

    public static object Sample(long planId, string producer, string on, string model, string brand = "乐乐", string category = "PQ001") => new
    {
        planId,
        categoryCode = category,
        sampledOn = on,
        place = "济南市历下区某某路1号成品仓库",
        officers = new[] { "张伟", "李娜" },
        productName = "塑胶玩具车",
        brand,
        model,
        standard = "GB 6675.2-2014",
        batch = "20260801",
        quantity = "6 件",
        baseQuantity = "200 件",
        producerUscc = producer,
        @sealed = true,
        labId = 1,
    };

    public async Task<int> SampleCountAsync() =>
        await App.AsSystemAsync(sp => sp.GetRequiredService<QualityDbContext>().Samples.IgnoreQueryFilters().CountAsync());

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Trait("Database", "any")]
public sealed class SpotCheckFlowTests(SpotCheckFixture f) : IClassFixture<SpotCheckFixture>
{
    private static readonly object[] FailedItems =
    [
        new { item = "小零件", requirement = "不应有小零件", measured = "有小零件脱落", unit = "", judgment = "不合格" },
        new { item = "标识和使用说明", requirement = "符合 GB 6675.1", measured = "符合", unit = "", judgment = "合格" },
    ];

    [Fact]
    public async Task The_catalogue_has_the_key_products_and_a_bad_standard_is_refused()
    {
        var inspector = await f.App.LoginAsync("inspector");
        var cats = await inspector.GetJsonAsync("/api/v1/pq/catalogue");
        Assert.True(cats.GetArrayLength() >= 30);
        var toys = cats.EnumerateArray().Single(c => c.Str("name") == "儿童玩具");
        Assert.Equal("消费品", toys.Str("kind"));
        Assert.Contains(toys.GetProperty("standards").EnumerateArray(), s => s.Str("number") == "GB 6675.1-2014");
        Assert.Equal("工业品", cats.EnumerateArray().Single(c => c.Str("name") == "电线电缆").Str("kind"));
        var problem = await (await f.Chief.PostJsonAsync("/api/v1/pq/catalogue", new
        {
            code = "PQ900",
            name = "儿童口罩",
            consumerGood = true,
            industryPrefixes = new[] { "1789" },
            standards = new[] { "口罩标准" },
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("标准“口罩标准”格式不正确", problem);
        await (await inspector.PostJsonAsync("/api/v1/pq/catalogue", new { })).ExpectAsync(HttpStatusCode.Forbidden);
        var created = await (await f.Chief.PostJsonAsync("/api/v1/pq/catalogue", new
        {
            code = "PQ901",
            name = "儿童口罩",
            consumerGood = true,
            industryPrefixes = new[] { "1789" },
            standards = new[] { "GB/T 38880-2020 儿童口罩技术规范" },
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("GB/T 38880-2020", created.GetProperty("standards")[0].Str("number"));
    }

    [Fact]
    public async Task The_draw_is_verifiable_from_the_published_data()
    {
        var plan = await SpotCheckFixture.DrawnPlanAsync(f.Chief, "2026年历下区儿童玩具监督抽查", "2026-11-01", "2026-12-31", "县");
        Assert.Equal("已抽取", plan.Str("status"));
        var cat = plan.GetProperty("categories")[0];
        Assert.True(cat.GetProperty("candidateCount").GetInt32() >= 4);
        var id = plan.GetProperty("id").GetInt64();
        var list = await f.Chief.GetJsonAsync($"/api/v1/pq/plans/{id}/candidates/PQ001");
        var candidates = list.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()!.Split(',')).ToList();
        Assert.Equal(cat.Str("candidateHash"), VerifiableDraw.CandidateHash(candidates.Select(c => (c[0], c[1]))));
        var secret = Convert.FromHexString(plan.Str("secret"));
        Assert.Equal(plan.Str("commitment"), VerifiableDraw.Commitment(secret));
        var again = VerifiableDraw.Pick(VerifiableDraw.Seed(secret, plan.Str("publicValue")), plan.Str("number") + "/PQ001", [.. candidates.Select(c => c[0])], 3);
        Assert.Equal(again, plan.GetProperty("targets").EnumerateArray().Select(t => t.Str("uscc")).ToList());
        Assert.All(again, u => Assert.Contains(u, f.Producers));
        await (await f.Chief.PostJsonAsync($"/api/v1/pq/plans/{id}/draw", new { publicValue = "再抽一次" })).ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Sample_result_notification_late_objection_retest_overturns()
    {
        var plan = await SpotCheckFixture.DrawnPlanAsync(f.Chief, "2026年历下区玩具跟踪前抽查", "2026-09-01", "2026-12-31", "县", 2);
        var planId = plan.GetProperty("id").GetInt64();
        var producer = f.Producers[0];
        var before = await f.SampleCountAsync();

        // A product category not in the plan: 400 naming 产品类别, nothing written.
        var wrong = await (await f.Chief.PostJsonAsync("/api/v1/pq/samples", SpotCheckFixture.Sample(planId, producer, "2026-09-08", "ABC-01", category: "PQ002")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("产品类别“PQ002”不在抽查计划", wrong);
        Assert.Equal(before, await f.SampleCountAsync());

        var sample = await (await SpotCheckFixture.PostAsync(f.Chief.Http, "/api/v1/pq/samples", SpotCheckFixture.Sample(planId, producer, "2026-09-08", "ABC-01")))
            .ExpectAsync(HttpStatusCode.Created);
        var number = sample.Str("number");
        Assert.DoesNotContain("伟", sample.Str("officers"));
        Assert.Equal("待检验", sample.Str("conclusion"));

        // The same product (full-width, lower-case model) by the same bureau within six months: refused with the earlier number.
        var repeat = await (await f.Chief.PostJsonAsync("/api/v1/pq/samples", SpotCheckFixture.Sample(planId, producer, "2026-10-20", "ａｂｃ－01")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("规格型号", repeat);
        Assert.Contains(number, repeat);
        Assert.Contains("2027-03-08 起可再次抽查", repeat);
        Assert.Equal(before + 1, await f.SampleCountAsync());

        // Another lab may not post; the assigned lab posts a failed result by item.
        var lab2 = await f.LabClientAsync(2);
        var result = new { reportNo = "JN-PQ-2026-0917", reportDate = "2026-09-15", conclusion = "不合格", items = FailedItems };
        await (await SpotCheckFixture.PostAsync(lab2, $"/api/v1/pq/samples/{number}/result", result)).ExpectAsync(HttpStatusCode.Forbidden);
        var inconsistent = await (await SpotCheckFixture.PostAsync(f.Lab1, $"/api/v1/pq/samples/{number}/result", result with { conclusion = "合格" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("检验结论不能为合格", inconsistent);
        var posted = await (await SpotCheckFixture.PostAsync(f.Lab1, $"/api/v1/pq/samples/{number}/result", result)).ExpectAsync();
        Assert.Equal("不合格", posted.Str("conclusion"));
        Assert.Equal("小零件", posted.Str("failedItems"));
        var id = posted.GetProperty("id").GetInt64();

        // Notified Fri 2026-09-18: +15 days = Sat 2026-10-03 (国庆) → the deadline moves to Thu 2026-10-08.
        var notified = await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/notification", new { notifiedOn = "2026-09-18" })).ExpectAsync();
        Assert.Equal("2026-10-08", notified.Str("objectionBy"));
        var late = await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/objection", new { filedOn = "2026-10-09", reason = "送检样品运输中受损", fee = 1800 }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("复检申请已超过收到检验结果之日起15日的期限", late);

        // Filed on the last day; acceptance due in 3 working days: Fri 10-09, Sat 10-10 (调休上班), Mon 10-12.
        var filed = await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/objection", new { filedOn = "2026-10-08", reason = "送检样品运输中受损", fee = 1800 })).ExpectAsync();
        Assert.Equal("2026-10-12", filed.Str("objectionDecideBy"));
        var accepted = await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/objection/decision", new { accept = true, reason = "申请在期限内，予以受理" })).ExpectAsync();
        Assert.DoesNotContain(accepted.GetProperty("retestCandidates").EnumerateArray(), c => c.GetString()!.StartsWith("1,", StringComparison.Ordinal));
        var picked = await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/objection/lab", new { publicValue = "2026-10-13 双色球开奖号码" })).ExpectAsync();
        var retestLab = picked.Str("retestLabName");
        Assert.NotEqual("山东省产品质量检验研究院", retestLab);
        var labs = await f.Chief.GetJsonAsync("/api/v1/pq/labs");
        var retestClient = await f.LabClientAsync(labs.EnumerateArray().Single(l => l.Str("name") == retestLab).GetProperty("id").GetInt64());
        var retest = await (await SpotCheckFixture.PostAsync(retestClient, $"/api/v1/pq/samples/{number}/retest-result", new
        {
            reportNo = "FJ-2026-0031",
            reportDate = "2026-10-28",
            conclusion = "合格",
            items = new[] { new { item = "小零件", requirement = "不应有小零件", measured = "无小零件", unit = "", judgment = "合格" } },
        })).ExpectAsync();
        Assert.Equal("复检改变原结论", retest.Str("objection"));
        Assert.Equal("抽查部门", retest.Str("feeBorneBy"));
        Assert.Equal("合格（复检）", retest.Str("finalConclusion"));
        Assert.Contains("最终结论", await (await f.Chief.PostJsonAsync($"/api/v1/pq/samples/{id}/objection", new { filedOn = "2026-10-29", reason = "再复检", fee = 100 }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest));

        // The portal shows the result without person names.
        var pub = await f.App.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/public/pq/spot-checks?q=玩具车");
        var row = pub.GetProperty("items").EnumerateArray().Single(r => r.Str("model") == "ABC-01");
        Assert.Equal("合格（复检）", row.Str("conclusion"));
        Assert.DoesNotContain("张", pub.GetRawText());
        var page = await f.App.Anonymous().GetStringAsync("/gs/pq/spot-checks?q=玩具车");
        Assert.Contains("ABC-01", page);
    }

    [Fact]
    public async Task A_lower_level_may_not_recheck_what_the_city_checked_in_its_period_and_the_draw_excludes_it()
    {
        var city = await SpotCheckFixture.DrawnPlanAsync(f.Admin, "2026年济南市玩具专项抽查", "2026-10-01", "2026-12-31", "市", 1);
        var producer = f.Producers[5];
        var s = await (await f.Admin.PostJsonAsync("/api/v1/pq/samples", SpotCheckFixture.Sample(city.GetProperty("id").GetInt64(), producer, "2026-10-12", "QX-9")))
            .ExpectAsync(HttpStatusCode.Created);
        var county = await SpotCheckFixture.DrawnPlanAsync(f.Chief, "2026年历下区玩具抽查（四季度）", "2026-10-01", "2026-12-31", "县", 6);
        var problem = await (await f.Chief.PostJsonAsync("/api/v1/pq/samples", SpotCheckFixture.Sample(county.GetProperty("id").GetInt64(), producer, "2026-11-02", "QX-9")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("市级监督抽查", problem);
        Assert.Contains(s.Str("number"), problem);

        // Another county plan frozen now: the producers the county bureau checked within six months are excluded and counted.
        var again = await SpotCheckFixture.DrawnPlanAsync(f.Chief, "2026年历下区玩具抽查（补充）", "2026-11-20", "2026-12-31", "县", 6);
        var cat = again.GetProperty("categories")[0];
        Assert.True(cat.GetProperty("excluded").GetInt32() >= 1);
        Assert.Contains("个月内已抽查排除", cat.Str("excludedNote"));
        Assert.DoesNotContain(again.GetProperty("targets").EnumerateArray(), t => t.Str("uscc") == producer);
    }

    [Fact]
    public async Task Pages_render_for_staff()
    {
        var chief = await f.App.LoginAsync("chief");
        Assert.Contains("监督抽查", await chief.PageAsync("/pq/plans"));
        Assert.Contains("抽样与检验", await chief.PageAsync("/pq/samples"));
    }
}
