using System.Net;
using System.Net.Http.Json;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Web;

public sealed class IdempotencyTests
{
    private static HttpRequestMessage Post(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_retried_request_with_the_same_key_gets_the_first_response_and_changes_nothing_twice()
    {
        await using var app = await ZhijianApp.StartAsync();
        var system = await app.ApiClientAsync("370100", "admin");
        var body = new { value = "5000", effectiveFrom = "2027-01-01", note = "省局通知" };

        var first = await system.SendAsync(Post("/api/v1/rules/case.hearing-fine-person/versions", body, "req-001"));
        var retry = await system.SendAsync(Post("/api/v1/rules/case.hearing-fine-person/versions", body, "req-001"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        var versions = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .RuleSettings.Count(r => r.Key == "case.hearing-fine-person")));
        Assert.Equal(2, versions); // the default and one change, not two
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var system = await app.ApiClientAsync("370100", "admin");

        await system.SendAsync(Post("/api/v1/rules/case.hearing-fine-person/versions", new { value = "5000", effectiveFrom = "2027-01-01", note = "甲" }, "req-002"));
        var reused = await system.SendAsync(Post("/api/v1/rules/case.hearing-fine-person/versions", new { value = "6000", effectiveFrom = "2027-01-01", note = "乙" }, "req-002"));

        Assert.Equal((HttpStatusCode)422, reused.StatusCode);
        Assert.Contains("幂等键", (await reused.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        await using var app = await ZhijianApp.StartAsync();
        var one = await app.ApiClientAsync("370100", "admin");
        var two = await app.ApiClientAsync("370100", "admin");

        var a = await one.SendAsync(Post("/api/v1/rules/case.open/versions", new { value = "12WD", effectiveFrom = "2027-01-01", note = "甲" }, "same"));
        var b = await two.SendAsync(Post("/api/v1/rules/case.open/versions", new { value = "13WD", effectiveFrom = "2027-01-01", note = "乙" }, "same"));

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.False(b.Headers.Contains("Idempotent-Replayed"));
    }
}
