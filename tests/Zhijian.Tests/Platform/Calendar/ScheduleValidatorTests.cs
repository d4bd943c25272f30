using System.Globalization;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class ScheduleValidatorTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HolidaySchedule Schedule(int year, ScheduleDay[] holidays, ScheduleDay[] makeup) =>
        new(year, holidays, makeup, "测试数据");

    [Fact]
    public void Every_embedded_schedule_is_valid()
    {
        foreach (var schedule in EmbeddedHolidays.Load())
        {
            Assert.Empty(ScheduleValidator.Validate(schedule));
        }
    }

    [Fact]
    public void A_make_up_day_must_be_a_weekend_day()
    {
        var s = Schedule(2027, [new(D("2027-01-01"), "元旦")], [new(D("2027-02-08"), "春节")]);

        var errors = ScheduleValidator.Validate(s);

        Assert.Equal(["调休上班日 2027-02-08 是星期一，调休上班日必须是星期六或星期日"], errors["makeupDays[0]"]);
        Assert.Single(errors);
    }

    [Fact]
    public void A_date_cannot_be_both_holiday_and_make_up_day()
    {
        var s = Schedule(2026, [new(D("2026-02-14"), "春节")], [new(D("2026-02-14"), "春节")]);

        Assert.Equal(["日期 2026-02-14 不能既是放假日期又是调休上班日"], ScheduleValidator.Validate(s)["makeupDays[0]"]);
    }

    [Fact]
    public void Dates_must_lie_in_the_year_except_new_year_in_late_december_before()
    {
        var ok = Schedule(2023, [new(D("2022-12-31"), "元旦"), new(D("2023-01-01"), "元旦")], [new(D("2022-12-24"), "元旦")]);
        Assert.Empty(ScheduleValidator.Validate(ok));

        var s = Schedule(
            2026,
            [new(D("2026-01-01"), "元旦"), new(D("2025-12-31"), "春节"), new(D("2025-11-30"), "元旦"), new(D("2027-01-01"), "元旦")],
            [new(D("2027-01-02"), "元旦")]);
        var errors = ScheduleValidator.Validate(s);

        Assert.False(errors.ContainsKey("holidays[0]"));
        Assert.Equal(["放假日期 2025-12-31 不在 2026 年内（只有元旦的日期可以落在上一年 12 月 20–31 日）"], errors["holidays[1]"]);
        Assert.True(errors.ContainsKey("holidays[2]"));
        Assert.True(errors.ContainsKey("holidays[3]"));
        Assert.Equal(["调休上班日 2027-01-02 不在 2026 年内（只有元旦的日期可以落在上一年 12 月 20–31 日）"], errors["makeupDays[0]"]);
    }

    [Fact]
    public void Duplicates_are_reported_at_the_second_entry()
    {
        var s = Schedule(
            2026,
            [new(D("2026-01-01"), "元旦"), new(D("2026-01-01"), "元旦")],
            [new(D("2026-01-04"), "元旦"), new(D("2026-01-04"), "元旦")]);
        var errors = ScheduleValidator.Validate(s);

        Assert.Equal(["放假日期 2026-01-01 重复"], errors["holidays[1]"]);
        Assert.Equal(["调休上班日 2026-01-04 重复"], errors["makeupDays[1]"]);
        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Year_must_be_between_2000_and_2100(int year)
    {
        var s = Schedule(year, [new(new DateOnly(year, 1, 1), "元旦")], []);

        Assert.Equal([$"年份 {year} 超出范围：应在 2000–2100 年之间"], ScheduleValidator.Validate(s)["year"]);
    }

    [Fact]
    public void Names_source_and_holidays_must_not_be_empty()
    {
        var s = new HolidaySchedule(2026, [new(D("2026-01-01"), " ")], [new(D("2026-01-04"), "")], "");
        var errors = ScheduleValidator.Validate(s);

        Assert.Equal(["放假日期 2026-01-01 的节日名称不能为空"], errors["holidays[0]"]);
        Assert.Equal(["调休上班日 2026-01-04 的节日名称不能为空"], errors["makeupDays[0]"]);
        Assert.True(errors.ContainsKey("source"));

        var none = Schedule(2026, [], []);
        Assert.Equal(["放假安排至少应包含一个放假日期"], ScheduleValidator.Validate(none)["holidays"]);
    }
}
