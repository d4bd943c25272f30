using System.Net;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Credit;

public sealed class PublicCreditPageTests
{
    private static object Penalty(string uscc, string no, string decidedOn, string kinds, decimal? amount = null, string? withdrawnOn = null) => new
    {
        uscc,
        kind = "Penalty",
        sourceSystem = "jinan-cases",
        sourceId = no,
        authority = "济南市历下区市场监督管理局",
        documentNo = no,
        title = "违法行为" + no,
        decidedOn,
        amount,
        penaltyKinds = kinds,
        withdrawnOn,
    };

    [Fact]
    public async Task The_public_page_shows_penalties_inside_their_period_only_and_no_personal_data()
    {
        await using var app = await ZhijianApp.StartAsync(); // today 2026-11-23
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        foreach (var p in new[]
        {
            Penalty(uscc, "济历市监罚〔2023〕1号", "2023-01-10", "罚款", 50000),        // 3 years: ended 2026-01-09
            Penalty(uscc, "济历市监罚〔2026〕2号", "2026-03-10", "罚款；没收违法所得", 20000), // public until 2029-03-09
            Penalty(uscc, "济历市监罚〔2026〕3号", "2026-03-10", "通报批评"),               // 3 months: ended 2026-06-09
            Penalty(uscc, "济历市监罚〔2026〕4号", "2026-10-10", "警告"),                   // a warning alone is never published
            Penalty(uscc, "济历市监罚〔2026〕5号", "2026-04-01", "罚款", 30000, "2026-05-01"), // withdrawn
        })
        {
            var sent = await registrar.PostJsonAsync("/api/v1/credit/records", p);
            Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        }

        var page = await app.Anonymous().GetAsync($"/gs/credit/{uscc}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("济南泉城鑫源商贸有限公司", html);
        Assert.Contains("济历市监罚〔2026〕2号", html);
        Assert.Contains("2029-03-09", html);
        Assert.DoesNotContain("济历市监罚〔2023〕1号", html);
        Assert.DoesNotContain("济历市监罚〔2026〕3号", html);
        Assert.DoesNotContain("济历市监罚〔2026〕4号", html);
        Assert.DoesNotContain("济历市监罚〔2026〕5号", html);
        Assert.DoesNotContain("11010519491231002X", html); // legal representative's ID number
        Assert.DoesNotContain("1101", html);               // not even masked
        Assert.DoesNotContain("13812345678", html);
        Assert.DoesNotContain("138****5678", html);
        Assert.Contains("王建华", html);                    // a company's legal representative is public register data
    }

    [Fact]
    public async Task The_public_finds_entities_by_name_or_code_but_never_by_a_persons_name()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);
        var visitor = app.Anonymous();

        var byName = await visitor.GetStringAsync("/gs/credit?q=" + Uri.EscapeDataString("鑫源"));
        var byCode = await visitor.GetStringAsync("/gs/credit?q=" + uscc);
        var byPerson = await visitor.GetStringAsync("/gs/credit?q=" + Uri.EscapeDataString("王建华"));
        var missing = await visitor.GetAsync("/gs/credit/" + SampleEntities.NewUscc());

        Assert.Contains($"/gs/credit/{uscc}", byName);
        Assert.Contains($"/gs/credit/{uscc}", byCode);
        Assert.DoesNotContain(uscc, byPerson);
        Assert.Contains("没有找到", byPerson);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_individual_business_operator_is_masked_on_the_public_page()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var shop = SampleEntities.Company("济南市历下区李记粮油店", uscc: SampleEntities.NewUscc(type: '2'));
        shop["type"] = "IndividualBusiness";
        shop["legalRep"] = "李秀英";
        var created = await registrar.PostJsonAsync("/api/v1/entities", shop);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());

        var html = await app.Anonymous().GetStringAsync($"/gs/credit/{shop["uscc"]}");

        Assert.Contains("李**", html);
        Assert.DoesNotContain("李秀英", html);
        Assert.Contains("经营者", html);
    }
}
