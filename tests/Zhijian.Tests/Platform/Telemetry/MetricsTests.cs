using System.Net;
using Zhijian.Platform.Telemetry;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Telemetry;

/// <summary>The Prometheus scrape endpoint: answered to the allowed addresses only, 404 to everyone else.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_are_served_to_loopback_in_Prometheus_text_with_the_http_server_metrics()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_404_when_the_caller_is_not_in_the_allowed_list()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.AddSingleton(new MetricsAccess(["10.1.2.3"])));
        var response = await app.Anonymous().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "127.0.0.1", true)]
    [InlineData(null, "::1", true)]
    [InlineData(null, "::ffff:127.0.0.1", true)]
    [InlineData(null, "10.0.0.5", false)]
    [InlineData("10.0.0.0/8", "10.0.0.5", true)]
    [InlineData("10.0.0.0/8", "127.0.0.1", false)]
    [InlineData("192.168.1.20", "192.168.1.20", true)]
    [InlineData("192.168.1.20", "192.168.1.21", false)]
    public void The_allowed_list_holds_addresses_and_networks(string? allowed, string caller, bool expected) =>
        Assert.Equal(expected, new MetricsAccess(allowed is null ? null : [allowed]).Allows(IPAddress.Parse(caller)));
}
