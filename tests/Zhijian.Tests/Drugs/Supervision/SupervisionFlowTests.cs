using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Events;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Drugs.Supervision;

/// <summary>
/// Supervision through HTTP on both databases: a grid (bad officer refused), assignment by street and by id (coverage 50 % → 100 %),
/// inspections refused for an unknown business, an item not in the checklist, missing officers and a conclusion that does not fit;
/// 限期整改 with the 整改 and 复查 deadlines across 国庆; a failed 复查 and a 立案查处 each send one case clue; an overdue 复查 is swept
/// to a clue once; risk grades and the due list; a vaccine check outside 2–8 ℃.
/// </summary>
public sealed class SupervisionFlowTests
{
    private static readonly DateTimeOffset Sep18 = new(2026, 9, 18, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Grid_inspection_recheck_and_clues_walk_through()
    {
        await using var app = await ZhijianApp.StartAsync(Sep18);
        var (a, b, other) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<DrugsDbContext>();
            // from an empty module (the app's demo filled it): the counts, grades and clues below are this test's own
            await db.InspectionItems.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Inspections.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.RiskGrades.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.GridAssignments.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Grids.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.VaccineChecks.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.VaccinationPoints.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.EphedrineSales.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.EphedrineWarnings.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.RxSaleChecks.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.AdverseReports.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.AdverseSignals.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.PharmacistChecks.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Pharmacists.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.SelfReports.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Licences.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Businesses.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Set<OutboxMessage>().Where(m => m.Type == "drugs.case-clue").ExecuteDeleteAsync();
            var now = Sep18;
            DrugBusiness B(string name, string division, string address, DrugBusinessKind kind) => new()
            {
                Uscc = $"91{division}MA3T{name.Length:D2}{(int)kind}XXX",
                Name = name,
                Kind = kind,
                DivisionCode = division,
                Address = address,
                LegalRepresentative = "王建华",
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = "test",
            };
            var x = B("济南历下仁和大药房", "370102", "济南市历下区经十路100号", DrugBusinessKind.RetailPharmacy);
            var y = B("泉康大药房泉城路店", "370102", "济南市历下区泉城路8号", DrugBusinessKind.ChainStore);
            var z = B("济南市中益民药店", "370103", "济南市市中区经七路5号", DrugBusinessKind.RetailPharmacy);
            db.Businesses.AddRange(x, y, z);
            await db.SaveChangesAsync();
            return (x.Id, y.Id, z.Id);
        });
        var chief = await app.LoginAsync("chief");
        var inspector = await app.LoginAsync("inspector");

