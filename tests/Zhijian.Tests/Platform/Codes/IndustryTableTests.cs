using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class IndustryTableTests
{
    private static readonly IndustryTable Table = IndustryTable.Default;

    [Theory]
    [InlineData("section", "门类", 20, 1)]
    [InlineData("division", "大类", 97, 2)]
    [InlineData("group", "中类", 473, 3)]
    [InlineData("class", "小类", 1381, 4)]
    public void Counts_and_code_shapes_per_level(string level, string levelName, int count, int codeLength)
    {
        var rows = Table.All.Where(i => i.Level == level).ToList();

        Assert.Equal(count, rows.Count);
        Assert.All(rows, i => Assert.Equal(levelName, i.LevelName));
        Assert.All(rows, i => Assert.Equal(codeLength, i.Code.Length));
        Assert.All(rows, i => Assert.True(IndustryTable.IsWellFormed(i.Code), i.Code));
        Assert.All(rows, i => Assert.False(string.IsNullOrWhiteSpace(i.Name), i.Code));
    }

    [Fact]
    public void Sections_are_A_to_T()
    {
        var sections = Table.All.Where(i => i.Level == IndustryTable.Section).Select(i => i.Code[0]).ToArray();

        Assert.Equal(Enumerable.Range('A', 20).Select(c => (char)c).ToArray(), sections);
    }

    [Fact]
    public void Every_parent_resolves_one_level_up_and_prefixes_the_code()
    {
        Assert.Equal(Table.Count, Table.All.Select(i => i.Code).Distinct().Count());
        foreach (var i in Table.All)
        {
            if (i.Level == IndustryTable.Section)
            {
                Assert.Null(i.ParentCode);
                continue;
            }

            var parent = Table.Find(i.ParentCode);
            Assert.NotNull(parent);
            if (i.Level == IndustryTable.Division)
            {
                Assert.Equal(IndustryTable.Section, parent.Level);
            }
            else
            {
                Assert.Equal(i.Code.Length - 1, parent.Code.Length);
                Assert.StartsWith(parent.Code, i.Code, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("A", "农、林、牧、渔业", "section", "门类", null)]
    [InlineData("01", "农业", "division", "大类", "A")]
    [InlineData("011", "谷物种植", "group", "中类", "01")]
    [InlineData("0111", "稻谷种植", "class", "小类", "011")]
    [InlineData("a", "农、林、牧、渔业", "section", "门类", null)]
    public void Finds_codes(string code, string name, string level, string levelName, string? parent)
    {
        var i = Table.Find(code);

        Assert.NotNull(i);
        Assert.Equal(name, i.Name);
        Assert.Equal(level, i.Level);
        Assert.Equal(levelName, i.LevelName);
        Assert.Equal(parent, i.ParentCode);
    }

    [Fact]
    public void Parent_chain_and_children()
    {
        Assert.Equal(["011", "01", "A"], Table.Ancestors("0111").Select(i => i.Code));
        Assert.Contains(Table.ChildrenOf("A"), i => i.Code == "01");
        Assert.All(Table.ChildrenOf("A"), i => Assert.Equal("division", i.Level));
        Assert.Empty(Table.ChildrenOf("0111"));
        Assert.Empty(Table.ChildrenOf("ZZ"));
        Assert.Null(Table.Find("9999"));
        Assert.Null(Table.Find("U"));
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("t", true)]
    [InlineData("U", false)]
    [InlineData("0", false)]
    [InlineData("01", true)]
    [InlineData("0111", true)]
    [InlineData("01111", false)]
    [InlineData("01A", false)]
    [InlineData(null, false)]
    public void Well_formed(string? code, bool ok) => Assert.Equal(ok, IndustryTable.IsWellFormed(code));

    [Fact]
    public void Parse_reports_a_bad_line_with_its_number()
    {
        var ex = Assert.Throws<FormatException>(() => IndustryTable.Parse("code,name,level,parent\nA,x,section,\nB,y\n"));

        Assert.Contains("第3行", ex.Message, StringComparison.Ordinal);
    }
}
