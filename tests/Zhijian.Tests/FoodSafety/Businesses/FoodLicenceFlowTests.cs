using System.Net;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Businesses.FoodBusinessTestKit;

namespace Zhijian.Tests.FoodSafety.Businesses;

/// <summary>Licence lifecycle and the grading run over HTTP, on both databases (JSON columns, the grading stage's bulk SQL).</summary>
public sealed class FoodLicenceFlowTests
{
    [Fact]
    public async Task A_licence_is_registered_changed_renewed_and_cancelled_with_its_history_and_audit()
    {
        await using var app = await ZhijianApp.StartAsync(); // 2026-11-23
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterCompanyAsync(registrar, "济南泉城味道餐饮有限公司");

        var created = await OkAsync(await registrar.PostJsonAsync("/api/v1/food/licences", Licence(uscc, "JY23701020001234")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal(("Catering", "餐饮服务", "2027-03-09", "有效"), (created.Str("businessType"), created.Str("businessTypeName"), created.Str("validUntil"), created.Str("statusName")));

        // In its renewal window on 2026-11-23 (opens 90 working days before 2027-03-09), not yet overdue.
        var window = await OkAsync(await registrar.GetAsync("/api/v1/food/licences/renewals?list=window"));
        Assert.Contains(window.GetProperty("items").EnumerateArray(), l => l.Str("number") == "JY23701020001234");

        var changed = await OkAsync(await registrar.PutJsonAsync($"/api/v1/food/licences/{id}", new { items = new[] { "热食类食品制售" }, reason = "减少冷食类经营项目" }));
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        var renewed = await OkAsync(await registrar.PostJsonAsync($"/api/v1/food/licences/{id}/renew", new { }));
        Assert.Equal(("JY23701020001234", "2032-03-09", 3), (renewed.Str("number"), renewed.Str("validUntil"), renewed.GetProperty("version").GetInt32()));
        var refused = await ProblemAsync(await registrar.PostJsonAsync($"/api/v1/food/licences/{id}/cancel", new { reason = "" }), HttpStatusCode.BadRequest);
        Assert.Contains("注销原因不能为空", refused, StringComparison.Ordinal);
        var cancelled = await OkAsync(await registrar.PostJsonAsync($"/api/v1/food/licences/{id}/cancel", new { reason = "经营者申请注销" }));
        Assert.Equal("已注销", cancelled.Str("statusName"));

        var detail = await OkAsync(await registrar.GetAsync($"/api/v1/food/licences/{id}"));
        var history = detail.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["登记", "变更", "延续", "注销"], history.Select(h => h.Str("change")).ToArray());
        Assert.Equal(2, history[1].GetProperty("before").GetProperty("items").GetArrayLength());
        Assert.Equal(1, history[1].GetProperty("after").GetProperty("items").GetArrayLength());
        Assert.Equal("2032-03-09", history[2].GetProperty("after").Str("validUntil"));
        foreach (var action in new[] { "food.licence.registered", "food.licence.changed", "food.licence.renewed", "food.licence.cancelled" })
            Assert.Equal(1, await AuditCountAsync(app, action));

        // The business exists once, inactive now that its only licence is cancelled.
        var list = await OkAsync(await registrar.GetAsync("/api/v1/food/businesses?q=JY2370102&inactive=true"));
        var business = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.False(business.GetProperty("active").GetBoolean());
    }

    private sealed class FakeFacts(string factor, Dictionary<string, int> counts) : IFoodRiskFacts
    {
        public string Factor => factor;

        public Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<string, int>>(counts);
    }

    [Fact]
    public async Task Grading_uses_the_registered_sources_stores_the_explanation_and_a_rerun_writes_nothing()
    {
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var app = await ZhijianApp.StartAsync(services: s => s.AddSingleton<IFoodRiskFacts>(new FakeFacts(FoodRiskModel.Codes.SamplingFailure, failures)));
        var registrar = await app.LoginAsync("registrar");
        var school = await RegisterCompanyAsync(registrar, "济南市历下区实验小学后勤服务有限公司");
        var shop = await RegisterCompanyAsync(registrar, "济南便民超市有限公司");
        await OkAsync(await registrar.PostJsonAsync("/api/v1/food/licences", Licence(school, "JY33701020000011", items: ["热食类食品制售", "冷食类食品制售"], canteen: "School")), HttpStatusCode.Created);
        await OkAsync(await registrar.PostJsonAsync("/api/v1/food/licences", Licence(shop, "JY13701020000022", items: ["预包装食品销售"])), HttpStatusCode.Created);
        failures[school] = 2;

        await ProblemAsync(await registrar.PostJsonAsync("/api/v1/food/grading/recompute", new { }), HttpStatusCode.Forbidden);
        var chief = await app.LoginAsync("chief");
        var run = await OkAsync(await chief.PostJsonAsync("/api/v1/food/grading/recompute", new { }));
        Assert.Equal((2, 2), (run.GetProperty("businesses").GetInt32(), run.GetProperty("graded").GetInt32()));

        // canteen 16 + school 10 + 冷食类 4 = 30 static, 2 sampling failures × 12 = 24 dynamic → 54, C
        var rows = (await OkAsync(await chief.GetAsync("/api/v1/food/businesses"))).GetProperty("items").EnumerateArray().ToList();
        var schoolRow = rows.Single(r => r.Str("uscc") == school);
        Assert.Equal(("C", 54m), (schoolRow.Str("grade"), schoolRow.GetProperty("gradeScore").GetDecimal()));
        Assert.Equal("A", rows.Single(r => r.Str("uscc") == shop).Str("grade"));
        var profile = await OkAsync(await chief.GetAsync($"/api/v1/food/businesses/{schoolRow.GetProperty("id").GetInt64()}"));
        var lines = profile.GetProperty("currentGrade").GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains(lines, l => l.Str("factor") == "抽检不合格" && l.GetProperty("points").GetDecimal() == 24);

        var again = await OkAsync(await chief.PostJsonAsync("/api/v1/food/grading/recompute", new { }));
        Assert.Equal((0, 0), (again.GetProperty("graded").GetInt32(), again.GetProperty("changed").GetInt32()));
        var distribution = await OkAsync(await chief.GetAsync("/api/v1/food/grading/distribution"));
        Assert.Equal((1, 1), (distribution.GetProperty("total").GetProperty("a").GetInt32(), distribution.GetProperty("total").GetProperty("c").GetInt32()));
    }
}
