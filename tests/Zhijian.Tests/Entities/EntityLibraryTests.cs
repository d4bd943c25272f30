using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

/// <summary>
/// The demo registry (1,200 generated entities over 济南's counties, with licences and tags) plus three registered by hand:
/// one in a township (解放路街道) with a valid food licence and the tag 重点监管, one whose code has "CH" with an expired
/// food licence and the tag 重点监管对象, one whose code has "HY" and no tags. On PostgreSQL the USCC column gets a
/// Czech collation first (see <see cref="LinguisticCollation"/>), so ordinal order is tested where it differs.
/// </summary>
public sealed class EntityLibraryFixture : IAsyncLifetime
{
    public const string TownCode = "370102001";

    public ZhijianApp App { get; private set; } = null!;

    public string Town { get; } = SampleEntities.NewUscc();

    public string Ch { get; } = Uscc.Build('9', '1', "370102", "CH000001");

    public string Hy { get; } = Uscc.Build('9', '1', "370102", "HY000001");

    /// <summary>Every entity, read straight from the registry's table (the oracle).</summary>
    internal IReadOnlyList<MarketEntity> All { get; private set; } = [];

    internal ILookup<long, Licence> Licences { get; private set; } = null!;

    public static DateOnly Today => DateOnly.FromDateTime(ZhijianApp.DefaultNow.DateTime);

    public async Task InitializeAsync()
    {
        App = await ZhijianApp.StartAsync(demoEntities: 1_500, services: Credit.CreditTestKit.NoJobs);
        var registrar = await App.LoginAsync("registrar");
        var town = SampleEntities.Company("济南解放路街道老字号食品有限公司", uscc: Town, industry: "1311");
        town["divisionCode"] = TownCode;
        town["tags"] = new[] { "重点监管" };
        var ch = SampleEntities.Company("济南泉城CH商贸有限公司", uscc: Ch);
        ch["tags"] = new[] { "重点监管对象" };
        var hy = SampleEntities.Company("济南泉城HY商贸有限公司", uscc: Hy);
        hy["tags"] = Array.Empty<string>();
        foreach (var body in new[] { town, ch, hy })
        {
            var r = await registrar.PostJsonAsync("/api/v1/entities", body);
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        }

        await AddLicenceAsync(registrar, Town, "JY13701020000001", "2024-01-10", "2029-01-09");
        await AddLicenceAsync(registrar, Ch, "JY13701020000002", "2020-01-10", "2025-01-09"); // expired
        await LinguisticCollation.ApplyAsync(App.Database, "entities", "market_entities", "Uscc", 18);

        (All, Licences) = await App.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EntitiesDbContext>();
            var entities = await db.Entities.AsNoTracking().ToListAsync();
            var licences = await db.Licences.AsNoTracking().ToListAsync();
            return ((IReadOnlyList<MarketEntity>)entities, licences.ToLookup(l => l.EntityId));
        });
    }

    private static async Task AddLicenceAsync(StaffClient registrar, string uscc, string number, string from, string to)
    {
        var r = await registrar.PostJsonAsync($"/api/v1/entities/{uscc}/licences",
            new { typeCode = LicenceCatalogue.FoodOperation, number, issuer = "济南市历下区市场监督管理局", validFrom = from, validTo = to, commitment = false });
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Runs <paramref name="action"/> as staff whose org unit covers <paramref name="division"/> (null: the system; "": nobody signed in).</summary>
    public async Task<T> AsAsync<T>(string? division, Func<IEntityDirectory, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<ActorContext>();
        if (division is null) actor.UseSystem();
        else if (division.Length == 0) actor.Use(new ClaimsPrincipal(new ClaimsIdentity()));
        else actor.Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "科员"), new Claim(ZhijianClaims.Division, division)], "test")));
        return await action(scope.ServiceProvider.GetRequiredService<IEntityDirectory>());
    }

    /// <summary>What the filter means, evaluated in memory over the oracle, in ordinal USCC order.</summary>
    internal List<MarketEntity> Expected(EntityFilter f, string? jurisdiction = null) =>
    [
        .. All.Where(e => jurisdiction is null || DivisionTable.Covers(jurisdiction, e.DivisionCode))
            .Where(e => f.Types is not { Count: > 0 } || f.Types.Contains(e.Type))
            .Where(e => f.Statuses is not { Count: > 0 } || f.Statuses.Contains(e.Status))
            .Where(e => f.DivisionCodes is not { Count: > 0 } || f.DivisionCodes.Any(d => DivisionTable.Covers(d, e.DivisionCode)))
            .Where(e => f.IndustryCodes is not { Count: > 0 } || f.IndustryCodes.Any(i => IndustryMatches(i, e.IndustryCode)))
            .Where(e => f.Tags is not { Count: > 0 } || f.Tags.Any(e.Tags.Contains))
            .Where(e => f.LicenceTypes is not { Count: > 0 } || Licences[e.Id].Any(l =>
                f.LicenceTypes.Contains(l.TypeCode) && l.Status == "有效" && (l.ValidTo is null || l.ValidTo >= Today)))
            .OrderBy(e => e.Uscc, StringComparer.Ordinal),
    ];

    private static bool IndustryMatches(string filter, string code) =>
        char.IsAsciiLetter(filter[0])
            ? code == filter || IndustryTable.Default.ChildrenOf(filter).Any(d => code.StartsWith(d.Code, StringComparison.Ordinal))
            : code.StartsWith(filter, StringComparison.Ordinal);

    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}

