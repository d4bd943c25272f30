using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

/// <summary>HTTP tests against a minimal app with only the calendar mapped (the host wiring is the lead's).</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class CalendarEndpointsTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWorkingCalendar();
        builder.Services.AddProblemDetails();
        app = builder.Build();
        app.MapCalendarEndpoints();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return (response.StatusCode, doc.RootElement.Clone());
    }

    [Theory]
    [InlineData("2026-02-14", true, "makeup", "春节")]
    [InlineData("2026-02-16", false, "holiday", "春节")]
    [InlineData("2026-10-08", true, "weekday", null)]
    [InlineData("2026-03-01", false, "weekend", null)]
    [InlineData("2025-10-08", false, "holiday", "国庆节、中秋节")]
    public async Task Day_returns_kind_and_name(string date, bool working, string kind, string? name)
    {
        var (status, body) = await GetAsync($"/api/v1/calendar/days/{date}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(date, body.GetProperty("date").GetString());
        Assert.Equal(working, body.GetProperty("workingDay").GetBoolean());
        Assert.Equal(kind, body.GetProperty("kind").GetString());
        Assert.Equal(name, body.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("20260214")]
    [InlineData("2026-2-14")]
    [InlineData("abc")]
    public async Task Malformed_date_is_a_400_naming_the_field(string date)
    {
        var (status, body) = await GetAsync($"/api/v1/calendar/days/{date}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("请求参数有误", body.GetProperty("title").GetString());
        Assert.Equal("日期格式应为 yyyy-MM-dd，例如 2026-10-01", body.GetProperty("errors").GetProperty("date")[0].GetString());
    }

    [Fact]
    public async Task Date_out_of_range_is_a_422()
    {
        var (status, body) = await GetAsync("/api/v1/calendar/days/2031-05-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("超出工作日历范围", body.GetProperty("title").GetString());
        Assert.Equal("日期 2031-05-01 超出工作日历范围：已载入 2020–2026 年的国务院放假安排", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("from=2025-09-30&workingDays=7", "7WD", "2025-10-16")]
    [InlineData("from=2026-02-14&workingDays=1", "1WD", "2026-02-24")]
    [InlineData("from=2026-02-08&calendarDays=7", "7CD", "2026-02-24")]
    [InlineData("from=2026-04-15&calendarDays=60", "60CD", "2026-06-15")]
    public async Task Deadline_is_computed(string query, string period, string deadline)
    {
        var (status, body) = await GetAsync($"/api/v1/calendar/deadline?{query}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(deadline, body.GetProperty("deadline").GetString());
        Assert.Equal(period, body.GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("from=2026-02-14", "workingDays")]
    [InlineData("from=2026-02-14&workingDays=1&calendarDays=1", "calendarDays")]
    [InlineData("from=2026-02-14&workingDays=-1", "workingDays")]
    [InlineData("from=2026-02-14&calendarDays=3651", "calendarDays")]
    [InlineData("from=2026-02-14&workingDays=abc", "workingDays")]
    [InlineData("from=2026/02/14&workingDays=1", "from")]
    [InlineData("workingDays=1", "from")]
    public async Task Bad_deadline_query_is_a_400_naming_the_field(string query, string field)
    {
        var (status, body) = await GetAsync($"/api/v1/calendar/deadline?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("请求参数有误", body.GetProperty("title").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages));
        Assert.Contains(field == "from" ? "yyyy-MM-dd" : field, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_past_the_loaded_years_is_a_422()
    {
        var (status, body) = await GetAsync("/api/v1/calendar/deadline?from=2026-12-25&workingDays=5");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("已载入 2020–2026 年的国务院放假安排", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
