using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Cases;

/// <summary>案件文书: each kind filled from the case, HTML-encoded, numbered per unit, kind and year, served to case staff only.</summary>
public sealed class DocumentsTests
{
    private static string Render(DocumentKind kind, Case? c = null) => DocumentTemplates.Render(CaseSamples.Model(kind, c));

    private static void ContainsAll(string html, params string[] texts)
    {
        foreach (var t in texts) Assert.Contains(t, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_is_an_A4_page_with_the_authority_title_and_number()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var html = Render(kind);
            ContainsAll(html, "<!DOCTYPE html>", "@page { size: A4; margin: 25mm 20mm;", "Noto Serif CJK SC", "<meta charset=\"utf-8\">",
                CaseSamples.Authority, CaseNames.Of(kind), "济历市监文〔2026〕1号");
        }
    }

    [Fact]
    public void The_opening_approval_is_a_form_with_the_party_facts_legal_basis_officers_and_approval()
    {
        ContainsAll(Render(DocumentKind.OpeningApproval), "立案审批表", "<table class=\"form\">", "投诉举报", "未按规定查验进货并保存记录",
            CaseSamples.Company, CaseSamples.Uscc, "张建华", CaseSamples.Address, "0531-86001234", "速冻水饺", "《中华人民共和国食品安全法》第五十三条",
            "陈强（执法证号：鲁济37010001）", "同意立案。", "赵磊", "2026年11月12日");
    }

