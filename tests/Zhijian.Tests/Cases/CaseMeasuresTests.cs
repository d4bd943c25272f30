using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Data;
using Zhijian.Platform.Indicators;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Cases.CaseTestKit;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Cases;

/// <summary>
/// The cases module's measures for the supervision centre, on a hand-built fixture (all acts on Mon 23 Nov 2026):
/// A closed with a complete record (published on time), B closed but its evidence photo not on the evidence item,
/// C a major case decided after 法制审核 and not yet served (so not published), D as A but in 市中区 (370103).
/// The last day to publish a decision of 23 Nov is Mon 21 Dec (20 WD).
/// </summary>
public sealed class CaseMeasuresTests
{
    private static readonly DateOnly Nov23 = new(2026, 11, 23);

    [Fact]
    public async Task Measures_count_per_county_by_their_dates_under_the_division_root()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var handler = await app.LoginAsync("casehandler");
        var legal = await app.LoginAsync("legal");
        var leader = await app.LoginAsync("leader");

        // Nothing yet: nothing at all.
        Assert.Empty(await ComputeAsync(app, "370100", Nov23, Nov23, AllCodes));

        var a = await ClosedCaseAsync(chief, handler, legal, uscc);
        var b = await ClosedCaseAsync(chief, handler, legal, uscc);
        var c = await MajorDecidedAsync(chief, handler, legal, leader, uscc);
        var d = await ClosedCaseAsync(chief, handler, legal, uscc);
        Assert.Equal("2026-12-21", (await chief.GetJsonAsync($"/api/v1/cases/{a}")).GetProperty("publication").Str("publishBy"));
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            // B: the photo was filed on the case, not on its evidence item — the case page lists 证据附件 as missing.
            await db.Files.Where(f => f.CaseId == b).ExecuteUpdateAsync(s => s.SetProperty(f => f.EvidenceId, (long?)null));
            // D belongs to a township of 市中区.
            await db.Cases.Where(x => x.Id == d).ExecuteUpdateAsync(s => s.SetProperty(x => x.DivisionCode, "370103001"));
            await db.Publications.Where(x => x.CaseId == d).ExecuteUpdateAsync(s => s.SetProperty(x => x.DivisionCode, "370103001"));
        });
        Assert.Equal(["证据附件"], (await chief.GetJsonAsync($"/api/v1/cases/{b}")).GetProperty("missing").EnumerateArray().Select(m => m.GetString() ?? "").ToArray());
        Assert.Empty((await chief.GetJsonAsync($"/api/v1/cases/{a}")).GetProperty("missing").EnumerateArray());

        // 23 Nov under the city: closings, completeness, major decisions.
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["cases.closed@370102"] = 2,
            ["cases.closed@370103"] = 1,
            ["cases.closed_complete@370102"] = 1,
            ["cases.closed_complete@370103"] = 1,
            ["cases.major_decisions@370102"] = 1,
            ["cases.major_legal_reviewed@370102"] = 1,
        }, await ComputeAsync(app, "370100", Nov23, Nov23, AllCodes));

        // The other county is not counted under 历下区, and only it under 市中区.
        Assert.Equal(new Dictionary<string, decimal> { ["cases.closed@370102"] = 2, ["cases.closed_complete@370102"] = 1 },
            await ComputeAsync(app, "370102", Nov23, Nov23, "cases.closed", "cases.closed_complete"));
        Assert.Equal(new Dictionary<string, decimal> { ["cases.closed@370103"] = 1 }, await ComputeAsync(app, "370103", Nov23, Nov23, "cases.closed"));

        // Window boundaries: the day before and the day after count nothing; a code not asked for is not computed.
        Assert.Empty(await ComputeAsync(app, "370100", new(2026, 11, 1), new(2026, 11, 22), "cases.closed", "cases.major_decisions", "cases.major_legal_reviewed"));
        Assert.Empty(await ComputeAsync(app, "370100", new(2026, 11, 24), new(2026, 12, 31), "cases.closed", "cases.major_decisions", "cases.major_legal_reviewed"));
        Assert.Equal(new Dictionary<string, decimal> { ["cases.major_decisions@370102"] = 1 },
            await ComputeAsync(app, "370100", new(2026, 11, 1), new(2026, 11, 30), "cases.major_decisions", "unknown.code"));

        // Publications due on 21 Dec: A, B and D published on 23 Nov (on time), C decided and not yet published (late if it stays so).
        var dec21 = new DateOnly(2026, 12, 21);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["cases.publications_due@370102"] = 3,
            ["cases.publications_due@370103"] = 1,
            ["cases.published_on_time@370102"] = 2,
            ["cases.published_on_time@370103"] = 1,
        }, await ComputeAsync(app, "370100", dec21, dec21, "cases.publications_due", "cases.published_on_time"));
        Assert.Empty(await ComputeAsync(app, "370100", Nov23, dec21.AddDays(-1), "cases.publications_due", "cases.published_on_time"));
        Assert.Empty(await ComputeAsync(app, "370100", dec21.AddDays(1), new(2027, 1, 31), "cases.publications_due", "cases.published_on_time"));

        // Early warning: C's last day (21 Dec) is within 5 WD after Mon 14 Dec, not after Fri 11 Dec (→ 18 Dec), and not "after" 21 Dec itself.
        Assert.Equal(new Dictionary<string, decimal> { ["cases.publications_due_soon@370102"] = 1 },
            await ComputeAsync(app, "370100", Nov23, new(2026, 12, 14), "cases.publications_due_soon"));
        Assert.Empty(await ComputeAsync(app, "370100", Nov23, new(2026, 12, 11), "cases.publications_due_soon"));
        Assert.Empty(await ComputeAsync(app, "370100", Nov23, dec21, "cases.publications_due_soon"));
        Assert.Empty(await ComputeAsync(app, "370103", Nov23, new(2026, 12, 14), "cases.publications_due_soon"));

        // Overdue: C (still open) is due 90 CD after 23 Nov, moved off the weekend by the calendar — overdue at the end of the day
        // after, not on the day itself; closed cases never.
        var concludeBy = DateOnly.Parse((await CaseAsync(chief, c)).Str("concludeBy"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(concludeBy, new DateOnly(2027, 2, 21), new DateOnly(2027, 2, 28));
        Assert.Equal(new Dictionary<string, decimal> { ["cases.overdue_open@370102"] = 1 },
            await ComputeAsync(app, "370100", Nov23, concludeBy.AddDays(1), "cases.overdue_open"));
        Assert.Empty(await ComputeAsync(app, "370100", Nov23, concludeBy, "cases.overdue_open"));
        Assert.Empty(await ComputeAsync(app, "370103", Nov23, concludeBy.AddDays(1), "cases.overdue_open"));
    }

    [Fact]
    public async Task The_catalogue_names_every_measure_once_with_its_kind_and_definition()
    {
        await using var app = await ZhijianApp.StartAsync();
        var measures = await app.AsSystemAsync(sp => Task.FromResult(Source(sp).Measures));
        Assert.Equal(["cases.closed", "cases.closed_complete", "cases.publications_due", "cases.published_on_time", "cases.major_decisions",
            "cases.major_legal_reviewed", "cases.publications_due_soon", "cases.overdue_open"], measures.Select(m => m.Code).ToArray());
        Assert.Equal([MeasureKind.PointInTime, MeasureKind.PointInTime],
            measures.Where(m => m.Code is "cases.publications_due_soon" or "cases.overdue_open").Select(m => m.Kind).ToArray());
        Assert.All(measures.Where(m => m.Code is not ("cases.publications_due_soon" or "cases.overdue_open")), m => Assert.Equal(MeasureKind.Window, m.Kind));
        Assert.All(measures, m => Assert.Equal("件", m.Unit));
        Assert.All(measures, m => Assert.True(m.Definition.Length > 40 && m.Definition.Contains("县级区划", StringComparison.Ordinal), m.Code));
    }

    private static IMeasureSource Source(IServiceProvider sp) =>
        sp.GetRequiredService<IEnumerable<IMeasureSource>>().Single(s => s.Measures.Any(m => m.Code == "cases.closed"));

    private static readonly string[] AllCodes =
        ["cases.closed", "cases.closed_complete", "cases.publications_due", "cases.published_on_time", "cases.major_decisions", "cases.major_legal_reviewed",
            "cases.publications_due_soon", "cases.overdue_open"];

    private static Task<Dictionary<string, decimal>> ComputeAsync(ZhijianApp app, string root, DateOnly from, DateOnly to, params string[] codes) =>
        app.AsSystemAsync(async sp => (await Source(sp).ComputeAsync(new MeasureQuery(root, from, to, codes), CancellationToken.None))
            .ToDictionary(v => $"{v.Code}@{v.County}", v => v.Value));

    private static async Task<long> ClosedCaseAsync(StaffClient chief, StaffClient handler, StaffClient legal, string uscc)
    {
        var id = await OpenCaseAsync(chief, uscc);
        await InvestigateAsync(handler, id);
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "事实清楚，证据充分，同意告知" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/notice", new { })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/statement", new { waived = true })).ExpectAsync();
        await (await handler.PostAsync($"/api/v1/cases/{id}/advance")).ExpectAsync();
        await (await chief.PostAsync($"/api/v1/cases/{id}/decide")).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/serve", new { servedOn = "2026-11-23", method = "直接送达", signedBy = "张三" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/payment", new { on = "2026-11-23" })).ExpectAsync();
        await (await chief.PostJsonAsync($"/api/v1/cases/{id}/close", new { note = "罚款已缴纳" })).ExpectAsync();
        return id;
    }

    private static async Task<long> MajorDecidedAsync(StaffClient chief, StaffClient handler, StaffClient legal, StaffClient leader, string uscc)
    {
        var id = await OpenCaseAsync(chief, uscc, major: true);
        await InvestigateAsync(handler, id);
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/review", new { passed = true, opinion = "同意告知" })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/notice", new { })).ExpectAsync();
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/statement", new { text = "当事人称系供货商提供的标签，已下架整改。" })).ExpectAsync();
        await (await handler.PostAsync($"/api/v1/cases/{id}/advance")).ExpectAsync();
        await (await legal.PostJsonAsync($"/api/v1/cases/{id}/legal-review", new { passed = true, opinion = "主体认定准确，事实清楚，适用依据正确，程序合法，裁量适当" })).ExpectAsync();
        await (await leader.PostJsonAsync($"/api/v1/cases/{id}/collective", new { heldOn = "2026-11-23", conclusion = "同意按拟处罚意见作出决定" })).ExpectAsync();
        await (await chief.PostAsync($"/api/v1/cases/{id}/decide")).ExpectAsync();
        return id;
    }
}
