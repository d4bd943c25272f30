using System.Net;
using System.Text;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Web;

public sealed class ErrorTests
{
    [Fact]
    public async Task Malformed_json_gets_a_Chinese_400_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var response = await admin.Http.PostAsync("/api/v1/rules/case.open/versions",
            new StringContent("{\"value\": \"10WD\", \"effectiveFrom\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.ReadJsonAsync()).ProblemText());
        var versions = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().RuleSettings.Count(r => r.Key == "case.open")));
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_named()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var response = await admin.Http.PostAsync("/api/v1/rules/case.open/versions",
            new StringContent("{\"value\": \"10WD\", \"effectiveFrom\": \"明天\", \"note\": \"x\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("effectiveFrom", (await response.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task Unknown_api_paths_answer_a_Chinese_404()
    {
        await using var app = await ZhijianApp.StartAsync();

        var response = await app.Anonymous().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("接口不存在", (await response.ReadJsonAsync()).ProblemText());
    }
}
