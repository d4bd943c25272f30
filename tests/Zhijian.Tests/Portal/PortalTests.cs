using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Portal;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Portal;

/// <summary>公示首页 (central search, the modules' sections, the bureau), the Chinese error pages and 消费投诉公示's rules — through HTTP.</summary>
public sealed class PortalTests
{
    private static async Task<(HttpStatusCode Status, string? Type, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_home_finds_entities_by_name_fragment_or_code_but_not_by_a_persons_name_and_names_the_bureau()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        var visitor = app.Anonymous();

        var home = await visitor.GetStringAsync("/gs");
        var byName = await visitor.GetStringAsync("/gs?q=" + Uri.EscapeDataString("鑫源商贸"));
        var byCode = await visitor.GetStringAsync("/gs?q=" + uscc.ToLowerInvariant());
        var byPerson = await visitor.GetStringAsync("/gs?q=" + Uri.EscapeDataString("王建华")); // the legal representative

        Assert.Contains("data-testid=\"gs-home-q\"", home);
        Assert.DoesNotContain("data-testid=\"gs-home-results\"", home);
        Assert.Contains("主办：济南市市场监督管理局", home); // Zhijian:Portal:Bureau of the demo configuration
        Assert.Contains($"href=\"/gs/credit/{uscc}\"", byName);
        Assert.Contains("济南泉城鑫源商贸有限公司", byName);
        Assert.Contains($"href=\"/gs/credit/{uscc}\"", byCode);
        Assert.DoesNotContain(uscc, byPerson);
        Assert.Contains("data-testid=\"gs-home-no-hits\"", byPerson);
        Assert.DoesNotContain("11010519491231002X", byName); // no ID numbers, no phones in a hit
        Assert.DoesNotContain("13812345678", byName);
    }

