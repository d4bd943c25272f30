using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Inspections;

/// <summary>Intent methods for the 双随机 tests: a registry of 历下 entities, items, officers, a library and a published plan.</summary>
internal static class InspectionTestKit
{
    /// <summary>A set-up registry and module; SameDay: the rule inspection.public-value-delay is 0 for this app (see <see cref="SetUpAsync"/>).</summary>
    public sealed record Setup(ZhijianApp App, StaffClient Chief, long[] Items, long[] Officers, long Library, long Plan, string[] Companies, long Witness, bool SameDay);

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

    /// <summary>
    /// Registers companies, items, officers, a library, a plan and a witness. sameDayPublicValue adds a version 0 of
    /// inspection.public-value-delay from today, so a draw may declare "now" and draw at once: the default (next working
    /// day) would move the clock by a day per draw, past the 8-hour login and the tests' dates. The tests of the rule
    /// itself keep the default.
    /// </summary>
    public static async Task<Setup> SetUpAsync(ZhijianApp app, int companies = 40, int officers = 6, bool publishPlan = true, bool sameDayPublicValue = true)
    {
        if (sameDayPublicValue)
        {
            var admin = await app.LoginAsync("admin");
            await OkAsync(await admin.PostJsonAsync("/api/v1/rules/inspection.public-value-delay/versions",
                new { value = "0", effectiveFrom = app.Clock.GetUtcNow().ToChinaDate(), note = "测试：公开值可在冻结当日产生" }));
        }

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
        var witness = await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/witnesses", new { name = "王平", unit = "历下区纪委监委派驻纪检组", role = "纪检监察干部" }), HttpStatusCode.Created);
        return new Setup(app, chief, [item1.GetProperty("id").GetInt64(), item2.GetProperty("id").GetInt64()], [.. officerIds],
            library.GetProperty("id").GetInt64(), plan.GetProperty("id").GetInt64(), usccs, witness.GetProperty("id").GetInt64(), sameDayPublicValue);
    }

    public static async Task<long> CreateTaskAsync(Setup s, object? overrides = null, string name = "2026年度企业公示信息抽查")
    {
        var body = overrides ?? new { planId = s.Plan, name, libraryId = s.Library, mode = "fixed", fixedCount = 5, startOn = "2026-11-01", endOn = "2026-12-20" };
        var task = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/tasks", body), HttpStatusCode.Created);
        return task.GetProperty("id").GetInt64();
    }

    /// <summary>The earliest public-value moment a freeze now may declare: now under 0, else 00:00 Beijing of the next working day (default 1WD).</summary>
    public static DateTimeOffset EarliestMoment(Setup s) => s.SameDay ? s.App.Clock.GetUtcNow().AddSeconds(1) : EarliestMoment(s.App);

    public static DateTimeOffset EarliestMoment(ZhijianApp app)
    {
        var day = app.Services.GetRequiredService<IWorkingCalendar>().AddWorkingDays(app.Clock.GetUtcNow().ToChinaDate(), 1);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
    }

    /// <summary>A declaration at the earliest moment, with the setup's witness.</summary>
    public static object Declaration(Setup s, string source = "上海证券交易所 上证指数 收盘点位") =>
        new { publicValueSource = source, publicValueAt = EarliestMoment(s), witnessIds = new[] { s.Witness } };

    public static object Values(Setup s, string value) => new { values = new[] { new { witnessId = s.Witness, value } } };

    /// <summary>Moves the app's clock to the declared moment of a frozen draw (targets or officers), when it is still ahead.</summary>
    public static void ReachMoment(Setup s, JsonElement frozen)
    {
        var at = frozen.GetProperty("declaration").GetProperty("atInstant").GetDateTimeOffset();
        if (s.App.Clock.GetUtcNow() < at) s.App.Clock.SetUtcNow(at);
    }

    public static async Task<JsonElement> CommitAndDrawAsync(Setup s, long task, string witness = "20261123-上证3012.45")
    {
        var committed = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", Declaration(s)));
        ReachMoment(s, committed);
        return await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, witness)));
    }

    /// <summary>Staffs the task's unstaffed targets: freeze the officers' lists, reach the moment, draw; the task's assignments.</summary>
    public static async Task<JsonElement> AssignAsync(Setup s, long task, string witness = "20261124-上证3020.18")
    {
        var frozen = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/assign", Declaration(s)));
        ReachMoment(s, frozen);
        await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/officer-draws/{frozen.GetProperty("seq").GetInt32()}/draw", Values(s, witness)));
        return await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"));
    }
}
