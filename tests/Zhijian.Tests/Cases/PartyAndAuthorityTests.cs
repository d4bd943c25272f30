using System.Text.Json;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Complaints;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Cases.CaseTestKit;

namespace Zhijian.Tests.Cases;

/// <summary>
/// A case against a registered entity: its 住所 and phone come from the registry at 立案 and stay as filed; the deciding
/// authority and its 机关代字 read the same on the case page data, the documents and the credit module's decisions.
/// </summary>
public sealed class PartyAndAuthorityTests
{
    private const string Registered = "山东省济南市历下区泉城路 188 号"; // SampleEntities.Company
    private const string Authority = "济南市历下区市场监督管理局";

    /// <summary>立案 with only what the registry cannot know: no address, phone or representative typed in.</summary>
    private static object OpenWithoutParty(string uscc) => new
    {
        causeOfAction = "涉嫌经营标签不符合规定的食品",
        partyKind = "Organisation",
        partyName = "济南泉城消费电子有限公司",
        uscc,
        field = "Food",
        officers = new[] { "casehandler", "inspector" },
        leadOfficer = "casehandler",
        conductEndedOn = new DateOnly(2026, 11, 20),
        primaFacie = true,
        penaltyDue = true,
        ourJurisdiction = true,
    };

    private static async Task<string> DocumentAsync(StaffClient client, JsonElement detail, string kind)
    {
        var doc = detail.GetProperty("documents").EnumerateArray().Single(d => d.Str("kind") == kind);
        var response = await client.GetAsync($"/api/v1/cases/documents/{doc.GetProperty("id").GetInt64()}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_registry_address_phone_and_representative_fill_the_case_and_its_documents_and_stay_as_filed()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await ComplaintTestKit.RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var clue = await ClueAsync(chief, uscc);
        var id = (await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/open", OpenWithoutParty(uscc))).ExpectAsync()).GetInt64();

        // The registry changes its address later: the case (a legal record) keeps what it was filed with.
        var registrar = await app.LoginAsync("registrar");
        var changed = SampleEntities.Company("济南泉城消费电子有限公司", uscc: uscc);
        changed["registeredAddress"] = "山东省济南市历下区经十路 9999 号";
        (await registrar.PutJsonAsync($"/api/v1/entities/{uscc}", changed)).EnsureSuccessStatusCode();

        var handler = await app.LoginAsync("casehandler");
        var detail = await handler.GetJsonAsync($"/api/v1/cases/{id}");
        Assert.Equal(Registered, detail.Str("partyAddress")); // an organisation's 住所 is public register information: in full
        Assert.Equal("138****5678", detail.Str("partyPhone")); // a phone is masked on the page
        Assert.Equal("王建华", detail.GetProperty("case").Str("representative"));

        var approval = await DocumentAsync(handler, detail, "OpeningApproval");
        Assert.Contains($"<th>住所</th><td>{Registered}</td><th>联系电话</th><td>13812345678</td>", approval, StringComparison.Ordinal);
        Assert.Contains("<th>法定代表人</th><td>王建华</td>", approval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authority_and_its_abbreviation_are_the_same_on_the_case_page_its_documents_and_a_credit_decision()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await ComplaintTestKit.RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var id = await OpenCaseAsync(chief, uscc);
        var detail = await chief.GetJsonAsync($"/api/v1/cases/{id}");

        Assert.Equal(Authority, detail.Str("authority"));
        Assert.Equal("济历", detail.Str("abbreviation"));
        var approval = await DocumentAsync(chief, detail, "OpeningApproval");
        Assert.Contains($"<div class=\"authority\">{Authority}</div>", approval, StringComparison.Ordinal);
        Assert.StartsWith("济历市监", detail.GetProperty("case").Str("number"), StringComparison.Ordinal);
        Assert.DoesNotContain("山东省", approval, StringComparison.Ordinal);

        // The same bureau lists the same entity in the abnormal-operation list: same name, same 机关代字.
        var registrar = await app.LoginAsync("registrar");
        var listed = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "实地核查，登记住所无该企业，电话无法接通" });
        Assert.Equal(System.Net.HttpStatusCode.Created, listed.StatusCode);
        var listing = await listed.ReadJsonAsync();
        Assert.Equal(Authority, listing.Str("authority"));
        Assert.StartsWith("济历市监异列〔", listing.Str("decisionNo"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_abbreviation_is_derived_from_the_org_tree_in_one_place()
    {
        IReadOnlyList<OrgUnitEntry> units =
        [
            new(1, "山东省市场监督管理局", OrgUnitKind.Province, null),
            new(2, "济南市市场监督管理局", OrgUnitKind.City, 1),
            new(3, "济南市历下区市场监督管理局", OrgUnitKind.County, 2),
            new(4, "历下区泉城路市场监管所", OrgUnitKind.Station, 3),
        ];
        Assert.Equal(["鲁", "济", "济历", "济历"], units.Select(u => AuthorityNames.Abbreviation(units, u.Id, u.Name)));
    }
}