    [Fact]
    public async Task The_home_lists_at_most_twenty_hits_and_each_modules_latest_items()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1500);
        var visitor = app.Anonymous();

        var home = await visitor.GetStringAsync("/gs");
        var many = await visitor.GetStringAsync("/gs?q=" + Uri.EscapeDataString("济南"));

        Assert.Equal(20, CountOf(many, "data-testid=\"gs-home-hit\""));
        Assert.Contains("显示前 20 个", many);
        Assert.Contains("<h2>行政处罚<a class=\"gs-more\" href=\"/gs/penalties\"", home); // the demo's published decisions
        Assert.Contains("href=\"/gs/penalties/", home);
        Assert.Contains("<h2>食品召回<a class=\"gs-more\" href=\"/gs/food/recalls\"", home); // the demo's announced food recalls
        Assert.Contains("href=\"/gs/food/recalls/ZH", home);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Theory]
    [InlineData("/gs/credit/BAD", HttpStatusCode.BadRequest, "统一社会信用代码“BAD”格式不正确")]
    [InlineData("/gs/credit/91370102MA00000000", HttpStatusCode.NotFound, "未找到统一社会信用代码为“91370102MA00000000”的市场主体")]
    [InlineData("/gs/penalties/999999", HttpStatusCode.NotFound, "未找到该行政处罚信息")]
    [InlineData("/gs/consumer-warnings/999999", HttpStatusCode.NotFound, "未找到该消费提示")]
    [InlineData("/gs/inspections/tasks/999999", HttpStatusCode.NotFound, "未找到编号为 999999 的抽查任务")]
    [InlineData("/gs/complaints/businesses/123", HttpStatusCode.BadRequest, "格式不正确")]
    [InlineData("/gs/no-such-column", HttpStatusCode.NotFound, "页面不存在")]
    public async Task Every_public_error_answers_its_status_with_a_Chinese_page_and_the_way_back(string url, HttpStatusCode status, string text)
    {
        await using var app = await ZhijianApp.StartAsync();

        var (code, type, body) = await GetAsync(app.Anonymous(), url);

        Assert.Equal(status, code);
        Assert.Equal("text/html", type);
        Assert.Contains(text, body);
        Assert.Contains("市场监管信息公示", body);     // the portal's frame
        Assert.Contains("href=\"/gs\"", body);         // back to 首页
        Assert.Contains("<html lang=\"zh-CN\"", body);
    }

    [Fact]
    public async Task An_unknown_console_address_gets_a_Chinese_404_in_the_console_and_the_api_keeps_problem_details()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");

        var (code, type, body) = await GetAsync(chief.Http, "/no-such-page");
        var (anonymousCode, _, anonymousBody) = await GetAsync(app.Anonymous(), "/cases/no/such/page");
        var (apiCode, apiType, apiBody) = await GetAsync(app.Anonymous(), "/api/v1/no-such-thing");

        Assert.Equal((HttpStatusCode.NotFound, "text/html"), (code, type));
        Assert.Contains("页面不存在", body);
        Assert.Contains("返回工作台", body);
        Assert.Contains("data-testid=\"console-error\"", body);
        Assert.Contains("zj-brand", body); // the console's frame
        Assert.Equal(HttpStatusCode.NotFound, anonymousCode);
        Assert.Contains("页面不存在", anonymousBody);
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (apiCode, apiType));
        Assert.Contains("接口不存在", apiBody);
    }

    private sealed class FailingSection : IPortalHomeSection
    {
        public string Title => "故障栏目";

        public int Order => 1;

        public string MoreHref => "/gs";

        public Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct) => throw new InvalidOperationException("section failed");
    }

    [Fact]
    public async Task A_server_error_on_a_public_page_answers_500_with_a_Chinese_page_and_no_details()
    {
        await using var app = await ZhijianApp.StartAsync(services: s => s.AddPortalHomeSection<FailingSection>());

        var (code, type, body) = await GetAsync(app.Anonymous(), "/gs");

        Assert.Equal((HttpStatusCode.InternalServerError, "text/html"), (code, type));
        Assert.Contains("服务器内部错误", body);
        Assert.Contains("href=\"/gs\"", body);
        Assert.DoesNotContain("section failed", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }

    [Fact]
    public async Task Complaint_disclosure_lists_only_businesses_at_the_threshold_searches_by_name_and_shows_no_rate_from_a_small_sample()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var many = await RegisterAsync(app, "济南甲电器有限公司");
        var once = await RegisterAsync(app, "济南丁眼镜有限公司");
        var handler = await app.LoginAsync("complaint");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(many)), HttpStatusCode.Created)));
        var single = FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(once)), HttpStatusCode.Created));
        await CloseAsync(handler, single);
        var visitor = app.Anonymous();

        var index = await visitor.GetStringAsync("/gs/complaints");
        var byName = await visitor.GetStringAsync("/gs/complaints?q=" + Uri.EscapeDataString("丁眼镜"));
        var oneOfOne = await visitor.GetStringAsync($"/gs/complaints/businesses/{once}");
        var ranking = await OkAsync(await visitor.GetAsync("/api/v1/public/complaints/businesses"));

        // 3 complaints reach complaint.disclosure-min (3); 1 does not.
        Assert.Contains("济南甲电器有限公司", index);
        Assert.DoesNotContain("济南丁眼镜有限公司", index);
        Assert.Equal(many, Assert.Single(ranking.GetProperty("items").EnumerateArray()).Str("uscc"));
        // Found by a fragment of its name, with its count and a link to its page.
        Assert.Contains($"href=\"/gs/complaints/businesses/{once}\"", byName);
        Assert.Contains("1 件", byName);
        // 1 of 1 closed is not “100%”: below complaint.disclosure-rate-min the rate is withheld, the counts shown.
        Assert.Contains("样本不足（已办结 1 件，其中解决 1 件）", oneOfOne);
        Assert.DoesNotContain("100%", oneOfOne);

        await app.AsSystemAsync(async sp =>
        {
            var rules = sp.GetRequiredService<Zhijian.Platform.Rules.IRuleBook>();
            Assert.Equal(3, rules.GetInt("complaint.disclosure-min", new DateOnly(2026, 11, 23)));
            await Task.CompletedTask;
        });
        for (var i = 0; i < 3; i++) await CloseAsync(handler, ids[i], settled: i < 2);
        var threeClosed = await visitor.GetStringAsync($"/gs/complaints/businesses/{many}");
        Assert.Contains("66.7%（已办结 3 件，其中解决 2 件）", threeClosed);
    }

    private static async Task CloseAsync(StaffClient handler, long id, bool settled = true)
    {
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        await OkAsync(settled
            ? await handler.PostJsonAsync($"/api/v1/complaints/{id}/settle", new { agreement = "经营者同意退货退款", recovered = 100 })
            : await handler.PostJsonAsync($"/api/v1/complaints/{id}/terminate", new { ground = 9, reason = "双方未能达成一致" }));
    }

    [Fact]
    [Trait("Database", "none")]
    public void The_Chinese_draw_verification_page_states_every_test_vector_and_name_of_the_specification()
    {
        var spec = Zhijian.Inspections.Features.Public.VerificationDoc.Specification();
        var page = Zhijian.Inspections.Features.Public.VerificationDoc.Markdown();
        var html = Zhijian.Inspections.Features.Public.VerificationDoc.Html;

        var tokens = System.Text.RegularExpressions.Regex.Matches(spec, "`([^`]+)`").Select(m => m.Groups[1].Value)
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^([0-9a-f]{16,}|[0-9A-Z]{18}|officers:[0-9:]+|zhijian-draw-v1|targets|3701000010[0-9]|[a-z][A-Za-z]+)$"))
            .Distinct().ToList();
        Assert.True(tokens.Count > 30, string.Join(" ", tokens));
        Assert.All(tokens, t => Assert.Contains(t, page));
        Assert.Contains("普通群众如何核对", html);
        Assert.DoesNotContain("how to verify", html, StringComparison.OrdinalIgnoreCase);
    }
}
