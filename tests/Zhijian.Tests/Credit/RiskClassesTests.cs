using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Features.Risk;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>ICreditQueries.RiskClassesAsync over the demo registry's classes (draw stratification).</summary>
public sealed class RiskClassesTests
{
    [Fact]
    public async Task Every_class_comes_once_in_byte_wise_order_inside_the_jurisdiction()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500, services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        string[] codes = [Uscc.Build('9', '1', "370102", "HY000001"), Uscc.Build('9', '1', "370102", "CH000001")];
        foreach (var (uscc, i) in codes.Select((c, i) => (c, i)))
        {
            var body = SampleEntities.Company($"济南泉城分类{i}商贸有限公司", uscc: uscc);
            Assert.Equal(System.Net.HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", body)).StatusCode);
            await app.AsSystemAsync(sp => sp.GetRequiredService<RiskRecompute>().OneAsync(uscc, default));
        }

        await LinguisticCollation.ApplyAsync(app.Database, "credit", "risk_assessments", "Uscc", 18);
        var stored = await app.AsSystemAsync(async sp => await sp.GetRequiredService<CreditDbContext>().Risks.AsNoTracking()
            .Select(r => new { r.Uscc, r.Class, r.DivisionCode }).ToListAsync());

        var all = await app.AsSystemAsync(sp => EntityLibraryFixture.ListAsync(sp.GetRequiredService<ICreditQueries>().RiskClassesAsync(default)));
        var county = await AsCountyAsync(app, "370112", q => EntityLibraryFixture.ListAsync(q.RiskClassesAsync(default)));
        var one = await app.AsSystemAsync(sp => sp.GetRequiredService<ICreditQueries>().RiskClassAsync(codes[1], default));

        Assert.True(stored.Count > 600, $"{stored.Count} classified");
        Assert.Equal(stored.OrderBy(r => r.Uscc, StringComparer.Ordinal).Select(r => new EntityRiskClass(r.Uscc, r.Class)), all);
        Assert.True(all.FindIndex(r => r.Uscc == codes[1]) < all.FindIndex(r => r.Uscc == codes[0])); // "…CH…" < "…HY…"
        Assert.Equal(one, all.Single(r => r.Uscc == codes[1]).Class);
        var inCounty = stored.Where(r => r.DivisionCode.StartsWith("370112", StringComparison.Ordinal)).OrderBy(r => r.Uscc, StringComparer.Ordinal)
            .Select(r => new EntityRiskClass(r.Uscc, r.Class)).ToList();
        Assert.NotEmpty(inCounty);
        Assert.Equal(inCounty, county);
    }

    [Fact]
    public async Task Concurrent_first_recomputes_of_one_entity_store_one_class_and_one_history_row()
    {
        // CI once lost this race: a listing's handler and a direct recompute both inserted the entity's first class.
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var body = SampleEntities.Company($"济南泉城并发{i}商贸有限公司");
            Assert.Equal(System.Net.HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", body)).StatusCode);
            codes.Add((string)body["uscc"]!);
        }

        var results = await Task.WhenAll(codes.SelectMany(uscc => Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => app.AsSystemAsync(sp => sp.GetRequiredService<RiskRecompute>().OneAsync(uscc, default))))));

        Assert.All(results, Assert.NotNull);
        var (risks, history) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            return (await db.Risks.AsNoTracking().Where(r => codes.Contains(r.Uscc)).Select(r => r.Uscc).ToListAsync(),
                await db.RiskHistory.AsNoTracking().Where(r => codes.Contains(r.Uscc)).Select(r => r.Uscc).ToListAsync());
        });
        Assert.Equal(codes.Order(StringComparer.Ordinal), risks.Order(StringComparer.Ordinal));
        Assert.Equal(codes.Order(StringComparer.Ordinal), history.Order(StringComparer.Ordinal));
    }

    private static async Task<T> AsCountyAsync<T>(ZhijianApp app, string division, Func<ICreditQueries, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>()
            .Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "科员"), new Claim(ZhijianClaims.Division, division)], "test")));
        return await action(scope.ServiceProvider.GetRequiredService<ICreditQueries>());
    }
}
