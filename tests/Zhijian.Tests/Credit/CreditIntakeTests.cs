using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>ICreditIntake: what the inspections module hands to credit in process (as its outbox handler would, as the system).</summary>
public sealed class CreditIntakeTests
{
    private const string Bureau = "济南市历下区市场监督管理局";

    private static Task<CreditIntakeOutcome> SubmitAsync(ZhijianApp app, CreditRecordSubmission record) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<ICreditIntake>().SubmitRecordAsync(record, default));

    private static Task<CreditIntakeOutcome> ProposeAsync(ZhijianApp app, ListingProposal proposal) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<ICreditIntake>().ProposeListingAsync(proposal, default));

    private static Task<string[]> AuditActionsAsync(ZhijianApp app, string recordType, string recordId) =>
        app.AsSystemAsync(async sp => (await sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.RecordType == recordType && a.RecordId == recordId).OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync()).ToArray());

    [Fact]
    public async Task A_record_is_collected_once_updated_when_changed_and_quarantined_for_an_unknown_entity()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城抽查商贸有限公司");
        var record = new CreditRecordSubmission(uscc, CreditRecordKind.InspectionResult, "inspections", "2026-SJ-0017/3", Bureau,
            "双随机抽查：营业执照（登记证）规范使用情况检查", new DateOnly(2026, 11, 20), "未发现问题");

        var created = await SubmitAsync(app, record);
        var again = await SubmitAsync(app, record);
        var changed = await SubmitAsync(app, record with { Content = "发现问题已责令改正", DocumentNo = "历市监责改〔2026〕17号" });
        var unknown = await SubmitAsync(app, record with { Uscc = SampleEntities.NewUscc("370103"), SourceId = "2026-SJ-0017/4" });
        var noTitle = await SubmitAsync(app, record with { Title = " ", SourceId = "2026-SJ-0017/5" });
        var future = await SubmitAsync(app, record with { DecidedOn = new DateOnly(2026, 12, 1), SourceId = "2026-SJ-0017/6" });

        Assert.Equal(CreditIntakeOutcome.Created, created.Outcome);
        Assert.NotNull(created.Id);
        Assert.Null(created.Error);
        Assert.Equal((CreditIntakeOutcome.Unchanged, created.Id), (again.Outcome, again.Id));
        Assert.Equal((CreditIntakeOutcome.Updated, created.Id), (changed.Outcome, changed.Id));
        Assert.Equal((CreditIntakeOutcome.Quarantined, (long?)null), (unknown.Outcome, unknown.Id));
        Assert.Contains("市场主体库中没有统一社会信用代码为", unknown.Error, StringComparison.Ordinal);
        Assert.Equal((CreditIntakeOutcome.Invalid, (long?)null), (noTitle.Outcome, noTitle.Id));
        Assert.Contains("记录标题不能为空", noTitle.Error, StringComparison.Ordinal);
        Assert.Equal(CreditIntakeOutcome.Invalid, future.Outcome);
        Assert.Contains("晚于今天", future.Error, StringComparison.Ordinal);

        var stored = Assert.Single((await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray());
        Assert.Equal(("InspectionResult", "inspections", "发现问题已责令改正", "历市监责改〔2026〕17号"),
            (stored.Str("kind"), stored.Str("sourceSystem"), stored.Str("content"), stored.Str("documentNo")));
        Assert.Equal(["credit.record.created", "credit.record.updated"], await AuditActionsAsync(app, "CreditRecord", "inspections/2026-SJ-0017/3"));
    }

    [Fact]
    public async Task A_proposal_waits_for_the_chief_once_per_entity_and_ground_and_an_individual_business_is_marked()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var company = await RegisterAsync(registrar, "济南泉城无法联系商贸有限公司");
        var shop = await RegisterAsync(registrar, "历下区无法联系水果店", individual: true);
        var proposal = new ListingProposal(company, ListingGround.Unreachable, "2026年11月20日双随机抽查实地核查，登记住所无该企业，电话无法接通",
            "张伟", "inspections", "2026-SJ-0017/1");

        var created = await ProposeAsync(app, proposal);
        var again = await ProposeAsync(app, proposal);
        var otherSource = await ProposeAsync(app, proposal with { SourceId = "2026-SJ-0020/9", Facts = "再次核查仍无法联系" });
        var otherGround = await ProposeAsync(app, proposal with { Ground = ListingGround.FalseInformation, Facts = "年报从业人数与实际不符", SourceId = "2026-SJ-0017/2" });
        var marked = await ProposeAsync(app, proposal with { Uscc = shop, SourceId = "2026-SJ-0017/8" });

        Assert.Equal(CreditIntakeOutcome.Created, created.Outcome);
        Assert.Equal((CreditIntakeOutcome.Unchanged, created.Id), (again.Outcome, again.Id));
        Assert.Equal((CreditIntakeOutcome.Unchanged, created.Id), (otherSource.Outcome, otherSource.Id));
        Assert.Equal(CreditIntakeOutcome.Created, otherGround.Outcome);
        Assert.NotEqual(created.Id, otherGround.Id);
        var listings = await ListingsOfAsync(registrar, company);
        Assert.Equal(2, listings.Length);
        var listing = listings.Single(l => l.GetProperty("id").GetInt64() == created.Id);
        Assert.Equal(("Abnormal", "Unreachable", "Proposed", "张伟", "2026-11-23"),
            (listing.Str("list"), listing.Str("ground"), listing.Str("status"), listing.Str("proposedBy"), listing.Str("proposedOn")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listing.GetProperty("decisionNo").ValueKind);
        Assert.Equal(("AbnormalMark", "Proposed"), (Assert.Single(await ListingsOfAsync(registrar, shop)) is var m ? (m.Str("list"), m.Str("status")) : default));
        Assert.Empty(await FeedKindsAsync(registrar, company)); // nothing is published before the decision

        var chief = await app.LoginAsync("chief");
        var confirmed = await chief.PostJsonAsync($"/api/v1/credit/listings/{created.Id}/confirm", new { });
        var rejected = await chief.PostJsonAsync($"/api/v1/credit/listings/{marked.Id}/reject", new { reason = "经营者已提供可以联系的经营场所" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var listed = await confirmed.ReadJsonAsync();
        Assert.Equal(("Listed", "2026-11-23"), (listed.Str("status"), listed.Str("listedOn")));
        Assert.Matches(@"^济历市监异列〔2026〕第\d{6}号$", listed.Str("decisionNo"));
        Assert.Equal(["abnormal.listed"], await FeedKindsAsync(registrar, company));

        // Listed now: a later finding on the same ground gets the listing; the rejected mark stays rejected for its source.
        var afterListing = await ProposeAsync(app, proposal with { SourceId = "2026-SJ-0031/2" });
        var sameSourceAfterRejection = await ProposeAsync(app, proposal with { Uscc = shop, SourceId = "2026-SJ-0017/8" });
        var newSourceAfterRejection = await ProposeAsync(app, proposal with { Uscc = shop, SourceId = "2026-SJ-0031/5" });
        Assert.Equal((CreditIntakeOutcome.Unchanged, created.Id), (afterListing.Outcome, afterListing.Id));
        Assert.Equal((CreditIntakeOutcome.Unchanged, marked.Id), (sameSourceAfterRejection.Outcome, sameSourceAfterRejection.Id));
        Assert.Equal(CreditIntakeOutcome.Created, newSourceAfterRejection.Outcome);
        Assert.Equal(["credit.abnormal-proposed", "credit.abnormal-confirmed"], await AuditActionsAsync(app, "Listing", created.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["credit.abnormal-proposed", "credit.abnormal-rejected"], await AuditActionsAsync(app, "Listing", marked.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(ListingGround.AnnualReportMissing, "拟列入经营异常名录的事由应为")]
    [InlineData(ListingGround.AbnormalThreeYears, "拟列入经营异常名录的事由应为")]
    [InlineData(ListingGround.SeriousViolation, "不能是“实施严重违法行为，情节严重”")]
    [InlineData((ListingGround)99, "拟列入经营异常名录的事由应为")]
    public async Task Another_ground_is_invalid_and_writes_nothing(ListingGround ground, string error)
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var company = await RegisterAsync(registrar, "济南泉城事由商贸有限公司");

        var outcome = await ProposeAsync(app, new ListingProposal(company, ground, "抽查发现", "张伟", "inspections", "2026-SJ-0001/1"));
        var unknown = await ProposeAsync(app, new ListingProposal(SampleEntities.NewUscc(), ListingGround.Unreachable, "抽查发现", "张伟", "inspections", "2026-SJ-0001/2"));
        var noFacts = await ProposeAsync(app, new ListingProposal(company, ListingGround.Unreachable, "", "张伟", "inspections", "2026-SJ-0001/3"));

        Assert.Equal((CreditIntakeOutcome.Invalid, (long?)null), (outcome.Outcome, outcome.Id));
        Assert.Contains(error, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(CreditIntakeOutcome.Invalid, unknown.Outcome);
        Assert.Contains("未登记", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("事实和理由不能为空", noFacts.Error, StringComparison.Ordinal);
        Assert.Empty(await ListingsOfAsync(registrar, company));
    }
}
