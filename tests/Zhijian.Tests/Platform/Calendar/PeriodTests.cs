using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class PeriodTests
{
    [Theory]
    [InlineData("45WD", 45, PeriodUnit.WorkingDays, "45WD", "45个工作日")]
    [InlineData("60CD", 60, PeriodUnit.CalendarDays, "60CD", "60日")]
    [InlineData("7wd", 7, PeriodUnit.WorkingDays, "7WD", "7个工作日")]
    [InlineData(" 15WD ", 15, PeriodUnit.WorkingDays, "15WD", "15个工作日")]
    [InlineData("0CD", 0, PeriodUnit.CalendarDays, "0CD", "0日")]
    public void Parses_and_formats(string text, int count, PeriodUnit unit, string canonical, string chinese)
    {
        var period = Period.Parse(text);

        Assert.Equal(new Period(count, unit), period);
        Assert.Equal(canonical, period.ToString());
        Assert.Equal(chinese, period.ToChinese());
        Assert.True(Period.TryParse(text, out var again));
        Assert.Equal(period, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("WD")]
    [InlineData("45")]
    [InlineData("45XD")]
    [InlineData("-5WD")]
    [InlineData("+5WD")]
    [InlineData("4 5WD")]
    [InlineData("45 个工作日")]
    [InlineData("99999999999WD")]
    public void Rejects_anything_else(string? text)
    {
        Assert.False(Period.TryParse(text, out _));
        if (text is not null)
        {
            var ex = Assert.Throws<FormatException>(() => Period.Parse(text));
            Assert.Contains("45WD", ex.Message, StringComparison.Ordinal);
        }
    }
}
