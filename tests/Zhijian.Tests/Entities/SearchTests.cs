using System.Net;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

public sealed class SearchTests
{
    private static async Task<(ZhijianApp App, StaffClient Registrar)> SeedAsync()
    {
        var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        string[] names =
        [
            "济南泉城鑫源商贸有限公司", "济南鑫源食品有限公司", "济南历下华泰餐饮管理有限公司", "山东鑫海建筑工程有限公司",
            "济南源丰科技有限公司", "鑫", // a one-character name is rare but legal for 个体工商户 shops; here it tests exact ranking
        ];
        foreach (var name in names.Where(n => n.Length > 1))
        {
            var r = await registrar.PostJsonAsync("/api/v1/entities", SampleEntities.Company(name));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        // Another county, registered by that county's registrar.
        var licheng = await app.LoginAsAsync(Zhijian.Platform.Identity.Roles.Registrar, "370112");
        var other = SampleEntities.Company("济南历城鑫源商贸有限公司", county: "370112");
        other["legalRep"] = "李四";
        Assert.Equal(HttpStatusCode.Created, (await licheng.PostJsonAsync("/api/v1/entities", other)).StatusCode);
        return (app, registrar);
    }

    private static async Task<List<string>> NamesAsync(StaffClient client, string query) =>
        [.. (await client.GetJsonAsync("/api/v1/entities?" + query)).GetProperty("items").EnumerateArray().Select(i => i.Str("name"))];

    [Theory]
    [InlineData("鑫", 3)]      // one character: gram index (a rare character in a small registry)
    [InlineData("鑫源", 2)]    // two characters: gram index
    [InlineData("鑫源商贸", 1)] // trigram index
    [InlineData("华泰餐饮", 1)]
    [InlineData("不存在的名字", 0)]
    public async Task Any_fragment_of_the_name_finds_the_entity_inside_the_jurisdiction(string q, int expected)
    {
        var (app, registrar) = await SeedAsync();
        await using var _ = app;

        var names = await NamesAsync(registrar, "q=" + Uri.EscapeDataString(q));

        Assert.Equal(expected, names.Count);
        Assert.All(names, n => Assert.Contains(q, n));
        Assert.DoesNotContain("济南历城鑫源商贸有限公司", names); // 历城区 is outside 历下区's jurisdiction
    }

    [Fact]
    public async Task The_city_sees_both_counties_and_names_starting_with_the_query_rank_first()
    {
        var (app, _) = await SeedAsync();
        await using var __ = app;
        var leader = await app.LoginAsync("leader");

        var names = await NamesAsync(leader, "q=" + Uri.EscapeDataString("济南鑫源"));
        var all = await NamesAsync(leader, "q=" + Uri.EscapeDataString("鑫源商贸"));

        Assert.Equal("济南鑫源食品有限公司", names[0]);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task A_code_prefix_and_a_legal_representative_find_entities()
    {
        var (app, registrar) = await SeedAsync();
        await using var _ = app;
        var leader = await app.LoginAsync("leader");

        var byPrefix = await registrar.GetJsonAsync("/api/v1/entities?q=91370102");
        var byPerson = await NamesAsync(leader, "q=" + Uri.EscapeDataString("李四"));

        Assert.Equal(5, byPrefix.GetProperty("total").GetInt32());
        Assert.Equal(["济南历城鑫源商贸有限公司"], byPerson);
    }

    [Fact]
    public async Task Filters_combine_and_paging_is_stable()
    {
        var (app, registrar) = await SeedAsync();
        await using var _ = app;

        var page1 = await registrar.GetJsonAsync("/api/v1/entities?division=370102&industry=F&pageSize=2&page=1");
        var page3 = await registrar.GetJsonAsync("/api/v1/entities?division=370102&industry=F&pageSize=2&page=3");
        var bad = await registrar.GetAsync("/api/v1/entities?pageSize=1000&industry=99");

        Assert.Equal(5, page1.GetProperty("total").GetInt32()); // 5221 is in 门类 F
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = (await bad.ReadJsonAsync()).ProblemText();
        Assert.Contains("pageSize", problem);
        Assert.Contains("industry", problem);
    }

    [Fact]
    public async Task An_api_client_needs_the_read_scope()
    {
        var (app, _) = await SeedAsync();
        await using var __ = app;
        var reader = await app.ApiClientAsync("370100", "entities.read");
        var other = await app.ApiClientAsync("370100", "rules.read");

        Assert.Equal(3, (await reader.GetJsonAsync("/api/v1/entities?q=" + Uri.EscapeDataString("鑫源"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/entities?q=x")).StatusCode);
    }

    [Fact]
    public async Task The_gram_index_follows_a_change_of_name_and_folds_latin_case()
    {
        var (app, registrar) = await SeedAsync();
        await using var _ = app;
        var body = SampleEntities.Company("济南ABC甲乙科技有限公司");
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", body)).StatusCode);
        Assert.Equal(["济南ABC甲乙科技有限公司"], await NamesAsync(registrar, "q=" + Uri.EscapeDataString("甲乙")));
        Assert.Equal(["济南ABC甲乙科技有限公司"], await NamesAsync(registrar, "q=bc"));
        Assert.Equal(["济南ABC甲乙科技有限公司"], await NamesAsync(registrar, "q=" + Uri.EscapeDataString("c甲")));

        body["name"] = "济南丙丁科技有限公司";
        body["legalRepId"] = null;
        Assert.Equal(HttpStatusCode.OK, (await registrar.PutJsonAsync($"/api/v1/entities/{body["uscc"]}", body)).StatusCode);

        Assert.Empty(await NamesAsync(registrar, "q=" + Uri.EscapeDataString("甲乙")));
        Assert.Empty(await NamesAsync(registrar, "q=bc"));
        Assert.Equal(["济南丙丁科技有限公司"], await NamesAsync(registrar, "q=" + Uri.EscapeDataString("丙丁")));
        Assert.Equal(["济南丙丁科技有限公司"], await NamesAsync(registrar, "q=" + Uri.EscapeDataString("丁")));
        Assert.Equal(2, (await NamesAsync(registrar, "q=" + Uri.EscapeDataString("科技"))).Count); // 源丰科技 and 丙丁科技: the renamed row's new grams
    }
}

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class NameGramRulesTests
{
    [Theory]
    [InlineData("鑫", true)]
    [InlineData("鑫源", true)]
    [InlineData("ab", true)]
    [InlineData("（海", true)]  // full-width punctuation is a character like any other
    [InlineData("(海", false)]  // ASCII punctuation: SQLite's tokenizer drops it, so the LIKE scan answers
    [InlineData("a b", false)]
    [InlineData("鑫源商", false)] // three characters: the trigram index
    [InlineData("", false)]
    public void The_gram_index_answers_one_or_two_characters_without_ascii_punctuation(string text, bool applies) =>
        Assert.Equal(applies, Zhijian.Entities.Features.Search.NameGrams.Applies(text));

    [Theory]
    [InlineData("济南Ab", "济 济南 南 南A A Ab b")]
    [InlineData("鑫", "鑫")]
    [InlineData("𠀀店", "𠀀 𠀀店 店")] // a character outside the BMP is one character, as SQLite's substr counts it
    public void The_grams_staged_by_the_import_are_every_character_and_every_pair(string name, string grams) =>
        Assert.Equal(grams, Zhijian.Entities.Features.Search.NameGrams.Of(name));

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(10_000, 10_000, false)]     // a small registry: never below 10,000
    [InlineData(22_360, 200_000, false)]    // a county of 200,000: √(2,500 · 200,000) = 22,360
    [InlineData(22_361, 200_000, true)]
    [InlineData(50_000, 1_000_000, false)]  // a city of 1M: break-even at √(2,500 · 1M) = 50,000
    [InlineData(50_001, 1_000_000, true)]
    [InlineData(100_000, 9_000_000, false)] // a province of 9M: 150,000
    [InlineData(150_001, 9_000_000, true)]
    public void A_fragment_is_common_when_the_stopping_scan_reads_less_than_its_posting_list(long matches, long rows, bool common) =>
        Assert.Equal(common, Zhijian.Entities.Features.Search.NameGrams.IsCommon(matches, rows));
}
