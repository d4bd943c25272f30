using System.Globalization;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class EmbeddedHolidaysTests
{
    private static string F(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Holds_2020_to_2026_with_the_notices_named()
    {
        var schedules = EmbeddedHolidays.Load();

        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], schedules.Select(s => s.Year));
        Assert.Contains("国办发明电〔2019〕16号", schedules[0].Source, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2020〕1号", schedules[0].Source, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2025〕7号", schedules[^1].Source, StringComparison.Ordinal);
        Assert.Contains("chinese-days 1.5.7", EmbeddedHolidays.DataSource, StringComparison.Ordinal);
        Assert.Equal("2026-11-23", EmbeddedHolidays.DataDate);
    }

    [Fact]
    public void The_2026_holidays_are_those_of_the_notice()
    {
        var s2026 = EmbeddedHolidays.Load().Single(s => s.Year == 2026);
        // 国办发明电〔2025〕7号 / DOMAIN.md §2: Jan 1–3, Feb 15–23, Apr 4–6, May 1–5, Jun 19–21, Sep 25–27, Oct 1–7.
        string[] expected =
        [
            "2026-01-01 元旦", "2026-01-02 元旦", "2026-01-03 元旦",
            "2026-02-15 春节", "2026-02-16 春节", "2026-02-17 春节", "2026-02-18 春节", "2026-02-19 春节",
            "2026-02-20 春节", "2026-02-21 春节", "2026-02-22 春节", "2026-02-23 春节",
            "2026-04-04 清明节", "2026-04-05 清明节", "2026-04-06 清明节",
            "2026-05-01 劳动节", "2026-05-02 劳动节", "2026-05-03 劳动节", "2026-05-04 劳动节", "2026-05-05 劳动节",
            "2026-06-19 端午节", "2026-06-20 端午节", "2026-06-21 端午节",
            "2026-09-25 中秋节", "2026-09-26 中秋节", "2026-09-27 中秋节",
            "2026-10-01 国庆节", "2026-10-02 国庆节", "2026-10-03 国庆节", "2026-10-04 国庆节",
            "2026-10-05 国庆节", "2026-10-06 国庆节", "2026-10-07 国庆节",
        ];

        Assert.Equal(expected, s2026.Holidays.Select(d => $"{F(d.Date)} {d.Name}"));
    }

    [Fact]
    public void The_2026_make_up_days_are_those_of_the_notice()
    {
        var s2026 = EmbeddedHolidays.Load().Single(s => s.Year == 2026);
        // Sun Jan 4, Sat Feb 14, Sat Feb 28, Sat May 9, Sun Sep 20, Sat Oct 10.
        string[] expected =
        [
            "2026-01-04 元旦", "2026-02-14 春节", "2026-02-28 春节", "2026-05-09 劳动节", "2026-09-20 国庆节", "2026-10-10 国庆节",
        ];

        Assert.Equal(expected, s2026.MakeupDays.Select(d => $"{F(d.Date)} {d.Name}"));
    }

    [Theory]
    // Sum of the notice's "共N天" per festival, and the make-up days it lists.
    [InlineData(2020, 30, 6)] // 1+7+3+5+3+8 = 27, +3 by the extension to Feb 2; 7 make-up days less Sat Feb 1
    [InlineData(2021, 31, 7)] // 3+7+3+5+3+3+7
    [InlineData(2022, 31, 7)] // 3+7+3+5+3+3+7
    [InlineData(2023, 27, 7)] // 3 (from 2022-12-31)+7+1+5+3+8
    [InlineData(2024, 28, 8)] // 1+8+3+5+1+3+7
    [InlineData(2025, 28, 5)] // 1+8+3+5+3+8
    [InlineData(2026, 33, 6)] // 3+9+3+5+3+3+7
    public void Each_year_has_the_days_of_its_notice(int year, int holidays, int makeupDays)
    {
        var s = EmbeddedHolidays.Load().Single(x => x.Year == year);

        Assert.Equal(holidays, s.Holidays.Count);
        Assert.Equal(makeupDays, s.MakeupDays.Count);
        Assert.All(s.MakeupDays, d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void Festival_names_are_those_of_the_notices()
    {
        string[] allowed = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节、中秋节", "中秋节、国庆节"];
        foreach (var s in EmbeddedHolidays.Load())
        {
            Assert.All(s.Holidays.Concat(s.MakeupDays), d => Assert.Contains(d.Name, allowed));
        }
    }
}
