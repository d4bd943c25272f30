using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.FoodSafety.Domain;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Supervision.SupervisionKit;

namespace Zhijian.Tests.FoodSafety.Supervision;

/// <summary>监督检查 through HTTP: plan from the grades, a 不符合 inspection and its follow-up, two-year coverage, publication.</summary>
public sealed class SupervisionFlowTests
{
    [Fact]
    public async Task A_noncompliant_inspection_becomes_a_case_clue_a_credit_record_and_a_public_result()
    {
        await using var app = await ZhijianApp.StartAsync(); // Monday 23 Nov 2026
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城老味道餐饮管理有限公司");
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        var uscc = (string)company["uscc"]!;
        var restaurant = await AddBusinessAsync(app, uscc, "济南泉城老味道餐饮管理有限公司", grade: "C");
        var shopA = await AddBusinessAsync(app, SampleEntities.NewUscc("370102"), "历下区放心超市", grade: "A", type: FoodBusinessType.Sales);
        var factoryD = await AddBusinessAsync(app, SampleEntities.NewUscc("370102"), "济南明湖乳品有限公司", grade: "D", type: FoodBusinessType.Production);
        var ungraded = await AddBusinessAsync(app, SampleEntities.NewUscc("370102"), "历下区新开张小吃店");

        // The plan: A 1, C 3, D 4, ungraded as B 2 (the plan counts are the upper bounds of the frequency rule settings).
        var chief = await app.LoginAsync("chief");
        await (await chief.PostJsonAsync("/api/v1/food/inspection-plans", new { year = 2026 })).ExpectAsync();
        var plan = await chief.GetJsonAsync("/api/v1/food/inspection-plans/2026?size=50");
        var planned = plan.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("businessId").GetInt64(), l => l.GetProperty("planned").GetInt32());
        Assert.Equal(3, planned[restaurant]);
        Assert.Equal(1, planned[shopA]);
        Assert.Equal(4, planned[factoryD]);
        Assert.Equal(2, planned[ungraded]);
        Assert.Equal(10, plan.GetProperty("planned").GetInt32());

        // A mobile terminal records a full inspection with a failed key point; a retry with the same key changes nothing.
        var mobile = await app.ApiClientAsync("370102", "food.write");
        var checklist = await ChecklistAsync(chief, "餐饮服务");
        var keyPoint = FirstCode(checklist, key: true);
        var body = new { businessId = restaurant, inspectedOn = "2026-11-23", full = true, inspectors = new[] { "inspector", "chief" }, answers = Answers(checklist, keyPoint), evidence = "后厨冷藏柜内发现超过保质期的原料" };
        var recorded = await (await RecordAsync(mobile, body, "food-inspection-1")).ExpectAsync(Created);
        await (await RecordAsync(mobile, body, "food-inspection-1")).ExpectAsync(Created);
        Assert.Equal(1, await CountInspectionsAsync(app));
        var id = recorded.GetProperty("id").GetInt64();
        Assert.Equal("NonCompliant", recorded.Str("result"));
        Assert.Equal("2026-12-07", recorded.Str("rectifyBy")); // 10 WD
        Assert.Equal("2026-12-21", recorded.Str("publishBy")); // 20 WD

        // 不符合 → a case clue in the cases module, through the outbox.
        var cases = await app.LoginAsync("casehandler");
        await Eventually(async () => (await cases.GetJsonAsync("/api/v1/cases/clues")).EnumerateArray().Any(c => c.Str("uscc") == uscc && c.Str("facts").Contains(keyPoint, StringComparison.Ordinal)));

        // 两年全覆盖: the restaurant now has a full inspection; the three others have none.
        var gaps = (await chief.GetJsonAsync("/api/v1/food/inspections/coverage-gaps?size=50")).GetProperty("items").EnumerateArray().Select(g => g.GetProperty("businessId").GetInt64()).ToList();
        Assert.DoesNotContain(restaurant, gaps);
        Assert.Contains(shopA, gaps);
        Assert.Contains(factoryD, gaps);
        Assert.Contains(ungraded, gaps);

        // 复查 links to the original record.
        var inspector = await app.LoginAsync("inspector");
        var re = await (await inspector.PostJsonAsync("/api/v1/food/inspections", new
        {
            businessId = restaurant,
            inspectedOn = "2026-11-23",
            full = false,
            inspectors = new[] { "inspector", "chief" },
            answers = new[] { new { code = keyPoint, answer = "Yes", note = (string?)null } },
            reinspectionOf = id
        })).ExpectAsync(Created);
        Assert.Equal("Compliant", re.Str("result"));
        Assert.Equal(re.GetProperty("id").GetInt64(), (await chief.GetJsonAsync($"/api/v1/food/inspections/{id}")).GetProperty("reinspectedById").GetInt64());

