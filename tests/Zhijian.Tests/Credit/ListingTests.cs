using System.Net;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>经营异常名录 and 严重违法失信名单 through HTTP, on the suite's database.</summary>
public sealed class ListingTests
{
    private const string DecisionNo = @"^济历市监(异列|异标|异移|失列)〔\d{4}〕第\d{6}号$";

    [Fact]
    public async Task The_annual_report_listing_lists_each_non_filer_once_and_marks_individual_businesses()
    {
        await using var app = await ZhijianApp.StartAsync(now: At(2026, 7, 2), services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var company = await RegisterAsync(registrar, "济南泉城未报商贸有限公司");
        var filer = await RegisterAsync(registrar, "济南泉城已报商贸有限公司");
        var shop = await RegisterAsync(registrar, "历下区老张小吃店", individual: true);
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync($"/api/v1/entities/{filer}/annual-reports", new { year = 2025, employees = 3 })).StatusCode);

        var first = await RunAbnormalAsync(registrar, 2025);
        var second = await RunAbnormalAsync(registrar, 2025);
        var tooEarly = await registrar.PostJsonAsync("/api/v1/credit/listings/abnormal/run?year=2026", new { });

        Assert.Equal((1, 1, 0), (first.GetProperty("listed").GetInt32(), first.GetProperty("marked").GetInt32(), first.GetProperty("alreadyListed").GetInt32()));
        Assert.Equal("2026-07-14", first.Str("decisionDue"));
        Assert.False(first.GetProperty("late").GetBoolean());
        Assert.Equal((0, 0, 2), (second.GetProperty("listed").GetInt32(), second.GetProperty("marked").GetInt32(), second.GetProperty("alreadyListed").GetInt32()));
        Assert.Contains("尚未届满", await ProblemAsync(tooEarly, HttpStatusCode.BadRequest));
        var listed = Assert.Single(await ListingsOfAsync(registrar, company));
        Assert.Equal(("Abnormal", "Listed", "2026-07-02", 2025), (listed.Str("list"), listed.Str("status"), listed.Str("listedOn"), listed.GetProperty("reportYear").GetInt32()));
        Assert.Matches(DecisionNo, listed.Str("decisionNo"));
        Assert.Equal("AbnormalMark", Assert.Single(await ListingsOfAsync(registrar, shop)).Str("list"));
        Assert.Empty(await ListingsOfAsync(registrar, filer));
        Assert.Equal(["abnormal.listed"], await FeedKindsAsync(registrar, company));
        var all = (await registrar.GetJsonAsync("/api/v1/credit/listings")).GetProperty("items").EnumerateArray().Select(i => i.Str("decisionNo")).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Filing_the_missing_report_removes_the_listing_through_the_outbox()
    {
        await using var app = await ZhijianApp.StartAsync(now: At(2026, 7, 2), services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城补报商贸有限公司");
        await RunAbnormalAsync(registrar, 2025);

        var filed = await registrar.PostJsonAsync($"/api/v1/entities/{uscc}/annual-reports", new { year = 2025, employees = 8 });

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var listing = (await ListingsOfAsync(registrar, uscc))[0];
        while (listing.Str("status") != "Removed" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            listing = (await ListingsOfAsync(registrar, uscc))[0];
        }

        Assert.Equal("Removed", listing.Str("status"));
        Assert.Equal(("2026-07-02", "2026-07-02", "2026-07-09"), (listing.Str("curedOn"), listing.Str("removedOn"), listing.Str("removalDue")));
        Assert.Matches(DecisionNo, listing.Str("removalDecisionNo"));
        Assert.Contains("异移", listing.Str("removalDecisionNo"));
        Assert.Equal(["abnormal.listed", "abnormal.removed"], await FeedKindsAsync(registrar, uscc));
    }

    [Fact]
    public async Task Manual_listing_and_removal_refuse_bad_input_in_chinese_and_write_nothing()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城失联商贸有限公司");
        var shop = await RegisterAsync(registrar, "历下区失联水果店", individual: true);

        var ground1 = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "AnnualReportMissing", facts = "未报" });
        var unknown = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc = "91370102MA00000000", ground = "Unreachable", facts = "查无此处" });
        var noFacts = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "" });
        var future = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "x", decidedOn = "2026-12-01" });
        Assert.Contains("自动列入作业", await ProblemAsync(ground1, HttpStatusCode.BadRequest));
        Assert.Contains("未登记", await ProblemAsync(unknown, HttpStatusCode.BadRequest));
        Assert.Contains("事实和理由不能为空", await ProblemAsync(noFacts, HttpStatusCode.BadRequest));
        Assert.Contains("决定日期不能晚于今天", await ProblemAsync(future, HttpStatusCode.BadRequest));
        Assert.Empty(await ListingsOfAsync(registrar, uscc));

        var listed = await registrar.PostJsonAsync("/api/v1/credit/listings",
            new { uscc, ground = "Unreachable", facts = "2026年11月20日实地核查，登记住所无该企业，电话无法接通" });
        var again = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "再次核查" });
        var marked = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc = shop, ground = "Unreachable", facts = "经营场所无法联系" });
        var listing = await listed.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        Assert.Matches(DecisionNo, listing.Str("decisionNo"));
        Assert.Contains("不能重复列入", await ProblemAsync(again, HttpStatusCode.Conflict));
        Assert.Equal("AbnormalMark", (await marked.ReadJsonAsync()).Str("list"));

        var id = listing.GetProperty("id").GetInt64();
        var early = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "住所可以联系", removedOn = "2026-11-20" });
        var noReason = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = " " });
        Assert.Contains("移出日期不能早于列入日期", await ProblemAsync(early, HttpStatusCode.BadRequest));
        Assert.Contains("移出理由不能为空", await ProblemAsync(noReason, HttpStatusCode.BadRequest));
        var reused = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "已变更住所，可以联系", decisionNo = listing.Str("decisionNo") });
        Assert.Contains("已被使用", await ProblemAsync(reused, HttpStatusCode.Conflict));
        var removed = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "已变更住所，可以联系", decisionNo = "济历市监异移〔2026〕第009999号" });
        var twice = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "再次移出" });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("济历市监异移〔2026〕第009999号", (await removed.ReadJsonAsync()).Str("removalDecisionNo"));
        Assert.Contains("只有列入中的记录可以移出", await ProblemAsync(twice, HttpStatusCode.Conflict));
        Assert.Equal(["abnormal.listed", "abnormal.removed"], await FeedKindsAsync(registrar, uscc));
    }

    [Fact]
    public async Task Three_years_on_the_abnormal_list_become_a_proposal_the_chief_confirms_and_the_listing_expires()
    {
        await using var app = await ZhijianApp.StartAsync(now: At(2023, 7, 3), services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城长期失信商贸有限公司");
        await RunAbnormalAsync(registrar, 2022);

        app.Clock.SetUtcNow(At(2026, 7, 2));
        registrar = await app.LoginAsync("registrar");
        var notYet = await (await registrar.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        app.Clock.SetUtcNow(At(2026, 7, 3));
        registrar = await app.LoginAsync("registrar");
        var proposed = await (await registrar.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        var again = await (await registrar.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        Assert.Equal(0, notYet.GetProperty("proposed").GetInt32());
        Assert.Equal(1, proposed.GetProperty("proposed").GetInt32());
        Assert.Equal(0, again.GetProperty("proposed").GetInt32());
        var proposal = (await ListingsOfAsync(registrar, uscc)).Single(l => l.Str("list") == "Serious");
        Assert.Equal(("Proposed", "AbnormalThreeYears"), (proposal.Str("status"), proposal.Str("ground")));
        var id = proposal.GetProperty("id").GetInt64();

        var byRegistrar = await registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/confirm", new { });
        Assert.Contains("科室负责人", await ProblemAsync(byRegistrar, HttpStatusCode.Forbidden));
        var chief = await app.LoginAsync("chief");
        var confirmed = await chief.PostJsonAsync($"/api/v1/credit/listings/{id}/confirm", new { });
        var twice = await chief.PostJsonAsync($"/api/v1/credit/listings/{id}/confirm", new { });
        var serious = await confirmed.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(("Listed", "2026-07-03", "2029-07-03", "2027-07-03", "2029-07-03", "王建华"),
            (serious.Str("status"), serious.Str("listedOn"), serious.Str("expiresOn"), serious.Str("earlyRemovalFrom"), serious.Str("legalRepBanUntil"), serious.Str("legalRepName")));
        Assert.Contains("失列", serious.Str("decisionNo"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        app.Clock.SetUtcNow(At(2029, 7, 3));
        chief = await app.LoginAsync("chief");
        var lastDay = await (await chief.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        app.Clock.SetUtcNow(At(2029, 7, 4));
        chief = await app.LoginAsync("chief");
        var dayAfter = await (await chief.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        var rerun = await (await chief.PostJsonAsync("/api/v1/credit/listings/serious/run", new { })).ReadJsonAsync();
        Assert.Equal(0, lastDay.GetProperty("expired").GetInt32());
        Assert.Equal(1, dayAfter.GetProperty("expired").GetInt32());
        Assert.Equal(0, rerun.GetProperty("expired").GetInt32());
        var expired = (await ListingsOfAsync(chief, uscc)).Single(l => l.Str("list") == "Serious");
        Assert.Equal(("Expired", "2029-07-04"), (expired.Str("status"), expired.Str("removedOn")));
        Assert.Equal(["abnormal.listed", "serious.listed", "serious.expired"], await FeedKindsAsync(chief, uscc));
    }

    [Fact]
    public async Task A_registrars_serious_listing_waits_for_the_chief_who_can_reject_it()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城问题食品有限公司");

        var noField = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "SeriousViolation", facts = "生产经营致病性微生物超标食品，情节严重" });
        var proposed = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "SeriousViolation", field = "Food", facts = "生产经营致病性微生物超标食品，情节严重" });

        Assert.Contains("领域", await ProblemAsync(noField, HttpStatusCode.BadRequest));
        var p = await proposed.ReadJsonAsync();
        Assert.Equal(("Proposed", "Serious"), (p.Str("status"), p.Str("list")));
        Assert.StartsWith("【食品】", p.Str("facts"));
        var chief = await app.LoginAsync("chief");
        var noReason = await chief.PostJsonAsync($"/api/v1/credit/listings/{p.GetProperty("id").GetInt64()}/reject", new { reason = "" });
        var rejected = await chief.PostJsonAsync($"/api/v1/credit/listings/{p.GetProperty("id").GetInt64()}/reject", new { reason = "情节尚未达到严重程度" });
        Assert.Contains("否决理由不能为空", await ProblemAsync(noReason, HttpStatusCode.BadRequest));
        Assert.Equal("Rejected", (await rejected.ReadJsonAsync()).Str("status"));
        Assert.Empty(await FeedKindsAsync(chief, uscc));
    }

    [Fact]
    public async Task Two_removals_at_once_remove_the_listing_once()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var chief = await app.LoginAsync("chief");
        var uscc = await RegisterAsync(registrar, "济南泉城并发移出商贸有限公司");
        var listing = await (await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "InformationNotPublished", facts = "责令期限内未公示" })).ReadJsonAsync();
        var id = listing.GetProperty("id").GetInt64();

        var responses = await Task.WhenAll(
            registrar.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "已公示有关信息" }),
            chief.PostJsonAsync($"/api/v1/credit/listings/{id}/remove", new { reason = "已公示有关信息" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(["abnormal.listed", "abnormal.removed"], await FeedKindsAsync(registrar, uscc));
    }
}
