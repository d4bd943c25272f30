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

    [Fact]
    public async Task The_public_page_is_served_from_memory_until_the_entitys_register_or_credit_records_change()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        Assert.True((await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "济历市监罚〔2026〕2号", "2026-03-10", "罚款", 20000))).IsSuccessStatusCode);
        var visitor = app.Anonymous();
        var url = $"/gs/credit/{uscc}";

        var first = await visitor.GetAsync(url);
        var second = await visitor.GetAsync(url);
        var otherVisitor = await app.Anonymous().GetAsync(url);

        // Rendered once, then from memory: the same representation (ETag), with its age; public, revalidated; no cookie.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("济历市监罚〔2026〕2号", await first.Content.ReadAsStringAsync());
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Headers.ETag, otherVisitor.Headers.ETag);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal("public, no-cache", second.Headers.CacheControl?.ToString());
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.False(otherVisitor.Headers.Contains("Set-Cookie"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await otherVisitor.Content.ReadAsStringAsync());

        // A browser's reload names what it has: 304, no body.
        using var reload = new HttpRequestMessage(HttpMethod.Get, url);
        reload.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await visitor.SendAsync(reload);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("public, no-cache", notModified.Headers.CacheControl?.ToString());

        // Signed-in staff are never served from (or stored in) the cache.
        var staff = await registrar.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Null(staff.Headers.Age);
        Assert.NotEqual(first.Headers.ETag, staff.Headers.ETag);

        // A new credit record (credit.record-accepted) and a change of the register (entities.changed) drop the cached page
        // when they commit: the next visit, right after the answer, renders it anew (not a minute later).
        Assert.True((await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "济历市监罚〔2026〕7号", "2026-09-01", "罚款", 8000))).IsSuccessStatusCode);
        var afterRecord = await visitor.GetAsync(url);
        Assert.Null(afterRecord.Headers.Age);
        Assert.Contains("济历市监罚〔2026〕7号", await afterRecord.Content.ReadAsStringAsync());
        company["registeredAddress"] = "山东省济南市历下区经十路 11111 号";
        company["legalRepId"] = null;
        var changed = await registrar.PutJsonAsync($"/api/v1/entities/{uscc}", company);
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        Assert.Contains("经十路 11111 号", await visitor.GetStringAsync(url));

        // Another entity's change leaves this page in memory.
        var other = SampleEntities.Company("济南泉城另一家商贸有限公司");
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", other)).StatusCode);
        await visitor.GetAsync(url);
        var otherRecord = await registrar.PostJsonAsync("/api/v1/credit/records", Penalty((string)other["uscc"]!, "济历市监罚〔2026〕8号", "2026-09-02", "罚款", 5000));
        Assert.True(otherRecord.IsSuccessStatusCode, await otherRecord.Content.ReadAsStringAsync());
        Assert.NotNull((await visitor.GetAsync(url)).Headers.Age);
    }
}
