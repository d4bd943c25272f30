using System.Globalization;
using System.Text.Json;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Inspections;

/// <summary>The demo's published draws as a visitor checks them (issue 18, item 11).</summary>
public class DemoDrawTests
{
    [Fact]
    public async Task A_demo_draws_public_value_never_quotes_a_closing_after_the_draw()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 3000); // the demo 双随机 needs 200 active entities in 历下区
        var http = app.Anonymous();
        var tasks = JsonDocument.Parse(await http.GetStringAsync("/api/v1/public/inspections/tasks")).RootElement.EnumerateArray()
            .Where(t => t.GetProperty("draws").GetInt32() > 0).ToList();
        Assert.True(tasks.Count >= 2, "the demo has two drawn tasks");
        var checkedValues = 0;
        foreach (var task in tasks)
        {
            var draws = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/public/inspections/tasks/{task.GetProperty("id").GetInt64()}/draws")).RootElement;
            foreach (var draw in draws.EnumerateArray().Where(d => d.GetProperty("drawnAt").ValueKind == JsonValueKind.String))
            {
                var drawnOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(draw.GetProperty("drawnAt").GetDateTimeOffset(), ChinaTime.Zone).DateTime);
                var value = draw.Str("witnessValue");
                Assert.True(DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var quoted), value);
                if (value.Contains("收盘", StringComparison.Ordinal))
                {
                    // A closing is known only after 15:00 of a trading day: the latest usable one is the trading day before the draw.
                    Assert.True(quoted < drawnOn, $"{value} quotes a closing not before the draw on {drawnOn:yyyy-MM-dd}");
                    Assert.True(quoted.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{value}: no closing on a weekend");
                }
                else
                {
                    Assert.True(quoted <= drawnOn, $"{value} is dated after the draw on {drawnOn:yyyy-MM-dd}");
                }

                checkedValues++;
            }
        }

        Assert.True(checkedValues >= 2, "both demo draws are checked");
    }
}
