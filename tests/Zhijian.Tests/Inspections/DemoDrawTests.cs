using System.Globalization;
using System.Text.Json;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Inspections;

/// <summary>
/// The demo's published draws as a visitor checks them (issue 18 item 11, issue 19 finding 6): the plan published before
/// any draw, every public value declared at the freeze for a later moment, the draw made after that moment, the quoted
/// closing being that day's, and every draw verifiable.
/// </summary>
[Trait("Database", "any")] // the demo's content, the same on every engine: seeded once, in the SQLite pass
public class DemoDrawTests
{
    [Fact]
    public async Task Demo_draws_obey_the_rules_they_demonstrate()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 3000); // the demo 双随机 needs 200 active entities in 历下区
        var http = app.Anonymous();
        var plans = JsonDocument.Parse(await http.GetStringAsync("/api/v1/public/inspections/plans")).RootElement.EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetInt64(), p => p.GetProperty("publishedAt").GetDateTimeOffset());
        var tasks = JsonDocument.Parse(await http.GetStringAsync("/api/v1/public/inspections/tasks")).RootElement.EnumerateArray()
            .Where(t => t.GetProperty("draws").GetInt32() > 0).ToList();
        Assert.True(tasks.Count >= 2, "the demo has two drawn tasks");
        var checkedDraws = 0;
        foreach (var task in tasks)
        {
            var id = task.GetProperty("id").GetInt64();
            var published = plans[task.GetProperty("planId").GetInt64()];
            var records = new List<JsonElement>();
            foreach (var d in JsonDocument.Parse(await http.GetStringAsync($"/api/v1/public/inspections/tasks/{id}/draws")).RootElement.EnumerateArray())
            {
                var full = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/public/inspections/tasks/{id}/draws/{d.GetProperty("seq").GetInt32()}")).RootElement;
                var check = DrawVerifier.Verify(full);
                Assert.True(check.Ok, string.Join("\n", check.Problems));
                records.Add(full);
            }

            records.AddRange(JsonDocument.Parse(await http.GetStringAsync($"/api/v1/public/inspections/tasks/{id}/officer-draws")).RootElement.EnumerateArray());
            foreach (var r in records.Where(r => r.Str("status") == "drawn"))
            {
                var committedAt = r.GetProperty("committedAt").GetDateTimeOffset();
                var drawnAt = r.GetProperty("drawnAt").GetDateTimeOffset();
                var declaration = r.GetProperty("declaration");
                var at = declaration.GetProperty("atInstant").GetDateTimeOffset();
                Assert.True(published < committedAt, $"plan published {published:O}, draw frozen {committedAt:O}");
                Assert.True(committedAt < at && at <= drawnAt, $"frozen {committedAt:O}, value at {at:O}, drawn {drawnAt:O}");
                // "上海证券交易所 上证指数 yyyy-MM-dd 收盘点位": that trading day's closing, at 15:00 Beijing.
                var source = declaration.Str("source");
                var quoted = DateOnly.ParseExact(source.Split(' ')[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var local = TimeZoneInfo.ConvertTime(at, ChinaTime.Zone);
                Assert.Equal((quoted, 15), (DateOnly.FromDateTime(local.DateTime), local.Hour));
                Assert.True(quoted.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{source}: no closing on a weekend");
                Assert.All(declaration.GetProperty("witnesses").EnumerateArray(), w => Assert.False(string.IsNullOrEmpty(w.Str("value"))));
                checkedDraws++;
            }
        }

        Assert.True(checkedDraws >= 4, "both demo tasks' target and officer draws are checked");
    }
}