        // Publication → the credit file and the portal (no inspector names there).
        Assert.Equal(1, (await (await chief.PostJsonAsync("/api/v1/food/inspections/publish", new { ids = new[] { id } })).ExpectAsync()).GetInt32());
        await Eventually(async () => (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray()
            .Any(r => r.Str("kind") == "InspectionResult" && r.Str("title").Contains("不符合", StringComparison.Ordinal)));
        var portal = await app.Anonymous().GetStringAsync($"/gs/food/inspections?q={Uri.EscapeDataString("老味道")}");
        Assert.Contains("济南泉城老味道餐饮管理有限公司", portal, StringComparison.Ordinal);
        Assert.Contains("不符合", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("张伟", portal, StringComparison.Ordinal);

        // Measures, counted in SQL per county: plan completion 1 / 10 (the re-inspection is no planned inspection), full coverage 1 / 4.
        var query = new Zhijian.Platform.Indicators.MeasureQuery("370100", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            ["food.inspections_planned", "food.inspections_done", "food.businesses_active", "food.businesses_full_inspected_2y"]);
        var measures = await app.AsSystemAsync(async sp =>
        {
            var all = new List<Zhijian.Platform.Indicators.MeasureValue>();
            foreach (var source in sp.GetServices<Zhijian.Platform.Indicators.IMeasureSource>().Where(s => s.GetType().Namespace!.StartsWith("Zhijian.FoodSafety", StringComparison.Ordinal)))
                all.AddRange(await source.ComputeAsync(query, CancellationToken.None));
            return all;
        });
        var byCode = measures.Where(m => m.County == "370102").ToDictionary(m => m.Code, m => m.Value);
        Assert.Equal(10, byCode["food.inspections_planned"]);
        Assert.Equal(1, byCode["food.inspections_done"]);
        Assert.Equal(4, byCode["food.businesses_active"]);
        Assert.Equal(1, byCode["food.businesses_full_inspected_2y"]);
    }
}

/// <summary>Bad input to 监督检查: refused with a Chinese message naming the field, nothing written.</summary>
[Trait("Database", "any")] // the rules of the API, the same on every engine
public sealed class SupervisionBadInputTests
{
    [Fact]
    public async Task An_inspection_by_one_inspector_or_with_a_better_result_than_its_answers_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var business = await AddBusinessAsync(app, SampleEntities.NewUscc("370102"), "历下区好味道餐馆", grade: "B");
        var inspector = await app.LoginAsync("inspector");
        var checklist = await ChecklistAsync(inspector, "餐饮服务");

        var alone = await inspector.PostJsonAsync("/api/v1/food/inspections",
            new { businessId = business, inspectedOn = "2026-11-23", full = true, inspectors = new[] { "inspector" }, answers = Answers(checklist) });
        var problem = await alone.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("inspectors:", problem, StringComparison.Ordinal);
        Assert.Contains("检查人员不得少于 2 名", problem, StringComparison.Ordinal);

        var general = FirstCode(checklist, key: false);
        var better = await inspector.PostJsonAsync("/api/v1/food/inspections",
            new { businessId = business, inspectedOn = "2026-11-23", full = true, inspectors = new[] { "inspector", "chief" }, answers = Answers(checklist, general), result = "Compliant" });
        Assert.Contains("result: 有一般项不符合，检查结果应为“基本符合”", await better.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);

        var partial = await inspector.PostJsonAsync("/api/v1/food/inspections",
            new { businessId = business, inspectedOn = "2026-11-23", full = true, inspectors = new[] { "inspector", "chief" }, answers = new[] { new { code = general, answer = "Yes" } } });
        Assert.Contains("全项目检查须逐项填写", await partial.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(0, await CountInspectionsAsync(app));
    }

    [Fact]
    public async Task A_sampling_plan_is_sized_and_an_unbalanced_split_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        var plan = await (await chief.PostJsonAsync("/api/v1/food/sampling-plans", new { year = 2026, population = 800_000, populationSource = "历下区统计公报" })).ExpectAsync();
        Assert.Equal(3_200, plan.GetProperty("batches").GetInt32()); // 800,000 × 4 / 1,000 (rule default)
        Assert.Equal(3_200, plan.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("planned").GetInt32()));
        var bad = await chief.PostJsonAsync("/api/v1/food/sampling-plans", new { year = 2026, population = 800_000, populationSource = "历下区统计公报", split = new Dictionary<string, int> { ["33"] = 100 } });
        Assert.Contains("split: 各类别批次合计 100，与计划总批次 3200", await bad.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
