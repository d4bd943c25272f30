using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Web;

[Trait("Database", "any")] // the HTTP surface (routes, headers, authorization): the same on every engine, tested in the SQLite pass
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

    /// <summary>The 12345 hotline and the other departments' systems code against the document: every answer is described.</summary>
    [Fact]
    public async Task Every_api_operation_declares_its_success_response_with_a_schema()
    {
        await using var app = await ZhijianApp.StartAsync();

        var doc = await app.Anonymous().GetJsonAsync("/openapi/v1.json");

        var missing = new List<string>();
        var operations = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal)))
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                operations++;
                var described = op.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(r =>
                    r.Name.StartsWith('2') && (r.Name == "204"
                        || (r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)))));
                if (!described) missing.Add($"{op.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        Assert.True(operations >= 100, $"only {operations} operations");
        Assert.True(missing.Count == 0, $"{missing.Count} operations without a 2xx response schema:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Problem_answers_are_declared_once_for_every_api_operation()
    {
        await using var app = await ZhijianApp.StartAsync();

        var doc = await app.Anonymous().GetJsonAsync("/openapi/v1.json");

        var op = doc.GetProperty("paths").GetProperty("/api/v1/org-units/{id}").GetProperty("put");
        foreach (var status in new[] { "400", "403", "404", "422" })
        {
            Assert.True(op.GetProperty("responses").TryGetProperty(status, out var r), $"no {status}");
            Assert.True(r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{status} is not problem+json");
        }
    }
}
