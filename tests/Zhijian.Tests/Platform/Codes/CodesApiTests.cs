using System.Net;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Codes;

public sealed class CodesApiTests
{
    [Fact]
    public async Task The_standards_worked_example_is_valid_and_names_its_division()
    {
        await using var app = await ZhijianApp.StartAsync();

        var ok = await app.Anonymous().GetJsonAsync("/api/v1/codes/uscc/91350100M000100Y43");
        var bad = await app.Anonymous().GetJsonAsync("/api/v1/codes/uscc/91350100M000100Y42");
        var illegal = await app.Anonymous().GetJsonAsync("/api/v1/codes/uscc/91350100M000100Y4Z");

        Assert.True(ok.GetProperty("valid").GetBoolean());
        Assert.Equal("350100", ok.Str("divisionCode"));
        Assert.Contains("福州", ok.Str("divisionName"));
        Assert.Equal("企业", ok.Str("entityType"));
        Assert.False(bad.GetProperty("valid").GetBoolean());
        Assert.Contains("校验码", bad.Str("error"));
        Assert.Contains("“3”", bad.Str("error")); // the right check character is named
        Assert.False(illegal.GetProperty("valid").GetBoolean());
        Assert.Contains("第18位字符“Z”不合法", illegal.Str("error"));
    }

    [Fact]
    public async Task Divisions_answer_with_name_parent_and_children()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var lixia = await client.GetJsonAsync("/api/v1/codes/divisions/370102");
        var jinan = await client.GetJsonAsync("/api/v1/codes/divisions/370100");
        var unknown = await client.GetAsync("/api/v1/codes/divisions/379999");
        var malformed = await client.GetAsync("/api/v1/codes/divisions/37AB");

        Assert.Equal("历下区", lixia.Str("name"));
        Assert.Equal("370100", lixia.Str("parent"));
        var counties = jinan.GetProperty("children").EnumerateArray().Select(c => c.Str("code")).ToList();
        Assert.Contains("370116", counties); // 莱芜区, since 2019
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("379999", (await unknown.ReadJsonAsync()).ProblemText());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("code", (await malformed.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public async Task Industries_answer_with_their_level_and_parent()
    {
        await using var app = await ZhijianApp.StartAsync();
        var client = app.Anonymous();

        var manufacturing = await client.GetJsonAsync("/api/v1/codes/industries/C");
        var food = await client.GetJsonAsync("/api/v1/codes/industries/14");

        Assert.Equal("制造业", manufacturing.Str("name"));
        Assert.Equal("食品制造业", food.Str("name"));
        Assert.Equal("C", food.Str("parent"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/codes/industries/99")).StatusCode);
    }
}
