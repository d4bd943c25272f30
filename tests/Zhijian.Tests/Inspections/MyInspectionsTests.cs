using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Zhijian.Inspections.Features.Public;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>我的检查 (the officer's own open targets) and the public 双随机 pages of the portal.</summary>
public sealed class MyInspectionsTests
{
    [Fact]
    public async Task An_officer_sees_their_open_targets_and_who_still_has_to_confirm_until_everyone_has()
    {
        await using var app = await ZhijianApp.StartAsync();
        // Two officers for two officers per target: both are on every target; the first is the login "inspector".
        var s = await SetUpAsync(app, companies: 12, officers: 2);
        var task = await CreateTaskAsync(s);
        await CommitAndDrawAsync(s, task);
        await AssignAsync(s, task);
        var inspector = await app.LoginAsync("inspector");

        var mine = await OkAsync(await inspector.GetAsync("/api/v1/inspections/mine"));
        Assert.Equal(5, mine.GetArrayLength());
        Assert.All(mine.EnumerateArray(), t =>
        {
            Assert.Equal("2026年度企业公示信息抽查", t.Str("taskName"));
            Assert.Equal("Pending", t.Str("status"));
            Assert.Equal(JsonValueKind.Null, t.GetProperty("resultId").ValueKind);
            var officers = t.GetProperty("officers").EnumerateArray().ToList();
            Assert.Equal(2, officers.Count);
            Assert.Equal("检查员" + '甲', Assert.Single(officers, o => o.GetProperty("me").GetBoolean()).Str("name"));
        });
        Assert.Equal(0, (await OkAsync(await s.Chief.GetAsync("/api/v1/inspections/mine"))).GetArrayLength()); // a chief who is no officer
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/inspections/mine")).StatusCode);

        // The officer enters and confirms one result: it stays on the list, last, waiting for the other officer.
        var first = mine[0];
        var entered = await OkAsync(await inspector.PostJsonAsync($"/api/v1/inspections/tasks/{task}/results",
            new { uscc = first.Str("uscc"), category = "NoProblem", notes = "未发现问题", inspectedOn = "2026-11-20" }));
        var resultId = entered.GetProperty("id").GetInt64();
        await OkAsync(await inspector.PostJsonAsync($"/api/v1/inspections/results/{resultId}/confirm", new { }));
        var after = await OkAsync(await inspector.GetAsync("/api/v1/inspections/mine"));
        Assert.Equal(5, after.GetArrayLength());
        var waiting = after[4];
        Assert.Equal((first.Str("uscc"), "Entered", resultId, true), (waiting.Str("uscc"), waiting.Str("status"), waiting.GetProperty("resultId").GetInt64(), waiting.GetProperty("confirmedByMe").GetBoolean()));
        var other = Assert.Single(waiting.GetProperty("officers").EnumerateArray(), o => !o.GetProperty("confirmed").GetBoolean());
        Assert.Equal("检查员" + (char)('甲' + 1), other.Str("name"));

        // The other officer confirms through the mobile app: the result is final and leaves the list.
        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/results/{resultId}/confirm", new { certificateNo = other.Str("certificateNo") }));
        var done = await OkAsync(await inspector.GetAsync("/api/v1/inspections/mine"));
        Assert.Equal(4, done.GetArrayLength());
        Assert.DoesNotContain(done.EnumerateArray(), t => t.Str("uscc") == first.Str("uscc"));
    }

    [Fact]
    public async Task The_portal_shows_a_published_plans_task_with_its_draw_and_hides_a_draft_plans_task()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12, officers: 2);
        var task = await CreateTaskAsync(s);
        var drawn = await CommitAndDrawAsync(s, task);
        await AssignAsync(s, task);
        var draft = await OkAsync(await s.Chief.PostJsonAsync("/api/v1/inspections/plans", new
        {
            year = 2027,
            name = "2027年度抽查计划（草案）",
            from = "2027-01-01",
            to = "2027-12-31",
            itemIds = new[] { s.Items[0] },
            libraryIds = new[] { s.Library },
        }), HttpStatusCode.Created);
        var hidden = await CreateTaskAsync(s, new
        {
            planId = draft.GetProperty("id").GetInt64(),
            name = "2027年度未公示任务",
            libraryId = s.Library,
            mode = "fixed",
            fixedCount = 2,
            startOn = "2027-03-01",
            endOn = "2027-04-01",
        });
        var visitor = app.Anonymous();

        var index = await visitor.GetStringAsync("/gs/inspections");
        var page = await visitor.GetAsync($"/gs/inspections/tasks/{task}");
        var html = await page.Content.ReadAsStringAsync();
        var missing = await visitor.GetAsync($"/gs/inspections/tasks/{hidden}");
        var doc = await visitor.GetStringAsync("/gs/inspections/verification");

        Assert.Contains("2026年度抽查计划", index);
        Assert.Contains($"/gs/inspections/tasks/{task}", index);
        Assert.Contains("T-001", index); // the published item list
        Assert.DoesNotContain("2027年度未公示任务", index);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var secret = drawn.Str("secret");
        Assert.Contains(drawn.Str("commitment"), html);
        Assert.Contains(secret, html);
        Assert.Equal(drawn.Str("commitment"), Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(secret))));
        Assert.Contains(drawn.Str("candidateHash"), html);
        Assert.Contains("20261123-上证3012.45", html);
        Assert.All(drawn.GetProperty("selected").EnumerateArray(), u => Assert.Contains(u.GetString()!, html));
        Assert.Contains("市级抽查免检", html); // the library's exemption, with its count
        Assert.Contains("检查员" + '甲', html);
        Assert.Contains($"/api/v1/public/inspections/tasks/{task}/draws/1", html);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("尚未向社会公示", await missing.Content.ReadAsStringAsync());
        Assert.Contains("<h1>", doc);
        Assert.Contains("<code>zhijian-draw-v1</code>", doc);
        Assert.Contains("<table>", doc);
        Assert.DoesNotContain("**", doc);
    }

    [Fact]
    public void The_verification_page_renders_markdown_and_encodes_everything_else()
    {
        var html = VerificationDoc.ToHtml("# T\n\nA **b** and **`c*d*`** and *e* <script>\n\n- one\n  two\n- three\n\n    code <x>\n\n| a | b |\n| --- | --- |\n| `1` | 2 |\n");

        Assert.Equal(
            "<h1>T</h1>\n<p>A <strong>b</strong> and <strong><code>c*d*</code></strong> and <em>e</em> &lt;script&gt;</p>\n<ul>\n<li>one two</li>\n<li>three</li>\n</ul>\n" +
            "<pre><code>code &lt;x&gt;</code></pre>\n<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td><code>1</code></td><td>2</td></tr>\n</tbody></table>\n",
            html);
        Assert.Contains("zhijian-draw-v1", VerificationDoc.Html);
    }
}