    [Fact]
    public void The_approval_forms_are_signed_by_the_lead_officer_where_the_handler_gives_an_opinion()
    {
        var opening = Render(DocumentKind.OpeningApproval);
        Assert.Contains("建议立案调查。</div><div class=\"sign\">签名：<span>陈强</span>　2026年11月12日</div>", opening, StringComparison.Ordinal);
        var c = CaseSamples.CompanyCase();
        c.Ending = CaseEnding.Penalised;
        c.ClosedOn = new DateOnly(2026, 12, 20);
        c.ClosedApprovedBy = "赵磊";
        Assert.Contains("建议结案。</div><div class=\"sign\">签名：<span>陈强</span>　2026年12月20日</div>", Render(DocumentKind.ClosingApproval, c), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_states_facts_violation_basis_penalties_discretion_and_the_statement_deadline()
    {
        var html = Render(DocumentKind.Notice);
        ContainsAll(html, "行政处罚告知书", CaseSamples.Company + "：", "经查，2026年11月10日", "现场笔录", "询问笔录（张建华）",
            "违反了《中华人民共和国食品安全法》第五十三条的规定，构成食品经营者未按规定查验进货并保存记录的行为",
            "依据《中华人民共和国食品安全法》第一百二十六条第一款的规定", "警告", "罚款5,000元", "予以从轻处罚", "当事人系初次违法",
            "有权进行陈述和申辩", "五个工作日内（即2026年11月30日前）", "二〇二六年十二月四日");
        Assert.DoesNotContain("听证", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_tells_of_the_hearing_right_only_when_the_case_has_it()
    {
        var html = Render(DocumentKind.Notice, CaseSamples.CompanyCase(hearingRight: true));
        ContainsAll(html, "有权要求举行听证", "陈述、申辩或者听证要求");
    }

    [Fact]
    public void The_decision_has_the_party_block_evidence_basis_penalties_payment_remedies_and_publication()
    {
        ContainsAll(Render(DocumentKind.Decision), "行政处罚决定书", "当事人：" + CaseSamples.Company, "统一社会信用代码：" + CaseSamples.Uscc,
            "住所（主要经营场所）：" + CaseSamples.Address, "法定代表人（负责人、经营者）：张建华", "本局于2026年11月12日立案",
            "上述事实，主要有以下证据证明", "现场笔录", "进货单据及销售记录复印件", "《行政处罚告知书》（济历市监罚告〔2026〕3号）",
            "违反了《中华人民共和国食品安全法》第五十三条的规定", "依据《中华人民共和国食品安全法》第一百二十六条第一款的规定",
            "裁量理由：当事人系初次违法，积极配合调查并已主动改正", "罚款5,000元", "十五日内", "六十日内向济南市历下区人民政府申请行政复议",
            "六个月内依法向人民法院提起行政诉讼", "根据《市场监督管理行政处罚信息公示规定》，本行政处罚决定将通过国家企业信用信息公示系统向社会公示。",
            "二〇二六年十二月四日");
    }

    [Fact]
    public void A_decision_on_a_natural_person_names_the_id_number_and_address_not_a_uscc()
    {
        var html = Render(DocumentKind.Decision, CaseSamples.Person());
        ContainsAll(html, "当事人：王小明", "身份证件号码：" + CaseSamples.IdNumber, "住址：" + CaseSamples.Address, "罚款200元");
        Assert.DoesNotContain("统一社会信用代码", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_receipt_lists_the_served_document_party_place_method_and_servers()
    {
        ContainsAll(Render(DocumentKind.ServiceReceipt), "送达回证", "送达文书名称及文号", "《行政处罚决定书》（济历市监处罚〔2026〕5号）",
            "受送达人", CaseSamples.Company, "送达时间", "送达地点", CaseSamples.Address, "送达方式", "直接送达", "收件人签名", "送达人", "陈强、张伟");
    }

    [Fact]
    public void The_closing_approval_shows_decision_penalties_execution_and_approval()
    {
        ContainsAll(Render(DocumentKind.ClosingApproval), "结案审批表", "济历市监立〔2026〕7号", "济历市监处罚〔2026〕5号", "警告；罚款5,000元",
            "当事人已于2026年12月15日缴清罚没款", "作出行政处罚并执行完毕", "同意结案。", "2026年12月20日");
    }

    [Fact]
    public void The_police_transfer_is_addressed_to_the_police_with_facts_reason_and_attachments()
    {
        ContainsAll(Render(DocumentKind.PoliceTransfer), "涉嫌犯罪案件移送书", "济南市公安局历下区分局：", "涉嫌犯罪", "致病性微生物超标",
            "《行政执法机关移送涉嫌犯罪案件的规定》", "附件", "涉嫌犯罪案件情况的调查报告", "现场笔录", "抄送：同级人民检察院");
    }

    [Fact]
    public void The_on_the_spot_decision_names_the_officers_penalty_and_remedies()
    {
        ContainsAll(Render(DocumentKind.OnTheSpotDecision, CaseSamples.Person()), "当场行政处罚决定书", "当事人：王小明", CaseSamples.IdNumber,
            "《中华人民共和国市场主体登记管理条例》第三十六条", "罚款200元", "鲁济37010001", "鲁济37010002", "六十日内", "六个月内");
    }

    [Fact]
    public void The_decline_approval_shows_the_clue_ground_and_approval()
    {
        ContainsAll(Render(DocumentKind.DeclineApproval), "不予立案审批表", "XS-370102-2026-0042", "投诉举报（JB-2026-000042）", CaseSamples.Company,
            "举报人反映当事人销售过期食品", "违法事实不能成立。经现场检查，未发现当事人销售过期食品", "同意不予立案。", "赵磊");
    }

    [Fact]
    public void Every_value_is_html_encoded()
    {
        var c = CaseSamples.CompanyCase();
        c.PartyName = "<script>alert('x')</script>食品店";
        c.Facts = "价签写着 a<b & \"特价\"";
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.DeclineApproval))
        {
            var html = Render(kind, c);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;食品店", html, StringComparison.Ordinal);
        }

        Assert.Contains("a&lt;b &amp; &quot;特价&quot;", Render(DocumentKind.Notice, c), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-04", "二〇二六年十二月四日", "2026年12月4日")]
    [InlineData("2027-01-10", "二〇二七年一月十日", "2027年1月10日")]
    [InlineData("2026-10-31", "二〇二六年十月三十一日", "2026年10月31日")]
    [InlineData("2026-11-20", "二〇二六年十一月二十日", "2026年11月20日")]
    public void Dates_are_written_in_chinese_numerals_for_the_seal(string date, string chinese, string numeric)
    {
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(chinese, DocumentTemplates.DateCn(d));
        Assert.Equal(numeric, DocumentTemplates.DateNum(d));
    }

    [Theory]
    [InlineData("{abbr}市监{word}〔{year}〕{seq}号", "济历市监处罚〔2026〕7号")]
    [InlineData("{abbr}市监{word}〔{year}〕{seq:000}号", "济历市监处罚〔2026〕007号")]
    [InlineData("{abbr}市监{word}字〔{year}〕第{seq:0000}号", "济历市监处罚字〔2026〕第0007号")]
    public void The_number_pattern_fills_abbreviation_word_year_and_sequence(string pattern, string expected) =>
        Assert.Equal(expected, DocumentNumbers.Format(pattern, "济历", "处罚", 2026, 7));

    [Fact]
    public void Abbreviations_follow_the_org_tree()
    {
        OrgUnitEntry[] units =
        [
            new(1, "山东省市场监督管理局", OrgUnitKind.Province, null),
            new(2, "济南市市场监督管理局", OrgUnitKind.City, 1),
            new(3, "济南市历下区市场监督管理局", OrgUnitKind.County, 2),
            new(4, "文东市场监管所", OrgUnitKind.Station, 3),
            new(5, "章丘区市场监督管理局", OrgUnitKind.County, 2),
        ];
        Assert.Equal("鲁", AuthorityNames.Abbreviation(units, 1, ""));
        Assert.Equal("济", AuthorityNames.Abbreviation(units, 2, ""));
        Assert.Equal("济历", AuthorityNames.Abbreviation(units, 3, ""));
        Assert.Equal("济历", AuthorityNames.Abbreviation(units, 4, ""));
        Assert.Equal("济章", AuthorityNames.Abbreviation(units, 5, ""));
        Assert.Equal("青", AuthorityNames.Abbreviation(units, 99, "青岛市市场监督管理局"));
        Assert.Equal(3, DocumentNumbers.NumberingUnit(units, 4));
        Assert.Equal(3, DocumentNumbers.NumberingUnit(units, 3));
    }

    // ------------------------------------------------------------------ on the database

    private static async Task<Dictionary<string, int>> UnitIdsAsync(ZhijianApp app) =>
        await app.AsSystemAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().OrgUnits
            .Where(u => u.Code == "370100" || u.Code == "370102" || u.Code == "370103").ToDictionaryAsync(u => u.Code, u => u.Id));

    [Fact]
    public async Task Numbers_run_per_unit_kind_and_year_and_two_in_one_unit_of_work_differ()
    {
        await using var app = await ZhijianApp.StartAsync();
        var ids = await UnitIdsAsync(app);
        var year = new DateOnly(2026, 12, 4);
        await app.AsSystemAsync(async sp =>
        {
            var numbers = sp.GetRequiredService<DocumentNumbers>();
            Assert.Equal("济历市监罚告〔2026〕1号", await numbers.NextAsync(ids["370102"], "", DocumentKind.Notice, year, default));
            Assert.Equal("济历市监罚告〔2026〕2号", await numbers.NextAsync(ids["370102"], "", DocumentKind.Notice, year, default));
            await sp.GetRequiredService<CasesDbContext>().SaveChangesAsync();
        });
        await app.AsSystemAsync(async sp =>
        {
            var numbers = sp.GetRequiredService<DocumentNumbers>();
            Assert.Equal("济历市监罚告〔2026〕3号", await numbers.NextAsync(ids["370102"], "", DocumentKind.Notice, year, default));
            Assert.Equal("济历市监处罚〔2026〕1号", await numbers.NextAsync(ids["370102"], "", DocumentKind.Decision, year, default));
            Assert.Equal("济历市监罚告〔2027〕1号", await numbers.NextAsync(ids["370102"], "", DocumentKind.Notice, new(2027, 1, 4), default));
            Assert.Equal("济市监罚告〔2026〕1号", await numbers.NextAsync(ids["370100"], "", DocumentKind.Notice, year, default));
            Assert.Equal("济市市监罚告〔2026〕1号", await numbers.NextAsync(ids["370103"], "", DocumentKind.Notice, year, default));
            await sp.GetRequiredService<CasesDbContext>().SaveChangesAsync();
        });
        var counters = await app.AsSystemAsync(async sp => await sp.GetRequiredService<CasesDbContext>().Counters.AsNoTracking()
            .Where(c => c.OrgUnitId == ids["370102"] && c.Kind == DocumentKind.Notice).OrderBy(c => c.Year).Select(c => new { c.Year, c.Last }).ToListAsync());
        Assert.Equal([new { Year = 2026, Last = 3 }, new { Year = 2027, Last = 1 }], counters);
    }

    [Fact]
    public async Task Issued_documents_are_stored_with_their_hash_and_served_as_html_to_case_staff_of_the_jurisdiction()
    {
        await using var app = await ZhijianApp.StartAsync();
        var ids = await UnitIdsAsync(app);
        long caseId = 0;
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var personal = sp.GetRequiredService<PersonalData>();
            var c = CaseSamples.CompanyCase(ids["370102"]);
            c.PartyAddress = personal.Protect(CaseSamples.Address);
            c.PartyPhone = personal.Protect("0531-86001234");
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            db.Evidence.AddRange(CaseSamples.Evidence(c.Id));
            await db.SaveChangesAsync();
            caseId = c.Id;
        });

        var issued = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var documents = sp.GetRequiredService<CaseDocuments>();
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            var preview = await documents.PreviewAsync(c, DocumentKind.Decision, default);
            Assert.Contains(DocumentTemplates.DraftNumber, preview, StringComparison.Ordinal);
            Assert.Empty(db.ChangeTracker.Entries<CaseDocument>());
            var first = await documents.IssueAsync(c, DocumentKind.Notice, "陈强", default);
            var second = await documents.IssueAsync(c, DocumentKind.Notice, "陈强", default);
            var decision = await documents.IssueAsync(c, DocumentKind.Decision, "陈强", default);
            await Assert.ThrowsAsync<ArgumentException>(() => documents.IssueAsync(c, DocumentKind.DeclineApproval, "陈强", default));
            var clue = CaseSamples.Clue(ids["370102"]);
            db.Clues.Add(clue);
            await db.SaveChangesAsync();
            var declined = await documents.IssueForClueAsync(clue, "陈强", default);
            await db.SaveChangesAsync();
            return new[] { first, second, decision, declined };
        });

        Assert.Equal(["济历市监罚告〔2026〕1号", "济历市监罚告〔2026〕2号", "济历市监处罚〔2026〕1号", "济历市监不立〔2026〕1号"], issued.Select(d => d.Number));
        var decision = issued[2];
        Assert.Equal(caseId, decision.CaseId);
        Assert.Null(issued[3].CaseId);
        Assert.NotNull(issued[3].ClueId);
        Assert.Equal(new DateOnly(2026, 11, 23), decision.IssuedOn);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(decision.Html))), decision.Sha256);
        ContainsAll(decision.Html, "济历市监处罚〔2026〕1号", CaseSamples.Authority, CaseSamples.Address, "现场笔录", "罚款5,000元", "二〇二六年十一月二十三日");

        var handler = await app.LoginAsync("casehandler");
        var response = await handler.GetAsync($"/api/v1/cases/documents/{decision.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(decision.Html, await response.Content.ReadAsStringAsync());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("legal")).GetAsync($"/api/v1/cases/documents/{issued[3].Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsync("complaint")).GetAsync($"/api/v1/cases/documents/{decision.Id}")).StatusCode);
        var elsewhere = await app.LoginAsAsync(Roles.CaseHandler, "370103");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/cases/documents/{decision.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync("/api/v1/cases/documents/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/cases/documents/{decision.Id}")).StatusCode);
    }
}
