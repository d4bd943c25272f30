using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Credit;

public sealed class RecordsTests
{
    private static readonly DateOnly Decided = new(2026, 3, 10);

    [Theory]
    [InlineData("警告", null, 0, false, null)]                                // a warning alone is not published
    [InlineData("通报批评", null, 0, true, "2026-06-09")]                      // 3 months
    [InlineData("罚款", 800, 1000, true, "2026-06-09")]                       // "low" fine under the province's threshold
    [InlineData("罚款", 800, 0, true, "2029-03-09")]                          // no threshold set: 3 years
    [InlineData("警告；罚款", 5000, 1000, true, "2029-03-09")]
    [InlineData("罚款、没收违法所得", 800, 1000, true, "2029-03-09")]          // confiscation is never "low"
    public void Penalty_disclosure_period(string kinds, int? amount, int lowFine, bool isPublic, string? until)
    {
        var (p, u) = DisclosureRules.Period(CreditRecordKind.Penalty, Decided, DisclosureRules.SplitKinds(kinds), amount, lowFine, 3, 3);

        Assert.Equal(isPublic, p);
        Assert.Equal(until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), u);
    }

    [Theory]
    [InlineData(CreditRecordKind.Licensing, true)]
    [InlineData(CreditRecordKind.EquityPledge, true)]
    [InlineData(CreditRecordKind.Complaint, false)]
    public void Other_records_are_public_without_end_except_complaints(CreditRecordKind kind, bool isPublic)
    {
        var (p, u) = DisclosureRules.Period(kind, Decided, [], null, 0, 3, 3);

        Assert.Equal(isPublic, p);
        Assert.Null(u);
    }

    private static object Penalty(string uscc, string sourceId, string kinds = "罚款", decimal amount = 20000m, string title = "销售过期食品") => new
    {
        uscc,
        kind = "Penalty",
        field = "Food",
        sourceSystem = "jinan-cases",
        sourceId,
        authority = "济南市历下区市场监督管理局",
        documentNo = "济历市监罚〔2026〕" + sourceId + "号",
        title,
        content = "当事人销售超过保质期的食品",
        decidedOn = "2026-03-10",
        amount,
        penaltyKinds = kinds,
    };

    [Fact]
    public async Task A_department_sends_a_penalty_twice_and_it_is_stored_and_published_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        var department = await app.ApiClientAsync("370100", "credit.write");

        var first = await department.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "P-001"));
        var again = await department.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "P-001"));
        var changed = await department.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "P-001", amount: 25000m));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.ReadJsonAsync()).Str("outcome"));
        Assert.Equal("updated", (await changed.ReadJsonAsync()).Str("outcome"));
        var list = await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}");
        var record = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(25000m, record.GetProperty("amount").GetDecimal());
        Assert.Equal("2029-03-09", record.Str("publicUntil"));
        Assert.True(record.GetProperty("publicToday").GetBoolean());

        var reader = await app.ApiClientAsync("370100", "credit.read");
        var feed = await reader.GetJsonAsync("/api/v1/credit/events?after=0");
        var entry = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("penalty.published", entry.Str("kind"));
        Assert.Equal(uscc, entry.Str("uscc"));
        var next = feed.GetProperty("next").GetInt64();
        Assert.Empty((await reader.GetJsonAsync($"/api/v1/credit/events?after={next}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_withdrawn_decision_leaves_disclosure_and_the_feed_says_so()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城华泰商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);

        await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "P-002"));
        var withdrawn = JsonSerializer.SerializeToNode(Penalty(uscc, "P-002"))!.AsObject();
        withdrawn["withdrawnOn"] = "2026-05-06";
        Assert.Equal(HttpStatusCode.OK, (await registrar.PostJsonAsync("/api/v1/credit/records", withdrawn)).StatusCode);

        var record = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items")[0];
        Assert.False(record.GetProperty("publicToday").GetBoolean());
        var kinds = (await registrar.GetJsonAsync("/api/v1/credit/events")).GetProperty("items").EnumerateArray().Select(x => x.Str("kind"));
        Assert.Equal(["penalty.published", "penalty.withdrawn"], kinds);
    }

    [Fact]
    public async Task A_record_for_an_unregistered_entity_waits_in_quarantine_and_joins_when_the_entity_is_registered()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城恒信商贸有限公司");
        var uscc = (string)company["uscc"]!;

        var sent = await registrar.PostJsonAsync("/api/v1/credit/records", Penalty(uscc, "P-003"));

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Contains("市场主体库中没有", (await sent.ReadJsonAsync()).Str("reason"));
        var waiting = Assert.Single((await registrar.GetJsonAsync("/api/v1/credit/quarantine")).EnumerateArray());
        Assert.Equal(uscc, waiting.Str("uscc"));

        await registrar.PostJsonAsync("/api/v1/entities", company);

        JsonElement items = default;
        for (var i = 0; i < 100; i++) // the registration event reaches the credit module through the outbox
        {
            items = (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("items");
            if (items.GetArrayLength() > 0) break;
            await Task.Delay(100);
        }

        Assert.Equal("P-003", Assert.Single(items.EnumerateArray()).Str("sourceId"));
        Assert.Empty((await registrar.GetJsonAsync("/api/v1/credit/quarantine")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_records_are_refused_field_by_field_and_a_bad_batch_writes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城永盛商贸有限公司");
        var uscc = (string)company["uscc"]!;
        await registrar.PostJsonAsync("/api/v1/entities", company);

        var bad = await registrar.PostJsonAsync("/api/v1/credit/records", new
        {
            uscc = uscc[..17] + (uscc[17] == '0' ? '1' : '0'),
            kind = "Penalty",
            sourceSystem = "jinan-cases",
            sourceId = "X",
            authority = "济南市历下区市场监督管理局",
            title = "",
            decidedOn = "2027-01-01",
            publicUntil = "2026-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = (await bad.ReadJsonAsync()).ProblemText();
        Assert.Contains("统一社会信用代码", text);
        Assert.Contains("记录标题不能为空", text);
        Assert.Contains("晚于今天", text);
        Assert.Contains("公示截止日", text);
        Assert.Contains("处罚种类", text);

        var batch = await registrar.PostJsonAsync("/api/v1/credit/records/batch", new object[]
        {
            Penalty(uscc, "B-1"), Penalty(uscc, "B-2"), Penalty(uscc, "B-1"),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, batch.StatusCode);
        Assert.Contains("与第 1 条的来源编号重复", (await batch.ReadJsonAsync()).ProblemText());
        var count = await app.AsSystemAsync(sp => sp.GetRequiredService<CreditDbContext>().Records.CountAsync());
        Assert.Equal(0, count);

        var good = await registrar.PostJsonAsync("/api/v1/credit/records/batch", new object[] { Penalty(uscc, "B-1"), Penalty(uscc, "B-2") });
        Assert.Equal(2, (await good.ReadJsonAsync()).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Only_clients_with_the_credit_scope_may_send_records()
    {
        await using var app = await ZhijianApp.StartAsync();
        var other = await app.ApiClientAsync("370100", "entities.read");

        var response = await other.PostJsonAsync("/api/v1/credit/records", Penalty(SampleEntities.NewUscc(), "S-1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
