using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Disclosure;
using Zhijian.Platform.Events;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Cases;

/// <summary>
/// 执法公示: the redacted text, the disclosure term, the public list at term and after credit repair, and the record the
/// credit module gets. Case rows are written directly (the case workflow is not part of this slice); the outbox runs
/// when the test says so.
/// </summary>
public sealed class DisclosureTests
{
    private const string Authority = "济南市历下区市场监督管理局";
    private const string IdNumber = "370102198503152316";
    private const string Address = "济南市历下区文化东路58号3单元502室";
    private const string Phone = "13905311234";

    private static string DecisionHtml(string party, string no) => $"""
        <!DOCTYPE html><html><head><title>行政处罚决定书</title><style>p {"{"} margin: 0 {"}"}</style></head><body>
        <h1>济南市历下区市场监督管理局<br/>行政处罚决定书</h1>
        <p>{no}</p>
        <p>当事人：{party}</p>
        <p>身份证号码：{IdNumber}　住所：{Address}</p>
        <p>联系电话：{Phone}，固定电话：0531-86123456，电子邮箱：zhang.wei@example.com</p>
        <p>2026年10月9日，本局执法人员对当事人经营场所进行检查，发现当事人销售超过保质期的预包装食品“鲜牛奶”12盒，货值金额&nbsp;96元。
        当事人通过银行卡 6222021602001234567 收取货款，其旧身份证号码为 370102850315231。</p>
        <p>上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。</p>
        <table><tr><td>处罚内容</td><td>罚款 5 万元</td></tr></table>
        <p>当事人应当自收到本决定书之日起十五日内缴纳罚款。</p>
        </body></html>
        """;

