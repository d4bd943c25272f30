using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Credit;

/// <summary>Risk classes through HTTP on the configured database: full recompute, incremental recompute, model versions.</summary>
public sealed class RiskApiTests
{
    private static int _source;

    private static CreditRecord Penalty(string uscc, string on, CreditField field = CreditField.General) => new()
    {
        Uscc = uscc,
        EntityName = "测试主体",
        DivisionCode = "370102",
        Kind = CreditRecordKind.Penalty,
        Field = field,
        SourceSystem = "zhijian.cases",
        SourceId = "济历市监罚〔2026〕" + Interlocked.Increment(ref _source) + "号",
        Authority = "济南市历下区市场监督管理局",
        Title = "行政处罚决定书",
        Content = "销售不符合标准的商品",
        DecidedOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture),
        Amount = 5000m,
        IsPublic = true,
        ReceivedAt = ZhijianApp.DefaultNow,
    };

    private static async Task<string> RegisterAsync(StaffClient registrar, string name)
    {
        var body = SampleEntities.Company(name);
        var created = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)body["uscc"]!;
    }

    [Fact]
    public async Task A_full_recompute_classifies_explains_and_warns_when_an_entity_worsens()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城鑫源商贸有限公司");
        var clean = await RegisterAsync(registrar, "济南历下清源咨询有限公司");
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            db.Records.AddRange(Penalty(uscc, "2026-03-10"), Penalty(uscc, "2024-12-01"), Penalty(uscc, "2022-01-05"));
            await db.SaveChangesAsync();
        });

        var run = await registrar.PostJsonAsync("/api/v1/credit/risk/recompute", new { });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var risk = await registrar.GetJsonAsync($"/api/v1/credit/entities/{uscc}/risk");

        Assert.Equal("B", risk.Str("class"));
        Assert.Equal(23m, risk.GetProperty("score").GetDecimal()); // two penalties in three years (18) + food retail (5)
        Assert.Equal("v1", risk.Str("modelVersion"));
        var factors = risk.GetProperty("factors").EnumerateArray().Select(f => (f.Str("name"), f.GetProperty("points").GetDecimal())).ToList();
        Assert.Equal([("近三年行政处罚2次", 18m), ("属于食品、药品、特种设备等重点监管行业", 5m)], factors);
        Assert.Equal("A", (await registrar.GetJsonAsync($"/api/v1/credit/entities/{clean}/risk")).Str("class"));

        var unknown = await registrar.GetAsync("/api/v1/credit/entities/91370102MA3C5U8X9R/risk");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("没有风险分类", (await unknown.ReadJsonAsync()).ProblemText(), StringComparison.Ordinal);

        var notRegistered = await registrar.PostJsonAsync("/api/v1/credit/entities/91370102MA3C5U8X9R/risk/recompute", new { });
        Assert.Equal(HttpStatusCode.NotFound, notRegistered.StatusCode);
        var inspector = await app.LoginAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostJsonAsync("/api/v1/credit/risk/recompute", new { })).StatusCode);
        Assert.Equal("B", (await inspector.GetJsonAsync($"/api/v1/credit/entities/{uscc}/risk")).Str("class"));

        var again = await (await registrar.PostJsonAsync("/api/v1/credit/risk/recompute", new { })).ReadJsonAsync();
        Assert.Equal(0, again.GetProperty("classified").GetInt32());
        Assert.Equal(0, again.GetProperty("changed").GetInt32());

        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            db.Listings.Add(new Listing
            {
                Key = $"3:11:2026-1:{uscc}",
                Uscc = uscc,
                EntityName = "济南泉城鑫源商贸有限公司",
                DivisionCode = "370102",
                List = CreditList.Serious,
                Ground = ListingGround.SeriousViolation,
                Status = ListingStatus.Listed,
                ListedOn = new DateOnly(2026, 11, 20),
                ProposedOn = new DateOnly(2026, 11, 10),
                ProposedBy = "registrar",
                Authority = "济南市历下区市场监督管理局",
                UpdatedAt = ZhijianApp.DefaultNow,
            });
            await db.SaveChangesAsync();
        });
        var third = await (await registrar.PostJsonAsync("/api/v1/credit/risk/recompute", new { })).ReadJsonAsync();

        Assert.Equal(1, third.GetProperty("changed").GetInt32());
        Assert.Equal("D", (await registrar.GetJsonAsync($"/api/v1/credit/entities/{uscc}/risk")).Str("class"));
        var warnings = await registrar.GetJsonAsync("/api/v1/credit/risk/warnings?days=30");
        var first = warnings[0];
        Assert.Equal(uscc, first.Str("uscc"));
        Assert.Equal("D", first.Str("class"));
        Assert.Equal("B", first.Str("previousClass"));
        var distribution = await registrar.GetJsonAsync("/api/v1/credit/risk/distribution");
        var county = distribution.GetProperty("counties").EnumerateArray().Single(c => c.Str("division") == "370102");
        Assert.Equal("历下区", county.Str("name"));
        Assert.Equal(1, county.GetProperty("d").GetInt32());
        Assert.True(county.GetProperty("total").GetInt32() >= 2);
        var page = await registrar.PageAsync("/credit/risk");
        Assert.Contains("企业信用风险分类", page, StringComparison.Ordinal);
        Assert.Contains("历下区", page, StringComparison.Ordinal);
        Assert.Contains(uscc, page, StringComparison.Ordinal); // on the early-warning list
        var history = await app.AsSystemAsync(sp => sp.GetRequiredService<CreditDbContext>().RiskHistory.CountAsync(h => h.Uscc == uscc));
        Assert.Equal(2, history);
        var bad = await registrar.GetAsync("/api/v1/credit/risk/warnings?days=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_record_accepted_reclassifies_that_entity_at_once_and_announces_the_change()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城惠民食品有限公司");
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            db.Records.AddRange(Penalty(uscc, "2026-10-10", CreditField.Food), Penalty(uscc, "2026-05-10", CreditField.Food));
            db.Publish(new CreditRecordAccepted(uscc, CreditRecordKind.Penalty, "zhijian.cases", "x"));
            await db.SaveChangesAsync();
        });

        HttpResponseMessage? response = null;
        for (var i = 0; i < 100; i++)
        {
            response = await registrar.GetAsync($"/api/v1/credit/entities/{uscc}/risk");
            if (response.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(100);
        }

        var risk = await response!.ReadJsonAsync();
        Assert.Equal("B", risk.Str("class"));
        Assert.Equal(31m, risk.GetProperty("score").GetDecimal()); // 18 + 5 (food retail) + 2 × 4 (food field)
        var announced = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages
            .CountAsync(m => m.Type == "credit.risk-class-changed" && m.Payload.Contains(uscc)));
        Assert.Equal(1, announced);
        var cls = await app.AsSystemAsync(sp => sp.GetRequiredService<ICreditQueries>().RiskClassAsync(uscc, CancellationToken.None));
        Assert.Equal(RiskClass.B, cls);
        Assert.Equal((false, false), await app.AsSystemAsync(sp => sp.GetRequiredService<ICreditQueries>().ListedAsync(uscc, CancellationToken.None)));
    }

    [Fact]
    public async Task An_administrator_saves_a_new_model_version_and_overlapping_thresholds_are_refused_with_nothing_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var current = await admin.GetJsonAsync("/api/v1/credit/risk/model");
        Assert.Equal("v1", current.Str("version"));
        var json = current.ToString().Replace("\"version\":\"v1\"", "\"version\":\"v2\"", StringComparison.Ordinal);

        var overlapping = json.Replace("\"B\":15", "\"B\":45", StringComparison.Ordinal).Replace("\"C\":35", "\"C\":40", StringComparison.Ordinal);
        var refused = await admin.Http.PutAsync("/api/v1/credit/risk/model", new StringContent(overlapping, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("thresholds.C：C 类下限（40）必须高于 B 类下限（45）", (await refused.ReadJsonAsync()).ProblemText(), StringComparison.Ordinal);
        Assert.Equal(1, await app.AsSystemAsync(sp => sp.GetRequiredService<CreditDbContext>().RiskModels.CountAsync()));

        var registrar = await app.LoginAsync("registrar");
        var forbidden = await registrar.Http.PutAsync("/api/v1/credit/risk/model", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var saved = await admin.Http.PutAsync("/api/v1/credit/risk/model",
            new StringContent(json.Replace("\"D\":60", "\"D\":55", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var now = await admin.GetJsonAsync("/api/v1/credit/risk/model");
        Assert.Equal("v2", now.Str("version"));
        Assert.Equal(55, now.GetProperty("thresholds").GetProperty("D").GetInt32());
        var twice = await admin.Http.PutAsync("/api/v1/credit/risk/model", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }
}
