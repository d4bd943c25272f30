using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>双随机、一公开 end to end through HTTP: plan, commit, witness, draw, assign, results, publication, consequences.</summary>
public sealed class InspectionFlowTests
{
    [Fact]
    public async Task A_published_draw_is_reproduced_by_the_independent_verifier_and_staffed_and_published()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app);
        var task = await CreateTaskAsync(s, new
        {
            planId = s.Plan,
            name = "2026年度企业公示信息抽查",
            libraryId = s.Library,
            mode = "risk",
            ratioU = 0.25m,
            startOn = "2026-11-01",
            endOn = "2026-12-20",
        });
        var anonymous = app.Anonymous();

        var committed = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", Declaration(s, "上海证券交易所 上证指数 2026-11-23 收盘点位")));
        var beforeDraw = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/draw"));
        ReachMoment(s, committed);
        var drawn = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "3012.45")));
        var again = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "another value"));
        var published = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/draw"));

        // Commitment, candidate hash and the declaration were public before the witness's value existed, and did not change.
        Assert.Equal(40, committed.GetProperty("candidateCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, beforeDraw.GetProperty("secret").ValueKind);
        Assert.Equal("zhijian-draw-v2", published.Str("algorithm"));
        Assert.Equal("上海证券交易所 上证指数 2026-11-23 收盘点位", beforeDraw.GetProperty("declaration").Str("source"));
        Assert.Equal("2026-11-23T01:30:01Z", beforeDraw.GetProperty("declaration").Str("at")); // "now" under the tests' 0WD rule version
        Assert.Equal(JsonValueKind.Null, beforeDraw.GetProperty("declaration").GetProperty("witnesses")[0].GetProperty("value").ValueKind);
        var witness = published.GetProperty("declaration").GetProperty("witnesses")[0];
        Assert.Equal(("王平", "历下区纪委监委派驻纪检组", "纪检监察干部", "3012.45"), (witness.Str("name"), witness.Str("unit"), witness.Str("role"), witness.Str("value")));
        Assert.Equal("历下区存续企业", published.GetProperty("library").Str("name"));
        Assert.Equal("瞪羚企业", published.GetProperty("library").GetProperty("exemptions")[0].Str("tag"));
        Assert.Equal(committed.Str("commitment"), published.Str("commitment"));
        Assert.Equal(committed.Str("candidateHash"), published.Str("candidateHash"));
        Assert.Contains("不能重新抽取", await ProblemAsync(again, HttpStatusCode.Conflict));
        var check = DrawVerifier.Verify(published);
        Assert.True(check.Ok, string.Join("\n", check.Problems));
        // 40 unclassified entities at 25 %: floor(10 + 0.5) = 10, all from stratum U.
        var strata = published.GetProperty("strata").EnumerateArray().ToDictionary(x => x.Str("class"), x => x.GetProperty("selected").GetInt32());
        Assert.Equal(10, strata["U"]);
        var selected = published.GetProperty("selected").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.Equal(10, selected.Distinct().Count());
        Assert.All(selected, u => Assert.Contains(u, s.Companies));
        Assert.Equal(drawn.GetProperty("selected").EnumerateArray().Select(x => x.GetString()!).ToList(), selected);

        // Assignment: 2 officers per target from the 6, drawn by an officer draw of its own (not the target draw's seed),
        // each round reproducible from its published eligible list.
        var staffed = await AssignAsync(s, task);
        Assert.Equal(10, staffed.GetArrayLength());
        var officerDraw = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/officer-draws/1"));
        Assert.Equal(("drawn", 10), (officerDraw.Str("status"), officerDraw.GetProperty("slotCount").GetInt32()));
        Assert.NotEqual(published.Str("secret"), officerDraw.Str("secret"));
        var officerCheck = DrawVerifier.VerifyOfficerDraw(officerDraw);
        Assert.True(officerCheck.Ok, string.Join("\n", officerCheck.Problems));
        var slots = officerDraw.GetProperty("slots").EnumerateArray().ToDictionary(x => x.Str("label"), x => x.GetProperty("picked").EnumerateArray().Select(p => p.GetString()!).ToList());
        foreach (var target in staffed.EnumerateArray())
        {
            var officers = target.GetProperty("officers").EnumerateArray().Where(o => !o.GetProperty("recused").GetBoolean()).Select(o => o.Str("certificateNo")).ToList();
            Assert.Equal(2, officers.Distinct().Count());
            var round = Assert.Single(target.GetProperty("rounds").EnumerateArray());
            Assert.Equal(1, round.GetProperty("officerDrawSeq").GetInt32());
            Assert.Equal($"officers:1:{target.GetProperty("position").GetInt32()}:0:0", round.Str("label"));
            Assert.Equal(slots[round.Str("label")], officers);
            Assert.Equal(officers, round.GetProperty("picked").EnumerateArray().Select(x => x.GetString()!).ToList());
        }

        var load = staffed.EnumerateArray().SelectMany(t => t.GetProperty("officers").EnumerateArray()).GroupBy(o => o.Str("certificateNo")).Max(g => g.Count());
        Assert.True(load <= 30);

        // Results: entered, confirmed by both officers (mobile app), then published.
        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        var first = staffed[0];
        var unreachable = staffed[1];
        var outsider = s.Companies.First(c => !selected.Contains(c));
        var notDrawn = await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = outsider, category = "NoProblem", notes = "x", inspectedOn = "2026-11-20" });
        Assert.Contains("不是本任务抽中的检查对象", await ProblemAsync(notDrawn, HttpStatusCode.BadRequest));
        var r1 = await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = first.Str("uscc"), category = "NoProblem", notes = "未发现问题", inspectedOn = "2026-11-20" }));
        var r2 = await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = unreachable.Str("uscc"), category = "Unreachable", notes = "住所无法联系", inspectedOn = "2026-11-20" }));
        Assert.Equal("2026-12-18", r1.Str("publishBy")); // 20 working days after Fri 2026-11-20
        foreach (var (result, target) in new[] { (r1, first), (r2, unreachable) })
            foreach (var officer in target.GetProperty("officers").EnumerateArray())
                await OkAsync(await mobile.PostAsJsonAsync($"/api/v1/inspections/results/{result.GetProperty("id").GetInt64()}/confirm", new { certificateNo = officer.Str("certificateNo") }));
        var publishedCount = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/publish", new { }));
        Assert.Equal(2, publishedCount.GetInt32());
        var edit = await mobile.PostAsJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = first.Str("uscc"), category = "Corrected", notes = "改", inspectedOn = "2026-11-20" });
        Assert.Contains("只能办理更正", await ProblemAsync(edit, HttpStatusCode.Conflict));

        var publicResults = await OkAsync(await anonymous.GetAsync($"/api/v1/public/inspections/tasks/{task}/results"));
        Assert.Equal(2, publicResults.GetArrayLength());
        Assert.Contains(publicResults.EnumerateArray(), r => r.Str("category") == "通过登记的住所（经营场所）无法联系");

        // Consequences through the outbox: credit records for both, a listing proposal for the unreachable one.
        var registrar = await app.LoginAsync("registrar");
        await Eventually(async () => (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={unreachable.Str("uscc")}")).GetProperty("items").EnumerateArray()
            .Any(r => r.Str("kind") == "InspectionResult"));
        await Eventually(async () => (await registrar.GetJsonAsync($"/api/v1/credit/listings?uscc={unreachable.Str("uscc")}")).GetProperty("items").EnumerateArray()
            .Any(l => l.Str("status") == "Proposed" && l.Str("ground") == "Unreachable"));
        // The public credit page's inspection result links to its task, at the draw that chose the entity.
        Assert.Contains($"href=\"/gs/inspections/tasks/{task}#gs-draws\"", await anonymous.GetStringAsync($"/gs/credit/{unreachable.Str("uscc")}"), StringComparison.Ordinal);

        var tasks = await OkAsync(await anonymous.GetAsync("/api/v1/public/inspections/tasks"));
        var listed = Assert.Single(tasks.EnumerateArray());
        Assert.Equal((task, "2026年度企业公示信息抽查"), (listed.GetProperty("id").GetInt64(), listed.Str("name")));
        Assert.False(string.IsNullOrEmpty(listed.Str("orgUnit")));
    }

    [Fact]
    public async Task Two_users_drawing_the_same_task_at_once_make_exactly_one_draw()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12);
        var task = await CreateTaskAsync(s);
        ReachMoment(s, await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/commit", Declaration(s))));
        var other = await app.LoginAsync("chief");

        var responses = await Task.WhenAll(
            s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "111")),
            other.PostJsonAsync($"/api/v1/inspections/tasks/{task}/draw", Values(s, "222")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var draw = await OkAsync(await app.Anonymous().GetAsync($"/api/v1/public/inspections/tasks/{task}/draw"));
        Assert.Equal(5, draw.GetProperty("selected").GetArrayLength());
        Assert.True(DrawVerifier.Verify(draw).Ok);
        var targets = await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/assignments"));
        Assert.Equal(5, targets.GetArrayLength());
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "条件在 30 秒内未满足");
            await Task.Delay(200);
        }
    }
}
