using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Complaints;

/// <summary>The run command's demo: filings in every state across the demo bureaus, handled on the days they happened.</summary>
public sealed class DemoComplaintsTests
{
    [Fact]
    public async Task The_demo_has_every_state_in_every_bureau_and_work_due_for_the_demo_handler()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var leader = await app.LoginAsync("leader");
        var all = await leader.GetJsonAsync("/api/v1/complaints?size=200");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.True(all.GetProperty("total").GetInt32() >= 150, all.GetProperty("total").ToString());
        foreach (var s in new[] { "Received", "Odr", "Mediating", "Verifying", "Answered", "Settled", "Terminated", "Refused", "CaseOpened", "NotOpened" })
            Assert.True((await leader.GetJsonAsync($"/api/v1/complaints?status={s}")).GetProperty("total").GetInt32() > 0, s);
        var units = (await leader.GetJsonAsync("/api/v1/complaints/sla")).GetProperty("units").EnumerateArray().Select(u => u.Str("name")).ToList();
        Assert.Equal(12, units.Distinct().Count());
        Assert.Contains(items, i => i.GetProperty("overdue").GetBoolean());

        var handler = await app.LoginAsync("complaint");
        var mine = await handler.GetJsonAsync("/api/v1/complaints?mine=true&open=true");
        Assert.True(mine.GetProperty("total").GetInt32() >= 5);
        var sla = await handler.GetJsonAsync("/api/v1/complaints/sla");
        Assert.Contains(sla.GetProperty("handlers").EnumerateArray(), h => h.Str("name") == "刘芳");
        var warnings = await handler.GetJsonAsync("/api/v1/complaints/analysis/warnings");
        Assert.True(warnings.GetProperty("open").GetInt32() >= 1, warnings.GetRawText());
        var published = System.Text.Json.JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/public/complaints/warnings")).RootElement;
        Assert.Contains(published.EnumerateArray(), w => w.Str("title").Contains("预付"));
        var monthly = await leader.GetJsonAsync("/api/v1/complaints/monthly?year=2026");
        Assert.Contains(monthly.EnumerateArray(), m => m.GetProperty("complaintsClosed").GetInt32() > 0 && m.GetProperty("satisfaction").ValueKind == System.Text.Json.JsonValueKind.Number);
    }
}
