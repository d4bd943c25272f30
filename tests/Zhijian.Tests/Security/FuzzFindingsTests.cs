using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>The 5xx the fuzz test found (issue 16), each pinned to its answer: a named refusal or a plain result.</summary>
public sealed class FuzzFindingsTests
{
    [Fact]
    public async Task Years_days_and_dates_out_of_range_are_refused_by_name_or_answered_not_crashed()
    {
        await using var app = await ZhijianApp.StartAsync();
        var api = await app.ApiClientAsync("370100", "*");

        foreach (var url in new[] { "/api/v1/complaints/monthly?year=0", "/api/v1/complaints/monthly?year=2147483647", "/api/v1/inspections/metrics?year=-1", "/api/v1/inspections/metrics?year=10000" })
            Assert.Contains("年份应在 2000 至 2099 之间", await (await api.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.BadRequest));
        Assert.Contains("天数应在 0 至 250", await (await api.GetAsync("/api/v1/inspections/due?days=-1")).ExpectProblemAsync(HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/complaints/monthly?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/inspections/due?days=20")).StatusCode);

        // The default twelve-month window before the first day of the calendar starts at that day.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/complaints/analysis/hotspots?to=0001-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/public/complaints/businesses/91370102MA3C4XYZ5J?to=0001-01-01")).StatusCode);

        // The last page of int: (page - 1) * size wrapped to a negative OFFSET, which PostgreSQL refuses.
        Assert.Equal(0, (await (await api.GetAsync("/api/v1/complaints?page=2147483647&size=200")).ExpectAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await (await api.GetAsync("/api/v1/credit/listings?page=2147483647&pageSize=200")).ExpectAsync()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(1, 20, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(0, 20, 0)]
    [InlineData(-5, 20, 0)]
    [InlineData(int.MaxValue, 200, int.MaxValue)]
    [InlineData(2, -1, 0)]
    public void Paging_skips_never_negative_and_never_wrapping(int page, int size, int skip) =>
        Assert.Equal(skip, Zhijian.Platform.Web.Paging.Skip(page, size));

    [Fact]
    public async Task A_manual_indicator_value_with_no_json_bad_json_or_a_broken_form_is_refused_with_a_problem()
    {
        await using var app = await ZhijianApp.StartAsync();
        var api = await app.ApiClientAsync("370100", "*");

        Assert.Contains("application/json", await (await api.PostAsync("/api/v1/indicators/manual", null)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType));
        using var bad = new StringContent("{\"planIndicatorId\":\"x\"}", Encoding.UTF8, "application/json");
        var problem = await (await api.PostAsync("/api/v1/indicators/manual", bad)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("errors").GetProperty("planIndicatorId")[0].GetString());
        using var truncated = new StringContent("{\"planIndicatorId\":", Encoding.UTF8, "application/json");
        Assert.Contains("JSON", await (await api.PostAsync("/api/v1/indicators/manual", truncated)).ExpectProblemAsync(HttpStatusCode.BadRequest));

        using var form = new ByteArrayContent(Encoding.ASCII.GetBytes("--zz\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a.pdf\"\r\n\r\nabc"));
        form.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zz");
        Assert.Contains("表单无法解析", await (await api.PostAsync("/api/v1/indicators/manual", form)).ExpectProblemAsync(HttpStatusCode.BadRequest));
    }
}
