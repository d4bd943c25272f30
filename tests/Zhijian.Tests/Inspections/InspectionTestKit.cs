using System.Net;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Inspections;

/// <summary>Intent methods for the 双随机 tests: a registry of 历下 entities, items, officers, a library and a published plan.</summary>
internal static class InspectionTestKit
{
    public sealed record Setup(StaffClient Chief, long[] Items, long[] Officers, long Library, long Plan, string[] Companies);

    public static async Task<string[]> RegisterCompaniesAsync(StaffClient registrar, int count, string prefix = "济南泉城抽查")
    {
        var list = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var body = SampleEntities.Company($"{prefix}{i:D3}商贸有限公司");
            var response = await registrar.PostJsonAsync("/api/v1/entities", body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            list.Add((string)body["uscc"]!);
        }

        return [.. list];
    }

    public static Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => response.ExpectAsync(expected);

    public static Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) => response.ExpectProblemAsync(expected);

    public static async Task<Setup> SetUpAsync(ZhijianApp app, int companies = 40, int officers = 6, bool publishPlan = true)
    {
        var registrar = await app.LoginAsync("registrar");
        var usccs = await RegisterCompaniesAsync(registrar, companies);
        var chief = await app.LoginAsync("chief");
        var item1 = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/items", new
        {
            code = "T-001",
            name = "企业公示信息情况检查",
            subItems = new[] { "年度报告", "即时信息" },
            legalBasis = "《企业信息公示暂行条例》第十四条",
            targetType = "企业",
            methods = new[] { "Documents", "OnSite" },
            key = false,
            requiredTags = new[] { "综合" },
        }), HttpStatusCode.Created);
        var item2 = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/items", new
        {
            code = "T-T01",
            name = "发票使用情况检查",
            legalBasis = "《中华人民共和国税收征收管理法》第五十四条",
            department = "历下区税务局",
            targetType = "企业",
            methods = new[] { "Documents" },
            key = false,
        }), HttpStatusCode.Created);
        var officerIds = new List<long>();
        for (var i = 0; i < officers; i++)
        {
            var o = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/inspectors", new
            {
                name = "检查员" + (char)('甲' + i),
                certificateNo = $"3701020100{i + 1:D2}",
                fieldTags = new[] { "综合" },
                userName = i == 0 ? "inspector" : null,
            }), HttpStatusCode.Created);
            officerIds.Add(o.GetProperty("id").GetInt64());
        }

        var library = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/libraries", new
        {
            name = "历下区存续企业",
            divisionCodes = new[] { "370102" },
            activeOnly = true,
            exemptions = new[] { new { tag = "瞪羚企业", reason = "市级抽查免检" } },
        }), HttpStatusCode.Created);
        var plan = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/plans", new
        {
            year = 2026,
            name = "2026年度抽查计划",
            from = "2026-01-01",
            to = "2026-12-31",
            itemIds = new[] { item1.GetProperty("id").GetInt64(), item2.GetProperty("id").GetInt64() },
            libraryIds = new[] { library.GetProperty("id").GetInt64() },
        }), HttpStatusCode.Created);
        if (publishPlan) await OkAsync(await chief.PostJsonAsync($"/api/v1/inspections/plans/{plan.GetProperty("id").GetInt64()}/publish", new { }));
        return new Setup(chief, [item1.GetProperty("id").GetInt64(), item2.GetProperty("id").GetInt64()], [.. officerIds],
            library.GetProperty("id").GetInt64(), plan.GetProperty("id").GetInt64(), usccs);
    }

    public static async Task<long> CreateTaskAsync(Setup s, object? overrides = null, string name = "2026年度企业公示信息抽查")
    {
        var body = overrides ?? new { planId = s.Plan, name, libraryId = s.Library, mode = "fixed", fixedCount = 5, startOn = "2026-11-01", endOn = "2026-12-20" };
        var task = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", body), HttpStatusCode.Created);
        return task.GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> CommitAndDrawAsync(StaffClient chief, long task, string witness = "20261123-上证3012.45")
    {
        await OkAsync(await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", new { }));
        return await OkAsync(await chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", new { witnessName = "王平", witnessValue = witness }));
    }
}
