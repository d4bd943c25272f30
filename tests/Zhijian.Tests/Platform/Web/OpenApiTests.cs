using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Web;

public sealed class OpenApiTests
{
    [Fact]
    public async Task Every_api_operation_carries_a_Chinese_summary_and_a_tag()
    {
        await using var app = await ZhijianApp.StartAsync();

        var doc = await app.Anonymous().GetJsonAsync("/openapi/v1.json");

        var operations = doc.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value))).ToList();
        Assert.True(operations.Count >= 12, $"only {operations.Count} operations");
        foreach (var (path, method, op) in operations)
        {
            Assert.True(op.TryGetProperty("summary", out var summary) && summary.GetString()!.Any(c => c >= 0x4E00 && c <= 0x9FFF),
                $"{method} {path} has no Chinese summary");
            Assert.True(op.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, $"{method} {path} has no tag");
        }
    }
}