        // grid: a stranger as officer is refused; 张伟 (inspector) accepted
        var bad = await (await chief.PostJsonAsync("/api/v1/drugs/grids", new { divisionCode = "370102", code = "LX01", name = "历下第一网格", officer = "nobody" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("officer: 监管责任人“nobody”不是本局在岗工作人员", bad, StringComparison.Ordinal);
        var grid = await (await chief.PostJsonAsync("/api/v1/drugs/grids",
            new { divisionCode = "370102", code = "LX01", name = "历下第一网格", streets = "经十路，泉城路", officer = "inspector", gridWorker = "刘洋" })).ExpectAsync();
        Assert.Equal("张伟", grid.Str("officerName"));
        Assert.Equal("经十路、泉城路", grid.Str("streets"));
        var gridId = grid.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostJsonAsync("/api/v1/drugs/grids", new { divisionCode = "370102", code = "LX02", name = "x" })).StatusCode);

        // the demo's 历下 pharmacies are there too (all but one in a grid): coverage moves by ours
        var (g0, a0) = Counts(await inspector.GetJsonAsync("/api/v1/drugs/grids"));
        var byStreet = await (await inspector.PostJsonAsync($"/api/v1/drugs/grids/{gridId}/assign", new { street = "经十路" })).ExpectAsync();
        Assert.Equal(1, byStreet.GetProperty("assigned").GetInt32());
        Assert.Equal((g0 + 1, a0), Counts(await inspector.GetJsonAsync("/api/v1/drugs/grids")));
        Assert.Equal(Math.Round((g0 + 1) * 100m / a0, 1), Coverage(await inspector.GetJsonAsync("/api/v1/drugs/grids"), "370102"));
        var elsewhere = await (await inspector.PostJsonAsync($"/api/v1/drugs/grids/{gridId}/assign", new { businessIds = new[] { other } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("businessIds", elsewhere, StringComparison.Ordinal); // 历下's inspector: a 市中 pharmacy is outside the jurisdiction
        Assert.Contains("不在您的管辖范围内", elsewhere, StringComparison.Ordinal);
        await (await inspector.PostJsonAsync($"/api/v1/drugs/grids/{gridId}/assign", new { businessIds = new[] { a, b } })).ExpectAsync();
        Assert.Equal((g0 + 2, a0), Counts(await inspector.GetJsonAsync("/api/v1/drugs/grids")));
        Assert.Equal(Math.Round((g0 + 2) * 100m / a0, 1), Coverage(await inspector.GetJsonAsync("/api/v1/drugs/grids"), "370102"));

        // bad inspections: nothing written
        var checklist = await inspector.GetJsonAsync("/api/v1/drugs/inspections/checklists/pharmacy");
        var codes = checklist.GetProperty("items").EnumerateArray().Select(i => i.Str("code")).ToList();
        Assert.Equal(25, codes.Count);
        object Items(string? failCode = null, string? extra = null)
        {
            var list = codes.Select(c => new { code = c, result = c == failCode ? "fail" : "pass", note = c == failCode ? "执业药师不在岗，未挂牌告知" : null }).ToList();
            if (extra is not null) list.Add(new { code = extra, result = "pass", note = (string?)null });
            return list;
        }
        var unknown = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = 999999, officer1 = "张伟", officer2 = "韩雪", conclusion = "compliant", items = Items() })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("businessId: 经营企业 999999 不存在或不在您的管辖范围内", unknown, StringComparison.Ordinal);
        var notInList = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = a, officer1 = "张伟", officer2 = "韩雪", conclusion = "compliant", items = Items(extra: "D01") })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("items[25].code: 检查项目“D01”不在药品零售检查表（GSP）中", notInList, StringComparison.Ordinal);
        var noOfficers = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections", new { businessId = a, conclusion = "compliant", items = Items() }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        var errors = noOfficers.GetProperty("errors");
        Assert.True(errors.TryGetProperty("officer1", out _) && errors.TryGetProperty("officer2", out _), noOfficers.ToString());
        var keyFailed = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = a, officer1 = "张伟", officer2 = "韩雪", conclusion = "compliant", items = Items("P02") })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("conclusion: 有 1 项关键项目（★）不符合，结论不能为“符合”", keyFailed, StringComparison.Ordinal);
        Assert.Equal(0, await app.AsSystemAsync(sp => sp.GetRequiredService<DrugsDbContext>().Inspections.IgnoreQueryFilters().CountAsync(i => i.BusinessId == a)));

        // 限期整改: 9-18 + 15 = 10-3 (国庆) → 10-8; 复查 10 working days later, Sat 10-10 counting → 10-21
        var rectify = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = a, officer1 = "张伟", officer2 = "韩雪", conclusion = "rectify", items = Items("P02") })).ExpectAsync();
        Assert.Equal("2026-10-08", rectify.Str("rectifyDueOn"));
        Assert.Equal("2026-10-21", rectify.Str("recheckDueOn"));
        Assert.Equal("历下第一网格", rectify.Str("gridName"));
        Assert.Equal("pending", rectify.Str("rectifyCode"));
        var id = rectify.GetProperty("id").GetInt64();
        var noNote = await (await inspector.PostJsonAsync($"/api/v1/drugs/inspections/{id}/recheck", new { passed = false })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("note: 未整改到位的情况不能为空", noNote, StringComparison.Ordinal);
        var failed = await (await inspector.PostJsonAsync($"/api/v1/drugs/inspections/{id}/recheck", new { passed = false, note = "仍无执业药师在岗" })).ExpectAsync();
        Assert.Equal("failed", failed.Str("rectifyCode"));
        Assert.True(failed.GetProperty("clueRaised").GetBoolean());
        var again = await (await inspector.PostJsonAsync($"/api/v1/drugs/inspections/{id}/recheck", new { passed = true })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("status:", again, StringComparison.Ordinal);

        // 立案查处 → a clue at once
        var caseX = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = b, officer1 = "张伟", officer2 = "韩雪", conclusion = "case", findings = "执业药师“挂证”，无人审方销售处方药", items = Items("P02") })).ExpectAsync();
        Assert.True(caseX.GetProperty("clueRaised").GetBoolean());
        Assert.Equal(2, await CluesAsync(app));

        // a pending 复查 past its deadline is swept to a clue once
        var pending = await (await inspector.PostJsonAsync("/api/v1/drugs/inspections",
            new { businessId = b, officer1 = "张伟", officer2 = "韩雪", conclusion = "rectify", items = Items("P02") })).ExpectAsync();
        app.Clock.Advance(TimeSpan.FromDays(34)); // 10-22, the day after the 复查 deadline
        inspector = await app.LoginAsync("inspector");
        var recompute = await (await inspector.PostJsonAsync("/api/v1/drugs/risk-grades/recompute", new { })).ExpectAsync();
        Assert.Equal(1, recompute.GetProperty("rechecksOverdue").GetInt32());
        Assert.Equal(2, recompute.GetProperty("graded").GetInt32()); // the 历下 inspector grades 历下 only
        await (await inspector.PostJsonAsync("/api/v1/drugs/risk-grades/recompute", new { })).ExpectAsync();
        Assert.Equal(3, await CluesAsync(app));
        var swept = await inspector.GetJsonAsync($"/api/v1/drugs/inspections/{pending.GetProperty("id").GetInt64()}");
        Assert.Equal("overdue", swept.Str("rectifyCode"));
        var overdueList = await inspector.GetJsonAsync("/api/v1/drugs/inspections?view=overdue");
        Assert.Equal(1, overdueList.GetProperty("total").GetInt32());

        // grades: 仁和 20 + 12 (★) + 30 (复查不合格) = 62 → 三级, next 4-18; 泉康 10 + 2×12 + 30 + 30 = 94 → 四级, next 1-18
        var due = await inspector.GetJsonAsync("/api/v1/drugs/inspections/due?dueWithin=400");
        var rows = due.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("businessId").GetInt64());
        Assert.Equal(3, rows[a].GetProperty("grade").GetInt32());
        Assert.Equal(62, rows[a].GetProperty("score").GetInt32());
        Assert.Equal("2027-03-18", rows[a].Str("nextDueOn"));
        Assert.Equal(4, rows[b].GetProperty("grade").GetInt32());
        Assert.Equal("2026-12-18", rows[b].Str("nextDueOn"));
        Assert.Equal(2, rows.Count); // the 历下 inspector sees 历下 only, not the 市中 pharmacy

        // vaccine point and a check at 8.6 ℃
        var point = await (await inspector.PostJsonAsync("/api/v1/drugs/vaccines/points",
            new { name = "历下区姚家街道社区卫生服务中心", divisionCode = "370102", address = "济南市历下区姚家街道", kind = "社区卫生服务中心" })).ExpectAsync();
        var noTemp = await (await inspector.PostJsonAsync("/api/v1/drugs/vaccines/checks",
            new { pointId = point.GetProperty("id").GetInt64(), officer1 = "张伟", officer2 = "韩雪", recordsComplete = true, traceScanned = true }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(noTemp.GetProperty("errors").TryGetProperty("minTemperature", out _), noTemp.ToString());
        var check = await (await inspector.PostJsonAsync("/api/v1/drugs/vaccines/checks",
            new { pointId = point.GetProperty("id").GetInt64(), officer1 = "张伟", officer2 = "韩雪", minTemperature = 3.5, maxTemperature = 8.6, recordsComplete = true, traceScanned = true }))
            .ExpectAsync();
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Equal("冷藏温度 3.5–8.6 ℃ 超出 2–8 ℃", check.Str("findings"));
        Assert.Equal("pending", check.Str("rectifyCode"));
    }

    private static (int Gridded, int Active) Counts(JsonElement grids)
    {
        var lixia = grids.GetProperty("coverage").EnumerateArray().Single(c => c.Str("divisionCode") == "370102");
        return (lixia.GetProperty("gridded").GetInt32(), lixia.GetProperty("activePharmacies").GetInt32());
    }

    private static decimal Coverage(JsonElement grids, string county) =>
        grids.GetProperty("coverage").EnumerateArray().Single(c => c.Str("divisionCode") == county).GetProperty("coverage").GetDecimal();

    private static Task<int> CluesAsync(ZhijianApp app) => app.AsSystemAsync(sp =>
        sp.GetRequiredService<DrugsDbContext>().Set<OutboxMessage>().CountAsync(m => m.Type == "drugs.case-clue"));
}
