using System.Net;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Calendar;

[Trait("Database", "any")] // the HTTP surface (routes, headers, authorization): the same on every engine, tested in the SQLite pass
public sealed class CalendarApiTests
{
    [Theory]
    [InlineData("2026-02-14", true, "makeup")]   // 春节调休上班（星期六）
    [InlineData("2026-02-16", false, "holiday")] // 春节
    [InlineData("2026-10-10", true, "makeup")]   // 国庆调休上班（星期六）
    [InlineData("2026-11-21", false, "weekend")]
    [InlineData("2026-11-23", true, "weekday")]
    public async Task Day_kinds_follow_the_State_Council_schedule(string date, bool working, string kind)
    {
        await using var app = await ZhijianApp.StartAsync();

        var day = await app.Anonymous().GetJsonAsync($"/api/v1/calendar/days/{date}");

        Assert.Equal(date, day.Str("date"));
        Assert.Equal(working, day.GetProperty("workingDay").GetBoolean());
        Assert.Equal(kind, day.Str("kind"));
    }

    [Fact]
    public async Task Seven_working_days_from_the_eve_of_National_Day_2025_end_on_16_October()
    {
        await using var app = await ZhijianApp.StartAsync();

        var result = await app.Anonymous().GetJsonAsync("/api/v1/calendar/deadline?from=2025-09-30&workingDays=7");

        Assert.Equal("2025-10-16", result.Str("deadline"));
    }

    [Fact]
    public async Task Bad_dates_and_out_of_range_dates_get_Chinese_problems()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var malformed = await client.GetAsync("/api/v1/calendar/days/2026-13-01");
        var outOfRange = await client.GetAsync("/api/v1/calendar/days/2031-05-01");
        var both = await client.GetAsync("/api/v1/calendar/deadline?from=2026-01-05&workingDays=3&calendarDays=3");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("yyyy-MM-dd", (await malformed.ReadJsonAsync()).ProblemText());
        Assert.Equal((HttpStatusCode)422, outOfRange.StatusCode);
        Assert.Contains("2026", (await outOfRange.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    internal static object Schedule2027(string makeupDay) => new
    {
        year = 2027,
        source = "测试：按国务院办公厅通知录入",
        holidays = new[]
        {
            new { date = "2027-01-01", name = "元旦" },
            new { date = "2027-02-06", name = "春节" },
            new { date = "2027-02-07", name = "春节" },
            new { date = "2027-02-08", name = "春节" },
        },
        makeupDays = new[] { new { date = makeupDay, name = "春节" } },
    };

    [Fact]
    public async Task The_city_admin_enters_next_year_and_deadlines_use_it_at_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var saved = await admin.PutJsonAsync("/api/v1/calendar/years/2027", Schedule2027("2027-01-30"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var monday = await app.Anonymous().GetJsonAsync("/api/v1/calendar/days/2027-02-08");
        Assert.Equal("holiday", monday.Str("kind"));
        var saturday = await app.Anonymous().GetJsonAsync("/api/v1/calendar/days/2027-01-30");
        Assert.Equal("makeup", saturday.Str("kind"));
        var audit = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .AuditEntries.Count(a => a.Action == "calendar.year-saved")));
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task A_make_up_day_on_a_weekday_is_refused_and_nothing_changes()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var refused = await admin.PutJsonAsync("/api/v1/calendar/years/2027", Schedule2027("2027-02-09"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("星期六或星期日", (await refused.ReadJsonAsync()).ProblemText());
        Assert.Equal((HttpStatusCode)422, (await app.Anonymous().GetAsync("/api/v1/calendar/days/2027-02-08")).StatusCode);
    }

    [Fact]
    public async Task A_county_admin_or_an_inspector_cannot_change_the_national_schedule()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        var inspector = await app.LoginAsync("inspector");

        Assert.Equal(HttpStatusCode.Forbidden, (await county.PutJsonAsync("/api/v1/calendar/years/2027", Schedule2027("2027-01-30"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PutJsonAsync("/api/v1/calendar/years/2027", Schedule2027("2027-01-30"))).StatusCode);
    }
}