/// <summary>IEntityDirectory.SelectAsync / CountAsync / FindManyAsync: the inspection target library on the suite's database.</summary>
public sealed class EntityLibraryTests(EntityLibraryFixture fx) : IClassFixture<EntityLibraryFixture>
{
    private static readonly Dictionary<string, EntityFilter> Filters = new()
    {
        ["everything"] = new EntityFilter(),
        ["empty lists"] = new EntityFilter([], [], [], [], [], []),
        ["operating"] = new EntityFilter(Statuses: [EntityStatus.Active]),
        ["deregistered or revoked"] = new EntityFilter(Statuses: [EntityStatus.Deregistered, EntityStatus.Revoked]),
        ["individual businesses"] = new EntityFilter(Types: [EntityType.IndividualBusiness]),
        ["two counties"] = new EntityFilter(DivisionCodes: ["370102", "370112"]),
        ["a township"] = new EntityFilter(DivisionCodes: [EntityLibraryFixture.TownCode]),
        ["section C (manufacturing)"] = new EntityFilter(IndustryCodes: ["c"]),
        ["division 52 (retail)"] = new EntityFilter(IndustryCodes: ["52"]),
        ["class 5221 and group 611"] = new EntityFilter(IndustryCodes: ["5221", "611"]),
        ["tag 食品经营者"] = new EntityFilter(Tags: ["食品经营者"]),
        ["food operation licence"] = new EntityFilter(LicenceTypes: [LicenceCatalogue.FoodOperation]),
        ["food licences or special equipment"] = new EntityFilter(LicenceTypes: [LicenceCatalogue.FoodOperation, LicenceCatalogue.FoodProduction, LicenceCatalogue.SpecialEquipmentUse]),
        ["operating food sellers in 历下"] = new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"], IndustryCodes: ["F"],
            Tags: ["食品经营者", "小微企业"], LicenceTypes: [LicenceCatalogue.FoodOperation]),
    };

    public static TheoryData<string> FilterNames => [.. Filters.Keys];

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task The_library_is_what_the_filter_says_in_ordinal_order_and_the_count_agrees(string name)
    {
        var filter = Filters[name];
        var expected = fx.Expected(filter);

        var (keys, count) = await fx.AsAsync(null, async d => (await EntityLibraryFixture.ListAsync(d.SelectAsync(filter, default)), await d.CountAsync(filter, default)));

        Assert.NotEmpty(expected);
        if (name is not ("everything" or "empty lists")) Assert.True(expected.Count < fx.All.Count, $"{name}: the filter should leave some out");
        Assert.Equal(expected.Select(e => e.Uscc), keys.Select(k => k.Uscc));
        Assert.Equal(expected.Count, count);
        Assert.All(keys.Zip(expected), p => Assert.Equal(p.Second.Tags, p.First.Tags));
    }

    [Fact]
    public async Task Order_is_byte_wise_where_the_database_collation_is_not()
    {
        var keys = await fx.AsAsync(null, d => EntityLibraryFixture.ListAsync(d.SelectAsync(new EntityFilter(), default)));

        var usccs = keys.Select(k => k.Uscc).ToList();
        Assert.Equal(usccs.Order(StringComparer.Ordinal), usccs);
        Assert.True(usccs.IndexOf(fx.Ch) < usccs.IndexOf(fx.Hy)); // "…CH…" < "…HY…" byte-wise
        if (fx.App.Database.Kind == DatabaseKind.Postgres)
        {
            // The database's own order (Czech) puts CH after H: without COLLATE "C" the library would be in another order.
            var native = await fx.App.AsSystemAsync(sp => sp.GetRequiredService<EntitiesDbContext>().Database
                .SqlQueryRaw<string>("SELECT \"Uscc\" AS \"Value\" FROM entities.market_entities WHERE \"Uscc\" IN ({0}, {1}) ORDER BY \"Uscc\"", fx.Ch, fx.Hy).ToListAsync());
            Assert.Equal([fx.Hy, fx.Ch], native);
        }
    }

    [Fact]
    public async Task Tags_match_whole_tags_and_licences_only_while_valid()
    {
        async Task<List<string>> Select(EntityFilter f) =>
            [.. (await fx.AsAsync(null, d => EntityLibraryFixture.ListAsync(d.SelectAsync(f, default)))).Select(k => k.Uscc)];

        Assert.Equal([fx.Town], await Select(new EntityFilter(Tags: ["重点监管"])));
        Assert.Equal(new[] { fx.Ch, fx.Town }.Order(StringComparer.Ordinal), await Select(new EntityFilter(Tags: ["重点监管", "重点监管对象"])));
        Assert.Empty(await Select(new EntityFilter(Tags: ["监管"])));
        var food = await Select(new EntityFilter(DivisionCodes: ["370102"], LicenceTypes: [LicenceCatalogue.FoodOperation]));
        Assert.Contains(fx.Town, food);
        Assert.DoesNotContain(fx.Ch, food); // its licence ended 2025-01-09
        Assert.Equal([fx.Town], await Select(new EntityFilter(DivisionCodes: [EntityLibraryFixture.TownCode])));
        var key = Assert.Single(await fx.AsAsync(null, d => EntityLibraryFixture.ListAsync(d.SelectAsync(new EntityFilter(Tags: ["重点监管"]), default))));
        Assert.Equal(new[] { "重点监管", "食品经营者" }, key.Tags); // the licence added its rule tag
    }

    [Fact]
    public async Task A_county_user_sees_only_its_county_and_nobody_signed_in_sees_nothing()
    {
        var all = fx.All.Select(e => e.Uscc).ToList();

        var (keys, count, found, outside) = await fx.AsAsync("370112", async d => (
            await EntityLibraryFixture.ListAsync(d.SelectAsync(new EntityFilter(), default)),
            await d.CountAsync(new EntityFilter(), default),
            await d.FindManyAsync(all, default),
            await d.CountAsync(new EntityFilter(DivisionCodes: ["370102"]), default)));
        var (anonymous, anonymousFound) = await fx.AsAsync("", async d => (await d.CountAsync(new EntityFilter(), default), await d.FindManyAsync(all, default)));

        var expected = fx.Expected(new EntityFilter(), jurisdiction: "370112");
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < fx.All.Count);
        Assert.Equal(expected.Select(e => e.Uscc), keys.Select(k => k.Uscc));
        Assert.Equal(expected.Count, count);
        Assert.Equal(expected.Select(e => e.Uscc), found.Select(s => s.Uscc).Order(StringComparer.Ordinal));
        Assert.All(found, s => Assert.StartsWith("370112", s.DivisionCode, StringComparison.Ordinal));
        Assert.Equal(0, outside);
        Assert.Equal(0, anonymous);
        Assert.Empty(anonymousFound);
    }

    [Fact]
    public async Task FindMany_takes_thousands_of_codes_in_any_case_and_leaves_out_unknown_ones()
    {
        var codes = fx.All.Select((e, i) => i % 3 == 0 ? " " + e.Uscc.ToLowerInvariant() + " " : e.Uscc).ToList();
        codes.AddRange(fx.All.Take(50).Select(e => e.Uscc)); // repeated
        codes.AddRange(Enumerable.Range(0, 40).Select(_ => SampleEntities.NewUscc("370105"))); // valid, never registered
        codes.Add("");

        var (found, one) = await fx.AsAsync(null, async d => (await d.FindManyAsync(codes, default), await d.FindAsync(fx.Town, default)));

        Assert.True(codes.Count > 2 * 500);
        Assert.Equal(fx.All.Select(e => e.Uscc).Order(StringComparer.Ordinal), found.Select(s => s.Uscc).Order(StringComparer.Ordinal));
        var town = found.Single(s => s.Uscc == fx.Town);
        Assert.Equal(one! with { Tags = town.Tags }, town);
        Assert.Equal(one.Tags, town.Tags);
        Assert.Equal((EntityLibraryFixture.TownCode, "1311", "济南解放路街道老字号食品有限公司"), (town.DivisionCode, town.IndustryCode, town.Name));
    }

    [Fact]
    public async Task A_malformed_code_is_refused_in_chinese_before_anything_is_read()
    {
        await fx.AsAsync<int>(null, async d =>
        {
            var division = Assert.Throws<ArgumentException>(() => d.SelectAsync(new EntityFilter(DivisionCodes: ["3701"]), default));
            var industry = await Assert.ThrowsAsync<ArgumentException>(() => d.CountAsync(new EntityFilter(IndustryCodes: ["0000"]), default));
            Assert.Contains("行政区划代码“3701”", division.Message, StringComparison.Ordinal);
            Assert.Contains("行业代码“0000”不在 GB/T 4754-2017 中", industry.Message, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public async Task The_licence_types_are_the_registry_catalogue()
    {
        var types = await fx.AsAsync(null, d => Task.FromResult(d.LicenceTypes));

        Assert.Equal(LicenceCatalogue.All.Select(t => t.Code), types.Select(t => t.Code));
        Assert.Contains((LicenceCatalogue.FoodOperation, "食品经营许可证"), types);
    }
}
