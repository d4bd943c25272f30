using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Cases;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 案件文书 printed: every document kind issued for a 历下 case (and a clue), opened by the case handler 陈强 and printed to
/// A4 PDF by Chromium (screenshots 88–96 and the PDFs to look at).
/// </summary>
[RunsLong(60)]
public sealed partial class CaseDocumentsTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Every_case_document_prints_on_A4_pages()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true);
        var issued = await app.AsSystemAsync(async sp =>
        {
            var lixia = await sp.GetRequiredService<PlatformDbContext>().OrgUnits.Where(u => u.Code == "370102").Select(u => u.Id).SingleAsync();
            var db = sp.GetRequiredService<CasesDbContext>();
            var personal = sp.GetRequiredService<PersonalData>();
            var company = CaseSamples.CompanyCase(lixia);
            company.HearingRight = true;
            company.PartyAddress = personal.Protect(CaseSamples.Address);
            company.PartyPhone = personal.Protect("0531-86001234");
            var person = CaseSamples.Person(lixia);
            person.PartyAddress = personal.Protect("济南市历下区文化东路16号3单元201室");
            person.PartyIdNumber = personal.Protect(CaseSamples.IdNumber);
            person.PartyPhone = personal.Protect("13905311234");
            var clue = CaseSamples.Clue(lixia);
            db.AddRange(company, person, clue);
            await db.SaveChangesAsync();
            db.Evidence.AddRange(CaseSamples.Evidence(company.Id));
            await db.SaveChangesAsync();

            var documents = sp.GetRequiredService<CaseDocuments>();
            var list = new List<CaseDocument>();
            foreach (var kind in new[] { DocumentKind.OpeningApproval, DocumentKind.Notice, DocumentKind.Decision, DocumentKind.ServiceReceipt,
                         DocumentKind.ClosingApproval, DocumentKind.PoliceTransfer })
                list.Add(await documents.IssueAsync(company, kind, "陈强", default));
            list.Add(await documents.IssueAsync(person, DocumentKind.OnTheSpotDecision, "陈强", default));
            list.Add(await documents.IssueAsync(person, DocumentKind.Decision, "陈强", default));
            list.Add(await documents.IssueForClueAsync(clue, "陈强", default));
            await db.SaveChangesAsync();
            return list;
        });

        var page = await browser.LoginAsync(app.ServerAddress!, "casehandler");
        var shot = 88;
        foreach (var doc in issued)
        {
            var name = $"{shot++}-case-document-{doc.Kind.ToString().ToLowerInvariant()}{(doc.Kind == DocumentKind.Decision && doc.Html.Contains("身份证件号码", StringComparison.Ordinal) ? "-person" : "")}";
            var response = await page.GotoAsync($"/api/v1/cases/documents/{doc.Id}");
            Assert.Equal(200, response!.Status);
            Assert.Contains(doc.Number, await page.InnerTextAsync(".docno"), StringComparison.Ordinal);
            Assert.Equal(CaseSamples.Authority, (await page.InnerTextAsync(".authority")).Trim());
            // The CJK text is drawn with a CJK font, not tofu: the title is as wide as its characters at 22 pt.
            var titleWidth = await page.EvaluateAsync<double>("() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.title')); return r.getBoundingClientRect().width; }");
            Assert.True(titleWidth > 100, $"{name}: title width {titleWidth}");
            // Nothing overflows the sheet.
            var overflow = await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.sheet, .sheet table, .sheet td, .sheet p')].some(e => e.scrollWidth > e.clientWidth + 1)");
            Assert.False(overflow, $"{name}: content overflows");
            await Browser.ShotAsync(page, name);

            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
            await File.WriteAllBytesAsync(Path.Combine(Browser.ScreenshotDir, name + ".pdf"), pdf);
            Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
            Assert.True(pdf.Length > 20_000, $"{name}: PDF of {pdf.Length} bytes");
            var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
            Assert.InRange(pages, 1, 4);
        }
    }

    /// <summary>
    /// A demo case filed through 立案 against a registered entity: its 立案审批表 and 行政处罚决定书 print the register's
    /// 住所（主要经营场所）, the case page shows it and names the authority as the documents do, and the timeline names people
    /// (or 系统), never a login (screenshots 96a–96c).
    /// </summary>
    [Fact]
    public async Task A_filed_case_prints_the_registry_address_and_names_the_authority_like_its_page()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var (caseId, approvalId, decisionId) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var decisions = await db.Documents.AsNoTracking().Where(d => d.Kind == DocumentKind.Decision && d.CaseId != null).Select(d => new { d.Id, CaseId = d.CaseId!.Value }).ToListAsync();
            var cases = decisions.Select(d => d.CaseId).ToList();
            var withParty = await db.Cases.AsNoTracking().Where(c => cases.Contains(c.Id) && c.PartyKind == PartyKind.Organisation && c.ClueId != null)
                .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var approval = await db.Documents.AsNoTracking().Where(d => d.CaseId == withParty && d.Kind == DocumentKind.OpeningApproval).Select(d => d.Id).SingleAsync();
            return (withParty, approval, decisions.First(d => d.CaseId == withParty).Id);
        });

        var page = await browser.LoginAsync(app.ServerAddress!, "casehandler");
        Assert.Equal(200, (await page.GotoAsync($"/api/v1/cases/documents/{approvalId}"))!.Status);
        var authority = (await page.InnerTextAsync(".authority")).Trim();
        Assert.Matches("^济南市.+区市场监督管理局$", authority);
        var address = (await page.Locator("table.form tr", new() { HasText = "住所" }).Locator("td").First.InnerTextAsync()).Trim();
        Assert.Contains("济南市", address, StringComparison.Ordinal); // the register's 住所, not a blank cell
        var number = (await page.InnerTextAsync(".docno")).Trim();
        await Browser.ShotAsync(page, "96a-case-opening-approval-from-registry");

        Assert.Equal(200, (await page.GotoAsync($"/api/v1/cases/documents/{decisionId}"))!.Status);
        Assert.Equal(authority, (await page.InnerTextAsync(".authority")).Trim());
        Assert.Contains($"住所（主要经营场所）：{address}", await page.InnerTextAsync(".party"), StringComparison.Ordinal);
        Assert.Contains("法定代表人（负责人、经营者）：", await page.InnerTextAsync(".party"), StringComparison.Ordinal);
        Assert.StartsWith(number[..4], (await page.InnerTextAsync(".docno")).Trim(), StringComparison.Ordinal); // same 机关代字 (济历市监…)
        await Browser.ShotAsync(page, "96b-case-decision-from-registry");

        await Browser.OpenAsync(page, $"/cases/{caseId}");
        await Assertions.Expect(page.Locator("[data-testid=party-address]")).ToHaveTextAsync(address);
        Assert.StartsWith(authority, (await page.InnerTextAsync("[data-testid=authority]")).Trim(), StringComparison.Ordinal);
        Assert.Contains($"“{number[..2]}”", await page.InnerTextAsync("[data-testid=authority]"), StringComparison.Ordinal);
        var timeline = await page.InnerTextAsync("[data-testid=timeline]");
        Assert.DoesNotMatch("demo|system|chief|casehandler|inspector|legal", timeline);
        await Browser.ShotAsync(page, "96c-case-page-party-and-authority");
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
