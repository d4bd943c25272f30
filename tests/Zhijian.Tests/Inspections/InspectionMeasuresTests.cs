using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintMeasuresTests;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>The 双随机、一公开 measures of the supervision centre, hand-counted on a fixture made through the API.</summary>
public sealed class InspectionMeasuresTests
{
    private static readonly string[] Codes =
    [
        "inspections.tasks", "inspections.joint_tasks", "inspections.risk_tasks", "inspections.entities_checked",
        "inspections.publish_due", "inspections.published_on_time", "inspections.results_unpublished_due_soon",
    ];

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task Tasks_checks_publication_and_due_soon_results_are_counted_by_their_dates_in_the_county()
    {
        // Mon 23 Nov 2026 09:30; the 2026 plan (from 1 Jan) is published today — late for its own period.
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 10, officers: 4);
        var joint = await CreateTaskAsync(s, new
        {
            planId = s.Plan,
            name = "联合抽查",
            libraryId = s.Library,
            mode = "fixed",
            fixedCount = 3,
            startOn = "2026-11-24",
            endOn = "2026-12-20",
            departments = new object[] { new { department = "市场监督管理局", itemIds = new[] { s.Items[0] }, officersPerTarget = 2 }, new { department = "历下区税务局", itemIds = new[] { s.Items[1] }, officersPerTarget = 1 } },
        });
        var risk = await CreateTaskAsync(s, new { planId = s.Plan, name = "分类抽查", libraryId = s.Library, mode = "risk", ratioU = 0.5m, startOn = "2026-11-01", endOn = "2026-12-20" });
        await CreateTaskAsync(s, new { planId = s.Plan, name = "未抽取", libraryId = s.Library, mode = "fixed", fixedCount = 2, startOn = "2026-11-02", endOn = "2026-12-20" });
        await CommitAndDrawAsync(s, joint);    // drawn before its 24 Nov start: list published on time
        await CommitAndDrawAsync(s, risk, "20261123-上证3013.00"); // drawn after its 1 Nov start: late
        var staffed = (await AssignAsync(s, risk)).EnumerateArray().ToList();
        Assert.True(staffed.Count >= 2);

        // Two results inspected Fri 20 Nov (publish by Fri 18 Dec): one confirmed and published today, one confirmed tomorrow.
        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        async Task ConfirmAsync(JsonElement target)
        {
            var result = await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{risk}/results",
                new { uscc = target.Str("uscc"), category = "NoProblem", notes = "未发现问题", inspectedOn = "2026-11-20" }));
            Assert.Equal("2026-12-18", result.Str("publishBy"));
            foreach (var officer in target.GetProperty("officers").EnumerateArray())
                await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/results/{result.GetProperty("id").GetInt64()}/confirm", new { certificateNo = officer.Str("certificateNo") }));
        }

        await ConfirmAsync(staffed[0]);
        Assert.Equal(1, (await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{risk}/publish", new { }))).GetInt32());
        app.Clock.Advance(TimeSpan.FromDays(1)); // Tue 24 Nov
        await ConfirmAsync(staffed[1]);

        var today = await MeasureAsync(app, "370102", D(11, 23), D(11, 23), Codes);
        Assert.Equal(2m, today["inspections.tasks@370102"]);      // the undrawn task is not launched
        Assert.Equal(1m, today["inspections.joint_tasks@370102"]);
        Assert.Equal(1m, today["inspections.risk_tasks@370102"]);
        Assert.Equal(1m, today["inspections.entities_checked@370102"]); // the second result is confirmed the next day
        Assert.Equal(2m, (await MeasureAsync(app, "370102", D(11, 23), D(11, 24), Codes))["inspections.entities_checked@370102"]);
        Assert.Empty(await MeasureAsync(app, "370102", D(11, 25), D(11, 30), "inspections.tasks", "inspections.entities_checked"));

        // November: three task lists due (1, 2 and 24 Nov), only the one drawn before its start on time.
        var november = await MeasureAsync(app, "370102", D(11, 1), D(11, 30), "inspections.publish_due", "inspections.published_on_time");
        Assert.Equal(new Dictionary<string, decimal> { ["inspections.publish_due@370102"] = 3m, ["inspections.published_on_time@370102"] = 1m }, november);
        // 18 Dec: both results due, one published in time.
        var dec18 = await MeasureAsync(app, "370102", D(12, 18), D(12, 18), "inspections.publish_due", "inspections.published_on_time");
        Assert.Equal(new Dictionary<string, decimal> { ["inspections.publish_due@370102"] = 2m, ["inspections.published_on_time@370102"] = 1m }, dec18);
        // 1 Jan: the plan was due, and published late.
        Assert.Equal(new Dictionary<string, decimal> { ["inspections.publish_due@370102"] = 1m },
            await MeasureAsync(app, "370102", D(1, 1), D(1, 1), "inspections.publish_due", "inspections.published_on_time"));

        // Early warning: 5 working days after Fri 11 Dec is Fri 18 Dec (the unpublished result's deadline); after Thu 10 Dec, Thu 17 Dec.
        Assert.Equal(1m, (await MeasureAsync(app, "370102", D(12, 11), D(12, 11), Codes))["inspections.results_unpublished_due_soon@370102"]);
        Assert.DoesNotContain("inspections.results_unpublished_due_soon@370102", (await MeasureAsync(app, "370102", D(12, 10), D(12, 10), Codes)).Keys);
        Assert.DoesNotContain("inspections.results_unpublished_due_soon@370102", (await MeasureAsync(app, "370102", D(12, 18), D(12, 18), Codes)).Keys);

        // Scoping: 市中区's root sees none of 历下's records; the city root does. No records, no rows.
        Assert.Empty(await MeasureAsync(app, "370103", D(1, 1), D(12, 31), Codes));
        Assert.Equal(2m, (await MeasureAsync(app, "370100", D(11, 23), D(11, 23), Codes))["inspections.tasks@370102"]);
        Assert.Empty(await MeasureAsync(app, "370102", D(2, 1), D(2, 28), Codes));
    }
}