    [Fact]
    public void Redaction_removes_id_phone_address_bank_and_mail_and_keeps_the_party_and_the_decision()
    {
        var text = Redaction.Redact(DecisionHtml("张伟（个体经营者）", "济历市监处罚〔2026〕88号"), [Address, IdNumber, Phone, null, " "]);

        foreach (var personal in new[] { IdNumber, Address, Phone, "0531-86123456", "86123456", "zhang.wei@example.com", "6222021602001234567", "370102850315231", "文化东路" })
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        foreach (var kept in new[] { "当事人：张伟（个体经营者）", "济历市监处罚〔2026〕88号", "销售超过保质期的预包装食品“鲜牛奶”12盒，货值金额 96元", "《中华人民共和国食品安全法》第三十四条第（十）项", "罚款 5 万元", "十五日内缴纳罚款" })
            Assert.Contains(kept, text, StringComparison.Ordinal);
        Assert.Contains($"身份证号码：{Redaction.Mask}　住所：{Redaction.Mask}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("margin", text, StringComparison.Ordinal); // the head and its style are not text
        Assert.Equal("济南市历下区市场监督管理局", Redaction.Paragraphs(text)[0]);
        Assert.Contains(Redaction.Paragraphs(text), p => p == "行政处罚决定书");
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("+86 138-1234-5678", true)]
    [InlineData("(0531)86123456", true)]
    [InlineData("010-12345678", true)]
    [InlineData("6222 0216 0200 1234 567", true)]
    [InlineData("11010519491231002X", true)]
    [InlineData("91370102MA3C4L5R2W", false)] // a company's USCC is published
    [InlineData("罚款50000元", false)]
    [InlineData("2026年11月20日", false)]
    public void Redaction_patterns(string text, bool removed) =>
        Assert.Equal(removed, Redaction.Redact(text, []).Contains(Redaction.Mask, StringComparison.Ordinal));

    [Fact]
    public async Task A_warning_alone_is_not_published_and_the_term_follows_the_penalty()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城公示期限商贸有限公司");
        // 较低数额罚款: the province sets ¥10,000 (in force before the decisions)
        await app.AsSystemAsync(async sp =>
        {
            var platform = sp.GetRequiredService<PlatformDbContext>();
            platform.RuleSettings.Add(new RuleSetting { Key = "disclosure.low-fine", EffectiveFrom = new DateOnly(2026, 1, 1), Value = "10000", Version = 1, Note = "省局规定" });
            await platform.SaveChangesAsync();
            sp.GetRequiredService<IRuleBook>().Invalidate();
        });

        var warning = await PublishAsync(app, uscc, "警告案", [new(PenaltyKind.Warning)]);
        var simple = await PublishAsync(app, uscc, "简易程序案", [new(PenaltyKind.Fine, 200m)], procedure: CaseProcedure.Simple);
        var reprimand = await PublishAsync(app, uscc, "通报批评案", [new(PenaltyKind.Warning), new(PenaltyKind.PublicReprimand)]);
        var smallFine = await PublishAsync(app, uscc, "小额罚款案", [new(PenaltyKind.Fine, 8000m)]);
        var fine = await PublishAsync(app, uscc, "罚款案", [new(PenaltyKind.Fine, 50000m), new(PenaltyKind.ConfiscateIllegalGains, 1200m)]);
        var smallFineAndGains = await PublishAsync(app, uscc, "小额罚款并没收案", [new(PenaltyKind.Fine, 2000m), new(PenaltyKind.ConfiscateIllegalGains, 300m)]);

        Assert.Null(warning);
        Assert.Null(simple);
        Assert.Equal(new DateOnly(2027, 2, 22), reprimand!.PublicUntil);
        Assert.Equal(new DateOnly(2027, 2, 22), smallFine!.PublicUntil);
        Assert.Equal(new DateOnly(2029, 11, 22), fine!.PublicUntil);
        Assert.Equal(new DateOnly(2029, 11, 22), smallFineAndGains!.PublicUntil);
        Assert.Equal(new DateOnly(2026, 11, 23), fine.PublishedOn);
        Assert.Equal(new DateOnly(2026, 12, 18), fine.PublishBy); // 20 WD after 2026-11-20
        Assert.Equal("罚款50,000元；没收违法所得1,200元", fine.PenaltySummary.Replace(" ", "", StringComparison.Ordinal));
        var published = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Publications.CountAsync());
        Assert.Equal(4, published);
    }

    [Fact]
    public async Task The_portal_shows_the_summary_and_the_redacted_text_and_credit_gets_the_record()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城过期奶商贸有限公司");
        var p = await PublishAsync(app, uscc, "销售超过保质期的食品", [new(PenaltyKind.Fine, 50000m), new(PenaltyKind.ConfiscateIllegalGains, 1200m)],
            field: CaseField.Food, party: "张伟", natural: true);
        await DispatchAsync(app);

        var anonymous = app.Anonymous();
        var list = await anonymous.GetStringAsync("/gs/penalties");
        Assert.Contains(p!.DecisionNo, list, StringComparison.Ordinal);
        Assert.Contains("张伟", list, StringComparison.Ordinal);
        var detail = await anonymous.GetStringAsync($"/gs/penalties/{p.Id}");
        Assert.Contains($"href=\"/gs/penalties/{p.Id}\"", await anonymous.GetStringAsync($"/gs/credit/{uscc}"), StringComparison.Ordinal); // the credit page's row → its decision
        Assert.Contains($"href=\"/gs/penalties/{p.Id}\"", await anonymous.GetStringAsync("/gs"), StringComparison.Ordinal); // 公示首页: 行政处罚
        Assert.True(detail.IndexOf("行政处罚决定书文号", StringComparison.Ordinal) < detail.IndexOf("身份证号码：", StringComparison.Ordinal));
        Assert.Contains("作出行政处罚决定机关", detail, StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Address, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, detail, StringComparison.Ordinal);
        Assert.Contains(p.DecisionNo, await anonymous.GetStringAsync("/gs/penalties?q=%E5%BC%A0%E4%BC%9F"), StringComparison.Ordinal); // 张伟
        Assert.Contains(p.DecisionNo, await anonymous.GetStringAsync($"/gs/penalties?q={uscc}"), StringComparison.Ordinal);
        Assert.Contains("未查询到符合条件", await anonymous.GetStringAsync("/gs/penalties?q=%E6%9D%8E%E5%9B%9B"), StringComparison.Ordinal); // 李四

        var record = Assert.Single((await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray());
        Assert.Equal(("Penalty", "cases", "销售超过保质期的食品", p.DecisionNo, "Food", "罚款；没收违法所得", Authority),
            (record.Str("kind"), record.Str("sourceSystem"), record.Str("title"), record.Str("documentNo"), record.Str("field"), record.Str("penaltyKinds"), record.Str("authority")));
        Assert.Equal(50000m, record.GetProperty("amount").GetDecimal());
        Assert.False(record.GetProperty("severe").GetBoolean());
        Assert.Equal("2029-11-22", record.Str("publicUntil"));
        Assert.Contains("当事人：张伟", record.Str("content"), StringComparison.Ordinal);
        Assert.True(record.GetProperty("publicToday").GetBoolean());
    }

    [Fact]
    public async Task The_publication_disappears_at_term_and_when_the_decision_is_revoked()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城撤下公示商贸有限公司");
        var reprimand = await PublishAsync(app, uscc, "未按规定明码标价", [new(PenaltyKind.PublicReprimand)]);
        var revoked = await PublishAsync(app, uscc, "虚假宣传", [new(PenaltyKind.Fine, 80000m)]);
        await DispatchAsync(app);
        var anonymous = app.Anonymous();
        Assert.Contains(reprimand!.DecisionNo, await anonymous.GetStringAsync("/gs/penalties"), StringComparison.Ordinal);

        // 行政复议撤销: withdrawn today, credit too
        await app.AsSystemAsync(async sp =>
        {
            var withdrawn = await sp.GetRequiredService<Disclosures>().WithdrawAsync(revoked!.CaseId, "行政复议决定撤销该行政处罚决定", default);
            Assert.Equal(new DateOnly(2026, 11, 23), withdrawn!.WithdrawnOn);
            await sp.GetRequiredService<CasesDbContext>().SaveChangesAsync();
        });
        await DispatchAsync(app);
        Assert.DoesNotContain(revoked!.DecisionNo, await anonymous.GetStringAsync("/gs/penalties"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/gs/penalties/{revoked.Id}")).StatusCode);
        var records = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("2026-11-23", records.Single(r => r.Str("documentNo") == revoked.DecisionNo).Str("withdrawnOn"));

        // 公示期满: 3 months for a reprimand alone — public on its last day, gone the day after, swept as "公示期满"
        app.Clock.Advance(TimeSpan.FromDays(91)); // 2027-02-22
        Assert.Contains(reprimand.DecisionNo, await anonymous.GetStringAsync("/gs/penalties"), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(reprimand.DecisionNo, await anonymous.GetStringAsync("/gs/penalties"), StringComparison.Ordinal);
        await app.AsSystemAsync(sp => DisclosureSweeper.RunOnceAsync(sp, default));
        var swept = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Publications.SingleAsync(x => x.CaseId == reprimand.CaseId));
        Assert.Equal((new DateOnly(2027, 2, 23), Disclosures.ReasonExpired), (swept.WithdrawnOn, swept.WithdrawnReason));
        var revokedAfter = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Publications.SingleAsync(x => x.CaseId == revoked.CaseId));
        Assert.Equal("行政复议决定撤销该行政处罚决定", revokedAfter.WithdrawnReason); // the sweep leaves a withdrawn one alone
    }

    [Fact]
    public async Task Credit_repair_ends_the_publication_early()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城信用修复商贸有限公司");
        // decided in March (the repair minimum of 6 months has passed; the calendar is loaded for 2026 only), published late
        var march = new DateOnly(2026, 3, 2);
        var p = await PublishAsync(app, uscc, "销售不合格产品", [new(PenaltyKind.Fine, 30000m)], field: CaseField.ProductQuality, decidedOn: march);
        var closure = await PublishAsync(app, uscc, "无证生产", [new(PenaltyKind.Fine, 60000m), new(PenaltyKind.Closure)], decidedOn: march);
        await DispatchAsync(app);
        var records = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray().ToList();
        var recordId = records.Single(r => r.Str("documentNo") == p!.DecisionNo).GetProperty("id").GetInt64();
        Assert.True(records.Single(r => r.Str("documentNo") == closure!.DecisionNo).GetProperty("severe").GetBoolean());

        var submitted = await (await registrar.PostJsonAsync("/api/v1/credit/repairs", new { recordId, applicant = "李红梅（代）", reasons = "已缴纳罚款并完成整改" })).ExpectAsync(HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetInt64();
        await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/accept", new { })).ExpectAsync();
        await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/approve", new { })).ExpectAsync();
        await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/complete", new { })).ExpectAsync();
        var anonymous = app.Anonymous();
        Assert.Contains(p!.DecisionNo, await anonymous.GetStringAsync("/gs/penalties"), StringComparison.Ordinal); // until the event is handled

        await DispatchAsync(app);

        var list = await anonymous.GetStringAsync("/gs/penalties");
        Assert.DoesNotContain(p.DecisionNo, list, StringComparison.Ordinal);
        Assert.Contains(closure!.DecisionNo, list, StringComparison.Ordinal);
        var ended = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Publications.SingleAsync(x => x.CaseId == p.CaseId));
        Assert.Equal((new DateOnly(2026, 11, 23), Disclosures.ReasonRepaired), (ended.WithdrawnOn, ended.WithdrawnReason));
        // credit keeps its own repair: the record is not "withdrawn" (that means a revoked decision)
        var record = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == recordId);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("withdrawnOn").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, record.GetProperty("repairedOn").ValueKind);
    }

    private static async Task DispatchAsync(ZhijianApp app) => await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private static int _seq;

    /// <summary>A decided case (as the workflow leaves it) with its 决定书 carrying the party's personal data, then 公示; saved.</summary>
    private static Task<Publication?> PublishAsync(ZhijianApp app, string uscc, string cause, List<PenaltyItem> penalties,
        CaseProcedure procedure = CaseProcedure.Ordinary, CaseField field = CaseField.General, string party = "济南泉城商贸有限公司", bool natural = false,
        DateOnly? decidedOn = null) =>
        app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var personalData = sp.GetRequiredService<PersonalData>();
            var n = Interlocked.Increment(ref _seq);
            var no = $"济历市监处罚〔2026〕{n + 100}号";
            var c = new Case
            {
                Number = $"济历市监立〔2026〕{Guid.NewGuid():N}号",
                Source = ClueSource.OwnFinding,
                Procedure = procedure,
                Stage = CaseStage.Decided,
                CauseOfAction = cause,
                Facts = "经查……",
                Field = field,
                PartyKind = natural ? PartyKind.NaturalPerson : PartyKind.Organisation,
                Uscc = uscc,
                PartyName = party,
                PartyAddress = personalData.Protect(Address),
                PartyIdNumber = personalData.Protect(IdNumber),
                PartyPhone = personalData.Protect(Phone),
                OrgUnitName = Authority,
                DivisionCode = "370102",
                LeadOfficer = "inspector",
                OpenedOn = (decidedOn ?? new DateOnly(2026, 11, 20)).AddDays(-40),
                Penalties = penalties,
                DecisionNo = no,
                DecidedOn = decidedOn ?? new DateOnly(2026, 11, 20),
                CreatedAt = app.Clock.GetUtcNow(),
            };
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            var decision = new CaseDocument
            {
                CaseId = c.Id,
                Kind = DocumentKind.Decision,
                Number = no,
                IssuedOn = decidedOn ?? new DateOnly(2026, 11, 20),
                Html = DecisionHtml(party, no),
                IssuedBy = "inspector",
                DivisionCode = c.DivisionCode,
            };
            db.Documents.Add(decision);
            var disclosures = sp.GetRequiredService<Disclosures>();
            var publication = await disclosures.PublishAsync(c, decision, Authority, disclosures.PersonalValues(c), default);
            await db.SaveChangesAsync();
            return publication;
        });
}
