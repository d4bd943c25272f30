using Zhijian.Platform.Web;

namespace Zhijian.Tests.Platform.Web;

/// <summary>The count line above a list that shows at most a page of records (issue 18: "共 80 户，显示前 100 户").</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class ListCaptionTests
{
    [Theory]
    [InlineData(80, 80, "户", "前", "共 80 户")] // all shown: no "显示前 100 户"
    [InlineData(0, 0, "户", "前", "共 0 户")]
    [InlineData(100, 100, "户", "前", "共 100 户")]
    [InlineData(1234, 100, "户", "前", "共 1,234 户，显示前 100 户")]
    [InlineData(250, 100, "条", "最近", "共 250 条，显示最近 100 条")]
    public void Says_how_many_are_shown_only_when_not_all_are(long total, int shown, string unit, string which, string expected) =>
        Assert.Equal(expected, ListCaption.Count(total, shown, unit, which));
}
