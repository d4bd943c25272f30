using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Metrology.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Metrology;

/// <summary>
/// The metrology module through HTTP, on both databases (app clock 2026-11-23): the demo's register, a household water meter falling
/// due and then overdue, on the public replacement list without the household's name; a verification body's results (unregistered
/// instrument refused, idempotent by certificate, late against the promised date), a failed dispenser's case clue; a 民生计量 check
/// with its working-day 整改 deadline across 中秋·国庆 and a failed re-check; net-content bad input.
/// </summary>
public sealed class MetrologyFlowTests
{
    private static Task<T> Db<T>(ZhijianApp app, Func<MetrologyDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<MetrologyDbContext>()));

    private static async Task<HttpResponseMessage> PostIdempotentAsync(HttpClient client, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Register_verify_fall_due_and_check_through_the_api()
    {
        await using var app = await ZhijianApp.StartAsync();

        // The demo (0-entity registry): a few hundred instruments, one failed dispenser in use, overdue ones, a body, a year of checks.
        Assert.Equal(300, await Db(app, db => db.Instruments.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(1, await Db(app, db => db.Instruments.IgnoreQueryFilters().CountAsync(i => i.LastPassed == false)));
        Assert.Equal(72, await Db(app, db => db.Checks.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(24, await Db(app, db => db.PackageChecks.IgnoreQueryFilters().CountAsync()));
        var admin = await app.LoginAsync("admin");
        Assert.True((await admin.GetJsonAsync("/api/v1/metro/instruments?view=overdue")).GetProperty("total").GetInt32() > 0);

        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城加油站有限公司");
        await (await registrar.PostJsonAsync("/api/v1/entities", company)).ExpectAsync(HttpStatusCode.Created);
        var uscc = (string)company["uscc"]!;
        var before = await Db(app, db => db.Instruments.IgnoreQueryFilters().CountAsync());

        // Bad input: unknown kind, a water meter without DN — 400 naming the field, nothing written.
        var bad = await (await registrar.PostJsonAsync("/api/v1/metro/instruments", new { kind = "电子血糖仪", serialNo = "X1", household = true, ownerName = "张三丰", divisionCode = "370102", address = "济南市历下区泉城路1号" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("器具种类", bad, StringComparison.Ordinal);
        var noSize = await (await registrar.PostJsonAsync("/api/v1/metro/instruments", new { kind = "水表", serialNo = "X1", household = true, ownerName = "张三丰", divisionCode = "370102", address = "济南市历下区泉城路1号" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("公称口径", noSize, StringComparison.Ordinal);
        Assert.Equal(before, await Db(app, db => db.Instruments.IgnoreQueryFilters().CountAsync()));

        // A household water meter DN20 first verified 2020-12-10: six years → replace by 2026-12-10, due soon on 2026-11-23.
        var meter = await (await registrar.PostJsonAsync("/api/v1/metro/instruments", new
        {
            kind = "水表",
            size = 20,
            serialNo = "SB2020TEST01",
            household = true,
            ownerName = "张三丰",
            divisionCode = "370102",
            address = "济南市历下区泉城路12号3号楼2单元301室",
            filedOn = "2020-12-15",
            firstVerifiedOn = "2020-12-10",
            certificateNo = "SB2020-TEST-01",
        })).ExpectAsync(HttpStatusCode.Created);
        var meterId = meter.GetProperty("id").GetInt64();
        Assert.Equal("2026-12-10", meter.Str("dueOn"));
        Assert.Equal("即将到期", meter.Str("state"));
        Assert.Equal("居民用户 张**", meter.Str("owner"));
        // At rest the household's name is masked; the full name only encrypted.
        var stored = await Db(app, db => db.Instruments.IgnoreQueryFilters().SingleAsync(i => i.Id == meterId));
        Assert.Equal("张**", stored.OwnerName);
        Assert.DoesNotContain("张三丰", stored.OwnerNameProtected!, StringComparison.Ordinal);
        Assert.Equal("张三丰", app.Services.GetRequiredService<Zhijian.Platform.Privacy.PersonalData>().Unprotect(stored.OwnerNameProtected));
        var soon = await admin.GetJsonAsync("/api/v1/metro/instruments?view=due-soon&division=370102&size=200");
        Assert.Contains(soon.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == meterId);

        // The public quarterly list of 历下区 shows it as 居民用户 at street level, never the name.
        var pub = app.Anonymous();
        var list = await (await pub.GetAsync("/api/v1/public/metro/replacements?county=370102&quarter=2026Q4&size=200")).ExpectAsync();
        var row = list.GetProperty("items").EnumerateArray().Single(r => r.Str("serialNo") == "SB2020TEST01");
        Assert.Equal("居民用户", row.Str("owner"));
        Assert.Equal("济南市历下区泉城路", row.Str("address"));
        Assert.Equal("2026-12-10", row.Str("replaceBy"));
        Assert.DoesNotContain("张三丰", list.GetRawText(), StringComparison.Ordinal);
        var page = await pub.GetStringAsync("/gs/metro/replacements?county=370102&quarter=2026Q4");
        Assert.Contains("SB2020TEST01", page, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", page, StringComparison.Ordinal);
        await (await pub.GetAsync("/api/v1/public/metro/replacements?county=abc")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        // A fuel dispenser of the company, verified 2026-05-31: six months → next verification 2026-11-30.
        var dispenser = await (await registrar.PostJsonAsync("/api/v1/metro/instruments", new
        {
            kind = "fuel-dispenser",
            serialNo = "JY2026TEST01",
            ownerUscc = uscc,
            divisionCode = "370102",
            address = "济南市历下区经十路100号加油站",
            firstVerifiedOn = "2026-05-31",
            certificateNo = "JY2026-TEST-01",
        })).ExpectAsync(HttpStatusCode.Created);
        var dispenserId = dispenser.GetProperty("id").GetInt64();
        Assert.Equal("2026-11-30", dispenser.Str("dueOn"));

        // A verification body with its API client.
        var body = await (await admin.PostJsonAsync("/api/v1/metro/bodies", new
        {
            name = "济南测试计量检定所",
            uscc = Uscc.Build('1', '2', "370100", "MB990021"),
            authorisationNo = "（鲁）法计（2024）01099",
            kinds = new[] { "燃油加油机", "水表" },
        })).ExpectAsync(HttpStatusCode.Created);
        var client = await (await admin.PostJsonAsync($"/api/v1/metro/bodies/{body.GetProperty("id").GetInt64()}/client", new { })).ExpectAsync();
        var verifier = app.Anonymous();
        verifier.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));

        var results = await Db(app, db => db.Verifications.IgnoreQueryFilters().CountAsync());
        var unregistered = await (await PostIdempotentAsync(verifier, "/api/v1/metro/verifications", new
        {
            serialNo = "JY-NOT-THERE",
            ownerUscc = uscc,
            verifiedOn = "2026-11-20",
            conclusion = "合格",
            certificateNo = "JD2026-X-0001",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("器具", unregistered, StringComparison.Ordinal);
        Assert.Equal(results, await Db(app, db => db.Verifications.IgnoreQueryFilters().CountAsync()));

        // Verified on 2026-11-20 (on time for 2026-11-30) but after the promised 2026-11-10 → flagged: the body verifies free.
        var post = new
        {
            serialNo = "JY2026TEST01",
            ownerUscc = uscc,
            verifiedOn = "2026-11-20",
            conclusion = "合格",
            certificateNo = "JD2026-X-0002",
            requestedOn = "2026-11-01",
            promisedOn = "2026-11-10",
        };
        var v1 = await (await PostIdempotentAsync(verifier, "/api/v1/metro/verifications", post)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("2027-05-20", v1.Str("nextDueOn"));
        Assert.True(v1.GetProperty("onTime").GetBoolean());
        Assert.True(v1.GetProperty("late").GetBoolean());
        var v2 = await (await PostIdempotentAsync(verifier, "/api/v1/metro/verifications", post)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(v1.GetProperty("id").GetInt64(), v2.GetProperty("id").GetInt64());
        Assert.Equal(results + 1, await Db(app, db => db.Verifications.IgnoreQueryFilters().CountAsync()));

        // It fails its next verification and stays in use → failed list, case clue once.
        await (await PostIdempotentAsync(verifier, "/api/v1/metro/verifications", new
        {
            instrumentId = dispenserId,
            verifiedOn = "2026-11-23",
            conclusion = "不合格",
            certificateNo = "JD2026-X-0003",
        })).ExpectAsync(HttpStatusCode.Created);
        var failed = await admin.GetJsonAsync("/api/v1/metro/instruments?view=failed&size=200");
        Assert.Contains(failed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == dispenserId);
        var inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"/api/v1/metro/instruments/{dispenserId}/clue", new { })).ExpectAsync();
        await (await inspector.PostJsonAsync($"/api/v1/metro/instruments/{dispenserId}/clue", new { })).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await app.AsSystemAsync(sp => sp.GetRequiredService<MetrologyDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Type == "metro.case-clue" && m.Payload.Contains("JY2026TEST01"))));

        // 民生计量: a fuel station with one dispenser at +0.31 % fails on 2026-09-22; 15 working days across 中秋 and 国庆 → 2026-10-20.
        var check = await (await inspector.PostJsonAsync("/api/v1/metro/checks", new
        {
            place = "加油站",
            targetUscc = uscc,
            divisionCode = "370102",
            address = "济南市历下区经十路100号",
            checkedOn = "2026-09-22",
            inspectors = "李明、王强",
            items = new object[]
            {
                new { name = "1号加油机", verified = true, errorPercent = 0.30m },
                new { name = "2号加油机", verified = true, errorPercent = 0.31m },
            },
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Equal("2026-10-20", check.Str("rectifyBy"));
        Assert.Equal("逾期未复查", check.Str("state"));
        var checkId = check.GetProperty("id").GetInt64();
        var recheck = await (await inspector.PostJsonAsync($"/api/v1/metro/checks/{checkId}/recheck", new { on = "2026-11-20", passed = false, note = "2号加油机仍超差" })).ExpectAsync();
        Assert.Equal("复查仍不合格", recheck.Str("state"));
        Assert.True(recheck.GetProperty("clueSent").GetBoolean());
        var market = await (await inspector.PostJsonAsync("/api/v1/metro/checks", new
        {
            place = "集贸市场",
            targetUscc = uscc,
            divisionCode = "370102",
            address = "济南市历下区经十路100号",
            checkedOn = "2026-11-23",
            inspectors = "李明、王强",
            items = new object[] { new { name = "公平秤", verified = true, accurate = true } },
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("公平秤", market, StringComparison.Ordinal);

        // 定量包装: batch 40 needs 10 samples; 9 given → 400 naming the samples, nothing written; 10 given → judged.
        var packages = await Db(app, db => db.PackageChecks.IgnoreQueryFilters().CountAsync());
        var nine = Enumerable.Repeat(502m, 9).ToArray();
        var wrong = await (await inspector.PostJsonAsync("/api/v1/metro/package-checks", new
        {
            targetUscc = uscc,
            divisionCode = "370102",
            productName = "挂面",
            nominal = 500m,
            unit = "g",
            batchSize = 40,
            samples = nine,
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("样本", wrong, StringComparison.Ordinal);
        Assert.Equal(packages, await Db(app, db => db.PackageChecks.IgnoreQueryFilters().CountAsync()));
        var judged = await (await inspector.PostJsonAsync("/api/v1/metro/package-checks", new
        {
            targetUscc = uscc,
            divisionCode = "370102",
            productName = "挂面",
            nominal = 500m,
            unit = "g",
            batchSize = 40,
            samples = nine.Append(484m).ToArray(),
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.False(judged.GetProperty("passed").GetBoolean());
        Assert.Equal(1, judged.GetProperty("overT").GetInt32());

        // Time passes: on 2026-12-11 the meter is overdue and on the to-do list; replaced that day, it leaves the public list.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.FromHours(8)));
        admin = await app.LoginAsync("admin"); // the sessions of 23 November have expired
        inspector = await app.LoginAsync("inspector");
        registrar = await app.LoginAsync("registrar");
        var overdue = await admin.GetJsonAsync("/api/v1/metro/instruments?view=overdue&kind=水表&division=370102&size=200");
        Assert.Equal("已超期", overdue.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == meterId).Str("state"));
        var todos = await inspector.GetJsonAsync("/api/v1/todo");
        Assert.Contains("/metro/instruments?view=overdue", todos.GetRawText(), StringComparison.Ordinal);
        var replaced = await (await registrar.PostJsonAsync($"/api/v1/metro/instruments/{meterId}/status", new { status = "报废" })).ExpectAsync();
        Assert.Equal("2026-12-11", replaced.Str("replacedOn"));
        var after = await (await pub.GetAsync("/api/v1/public/metro/replacements?county=370102&quarter=2026Q4&size=200")).ExpectAsync();
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), r => r.Str("serialNo") == "SB2020TEST01");
    }
}
