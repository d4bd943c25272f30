using System.Globalization;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

/// <summary>
/// Expected values are counted by hand from the State Council notices (国办发明电〔2019〕16号 and 〔2020〕1号,
/// 〔2022〕16号, 〔2023〕7号, 〔2024〕12号, 〔2025〕7号), never taken from the implementation.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // 2026 (国办发明电〔2025〕7号)
    [InlineData("2026-01-01", false, DayKind.Holiday, "元旦")]
    [InlineData("2026-01-03", false, DayKind.Holiday, "元旦")]          // Saturday inside the span
    [InlineData("2026-01-04", true, DayKind.Makeup, "元旦")]            // Sunday worked
    [InlineData("2026-02-13", true, DayKind.Weekday, null)]
    [InlineData("2026-02-14", true, DayKind.Makeup, "春节")]            // Saturday worked
    [InlineData("2026-02-15", false, DayKind.Holiday, "春节")]
    [InlineData("2026-02-16", false, DayKind.Holiday, "春节")]
    [InlineData("2026-02-23", false, DayKind.Holiday, "春节")]          // Monday, last day of the nine
    [InlineData("2026-02-24", true, DayKind.Weekday, null)]
    [InlineData("2026-02-28", true, DayKind.Makeup, "春节")]
    [InlineData("2026-03-01", false, DayKind.Weekend, null)]
    [InlineData("2026-04-06", false, DayKind.Holiday, "清明节")]
    [InlineData("2026-05-09", true, DayKind.Makeup, "劳动节")]
    [InlineData("2026-06-19", false, DayKind.Holiday, "端午节")]
    [InlineData("2026-09-20", true, DayKind.Makeup, "国庆节")]
    [InlineData("2026-09-25", false, DayKind.Holiday, "中秋节")]
    [InlineData("2026-10-07", false, DayKind.Holiday, "国庆节")]
    [InlineData("2026-10-08", true, DayKind.Weekday, null)]
    [InlineData("2026-10-10", true, DayKind.Makeup, "国庆节")]
    // 2025 (国办发明电〔2024〕12号): 国庆节、中秋节 combined, Oct 1–8
    [InlineData("2025-01-26", true, DayKind.Makeup, "春节")]
    [InlineData("2025-02-04", false, DayKind.Holiday, "春节")]
    [InlineData("2025-02-08", true, DayKind.Makeup, "春节")]
    [InlineData("2025-09-28", true, DayKind.Makeup, "国庆节、中秋节")]
    [InlineData("2025-10-06", false, DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2025-10-08", false, DayKind.Holiday, "国庆节、中秋节")]  // Wednesday: yes, a holiday in 2025
    [InlineData("2025-10-09", true, DayKind.Weekday, null)]
    [InlineData("2025-10-11", true, DayKind.Makeup, "国庆节、中秋节")]
    // 2024 (国办发明电〔2023〕7号)
    [InlineData("2024-02-04", true, DayKind.Makeup, "春节")]
    [InlineData("2024-02-09", true, DayKind.Weekday, null)]             // 除夕 was not a day off in 2024
    [InlineData("2024-02-17", false, DayKind.Holiday, "春节")]
    [InlineData("2024-02-18", true, DayKind.Makeup, "春节")]
    [InlineData("2024-10-07", false, DayKind.Holiday, "国庆节")]
    [InlineData("2024-10-12", true, DayKind.Makeup, "国庆节")]
    // 2023 (国办发明电〔2022〕16号): 元旦 from 2022-12-31; 中秋节、国庆节 combined, Sep 29 – Oct 6
    [InlineData("2022-12-31", false, DayKind.Holiday, "元旦")]
    [InlineData("2023-01-02", false, DayKind.Holiday, "元旦")]
    [InlineData("2023-01-28", true, DayKind.Makeup, "春节")]
    [InlineData("2023-01-29", true, DayKind.Makeup, "春节")]
    [InlineData("2023-09-29", false, DayKind.Holiday, "中秋节、国庆节")]
    [InlineData("2023-10-06", false, DayKind.Holiday, "中秋节、国庆节")]
    [InlineData("2023-10-07", true, DayKind.Makeup, "中秋节、国庆节")]
    [InlineData("2023-10-08", true, DayKind.Makeup, "中秋节、国庆节")]
    // 2020 (国办发明电〔2019〕16号, Spring Festival extended to Feb 2 by 国办发明电〔2020〕1号)
    [InlineData("2020-01-19", true, DayKind.Makeup, "春节")]
    [InlineData("2020-01-31", false, DayKind.Holiday, "春节")]          // extension
    [InlineData("2020-02-01", false, DayKind.Holiday, "春节")]          // was a make-up day before the extension
    [InlineData("2020-02-02", false, DayKind.Holiday, "春节")]
    [InlineData("2020-02-03", true, DayKind.Weekday, null)]
    [InlineData("2020-10-08", false, DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2020-10-10", true, DayKind.Makeup, "国庆节、中秋节")]
    public void Day_kinds_follow_the_notices(string date, bool working, DayKind kind, string? name)
    {
        var day = Calendar.GetDay(D(date));

        Assert.Equal(new CalendarDay(D(date), working, kind, name), day);
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2025-09-30", 7, "2025-10-16")]   // Oct 1–8 off; 9,10, Sat 11 (makeup), 13,14,15,16
    [InlineData("2026-09-30", 7, "2026-10-15")]   // Oct 1–7 off; 8,9, Sat 10 (makeup), 12,13,14,15
    [InlineData("2024-09-30", 1, "2024-10-08")]
    [InlineData("2023-09-28", 1, "2023-10-07")]   // Saturday make-up day counts
    [InlineData("2023-09-28", 3, "2023-10-09")]   // Sat 7, Sun 8 (both makeup), Mon 9
    [InlineData("2020-09-30", 1, "2020-10-09")]
    [InlineData("2020-09-30", 2, "2020-10-10")]
    [InlineData("2026-02-13", 1, "2026-02-14")]   // day before the make-up Saturday
    [InlineData("2026-02-14", 1, "2026-02-24")]   // day before Spring Festival: Feb 15–23 off
    [InlineData("2026-02-14", 5, "2026-02-28")]   // 24,25,26,27, Sat 28 (makeup)
    [InlineData("2026-02-14", 7, "2026-03-03")]
    [InlineData("2025-01-27", 1, "2025-02-05")]   // Jan 28 – Feb 4 off
    [InlineData("2024-02-08", 3, "2024-02-19")]   // Fri 9, [10–17 off], Sun 18 (makeup), Mon 19
    [InlineData("2023-01-20", 2, "2023-01-29")]   // [21–27 off], Sat 28, Sun 29 (makeup)
    [InlineData("2020-01-23", 1, "2020-02-03")]   // extended Spring Festival: Jan 24 – Feb 2 off
    [InlineData("2022-12-30", 1, "2023-01-03")]   // 2022-12-31 – 2023-01-02 off (2023 notice)
    [InlineData("2026-04-30", 7, "2026-05-13")]   // May 1–5 off; 6,7,8, Sat 9 (makeup), 11,12,13
    [InlineData("2025-12-31", 45, "2026-03-11")]  // across the year and the 2026 Spring Festival
    [InlineData("2026-12-25", 4, "2026-12-31")]   // last loaded day
    [InlineData("2026-02-16", 0, "2026-02-16")]   // n = 0: the trigger itself, even on a holiday
    public void AddWorkingDays_counts_from_the_day_after_the_trigger(string trigger, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(trigger), n));
        Assert.Equal(D(expected), Calendar.Deadline(D(trigger), new Period(n, PeriodUnit.WorkingDays)));
    }

    [Theory]
    [InlineData("2026-02-08", 7, "2026-02-15", "2026-02-24")]  // lands on Spring Festival (Feb 15–23) → Tue
    [InlineData("2025-09-24", 7, "2025-10-01", "2025-10-09")]  // lands on National Day (Oct 1–8) → Thu
    [InlineData("2026-02-04", 10, "2026-02-14", "2026-02-14")] // a make-up Saturday is a working day: stays
    [InlineData("2026-09-10", 15, "2026-09-25", "2026-09-28")] // 中秋节 Fri 25 – Sun 27 → Mon
    [InlineData("2026-04-15", 60, "2026-06-14", "2026-06-15")] // 60 日 (Order 121) ends on a Sunday → Mon
    [InlineData("2023-12-01", 30, "2023-12-31", "2024-01-02")] // Sunday, then 2024-01-01 元旦 → Tue
    [InlineData("2026-03-06", 2, "2026-03-08", "2026-03-09")]  // plain Sunday → Monday
    [InlineData("2026-10-03", 0, "2026-10-03", "2026-10-08")]  // n = 0 on a holiday → first working day after
    [InlineData("2026-12-28", 3, "2026-12-31", "2026-12-31")]  // Thursday, last loaded day
    public void AddCalendarDays_rolls_a_day_off_to_the_next_working_day(string trigger, int n, string nominal, string expected)
    {
        Assert.Equal(D(nominal), D(trigger).AddDays(n));
        Assert.Equal(D(expected), Calendar.AddCalendarDays(D(trigger), n));
        Assert.Equal(D(expected), Calendar.Deadline(D(trigger), new Period(n, PeriodUnit.CalendarDays)));
    }

    public static TheoryData<string, string, string[], string> PauseCases => new()
    {
        // 15 WD from Mon 2026-03-02 without pause: Mar 3–6, 9–13, 16–20, 23 → 2026-03-23.
        { "2026-03-02", "15WD", [], "2026-03-23" },
        // 检验检测 Tue 10 – Thu 12 March: three working days not counted → three more: 24, 25, 26.
        { "2026-03-02", "15WD", ["2026-03-10", "2026-03-12"], "2026-03-26" },
        // A pause over a weekend only changes nothing for working days.
        { "2026-03-02", "15WD", ["2026-03-07", "2026-03-08"], "2026-03-23" },
        // A pause before the trigger changes nothing.
        { "2026-03-02", "15WD", ["2026-02-01", "2026-02-10"], "2026-03-23" },
        // Overlapping pauses count once: Mar 10–13 (four working days) → 24, 25, 26, 27.
        { "2026-03-02", "15WD", ["2026-03-10", "2026-03-12", "2026-03-11", "2026-03-13"], "2026-03-27" },
        // An open pause that starts after the deadline does not matter.
        { "2026-03-02", "15WD", ["2026-04-01", ""], "2026-03-23" },
        // 30 CD from 2026-03-02 → Wed Apr 1. Ten paused days (Mar 10–19) → Sat Apr 11 → Mon Apr 13.
        { "2026-03-02", "30CD", [], "2026-04-01" },
        { "2026-03-02", "30CD", ["2026-03-10", "2026-03-19"], "2026-04-13" },
        // 10 CD → Thu Mar 12; Mar 12–13 paused → 10th counted day is Sat Mar 14 → Mon Mar 16.
        { "2026-03-02", "10CD", ["2026-03-12", "2026-03-13"], "2026-03-16" },
        // 90 CD case limit from 2026-07-01 → Tue Sep 29; hearing 2026-08-03 – 08-07 (5 days) → Sun Oct 4,
        // National Day Oct 1–7 → Thu Oct 8.
        { "2026-07-01", "90CD", ["2026-08-03", "2026-08-07"], "2026-10-08" },
    };

    [Theory]
    [MemberData(nameof(PauseCases))]
    public void Pauses_are_not_counted(string trigger, string period, string[] pauseBounds, string expected)
    {
        var pauses = new List<DeadlinePause>();
        for (var i = 0; i < pauseBounds.Length; i += 2)
        {
            pauses.Add(new DeadlinePause(D(pauseBounds[i]), pauseBounds[i + 1] == "" ? null : D(pauseBounds[i + 1]), "检验检测"));
        }

        Assert.Equal(D(expected), Calendar.Deadline(D(trigger), Period.Parse(period), pauses));
        Assert.Equal(D(expected), Calendar.TryDeadline(D(trigger), Period.Parse(period), pauses));
    }

    [Theory]
    [InlineData("15WD")]
    [InlineData("30CD")]
    public void An_open_pause_before_the_deadline_gives_no_deadline(string period)
    {
        var pauses = new[] { new DeadlinePause(D("2026-03-10"), null, "中止调查") };

        var ex = Assert.Throws<DeadlinePausedException>(() => Calendar.Deadline(D("2026-03-02"), Period.Parse(period), pauses));
        Assert.Same(pauses[0], ex.Pause);
        Assert.Contains("中止", ex.Message, StringComparison.Ordinal);
        Assert.Null(Calendar.TryDeadline(D("2026-03-02"), Period.Parse(period), pauses));
    }

    [Fact]
    public void A_pause_ending_before_it_starts_is_rejected()
    {
        var pauses = new[] { new DeadlinePause(D("2026-03-10"), D("2026-03-09"), "听证") };

        Assert.Throws<ArgumentException>(() => Calendar.Deadline(D("2026-03-02"), Period.Parse("15WD"), pauses));
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-03-02"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddCalendarDays(D("2026-03-02"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.Deadline(D("2026-03-02"), new Period(-3, PeriodUnit.WorkingDays)));
    }

    [Fact]
    public void Loaded_range_is_2020_to_2026()
    {
        Assert.Equal(2020, Calendar.FirstYear);
        Assert.Equal(2026, Calendar.LastYear);
        Assert.Equal("2020–2026", Calendar.LoadedYearsText);
    }

    [Theory]
    [InlineData("2031-05-01")]
    [InlineData("2019-12-31")]
    [InlineData("2027-01-01")]
    public void Dates_outside_the_loaded_years_are_a_range_error(string date)
    {
        var ex = Assert.Throws<CalendarRangeException>(() => Calendar.GetDay(D(date)));
        Assert.Equal($"日期 {date} 超出工作日历范围：已载入 2020–2026 年的国务院放假安排", ex.Message);
        Assert.Equal(D(date), ex.Date);
        Assert.Throws<CalendarRangeException>(() => Calendar.IsWorkingDay(D(date)));
        Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(D(date), 1));
    }

    [Theory]
    [InlineData("2026-12-25", "5WD")]   // Dec 28–31 are four working days; the fifth needs 2027
    [InlineData("2026-12-25", "7CD")]   // Jan 1, 2027
    [InlineData("2026-12-26", "6CD")]   // Jan 1, 2027
    public void Deadlines_running_past_the_loaded_years_are_a_range_error(string trigger, string period)
    {
        var ex = Assert.Throws<CalendarRangeException>(() => Calendar.Deadline(D(trigger), Period.Parse(period)));
        Assert.Equal(D("2027-01-01"), ex.Date);
        Assert.StartsWith($"自 {trigger} 起 {Period.Parse(period).ToChinese()} 的期限超出工作日历范围", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("已载入 2020–2026 年的国务院放假安排", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_on_the_last_loaded_day_is_given()
    {
        Assert.Equal(D("2026-12-31"), Calendar.Deadline(D("2026-12-26"), Period.Parse("5CD")));
        Assert.Equal(D("2026-12-31"), Calendar.Deadline(D("2026-12-30"), Period.Parse("1WD")));
    }

    [Fact]
    public void A_year_missing_in_between_is_out_of_range()
    {
        var schedules = EmbeddedHolidays.Load().Where(s => s.Year is 2024 or 2026);
        var calendar = new WorkingCalendar(schedules);

        Assert.Equal(2024, calendar.FirstYear);
        Assert.Equal(2026, calendar.LastYear);
        var ex = Assert.Throws<CalendarRangeException>(() => calendar.GetDay(D("2025-06-03")));
        Assert.Equal("日期 2025-06-03 超出工作日历范围：已载入 2024、2026 年的国务院放假安排", ex.Message);
        // Mon 2024-12-30 + 1 WD is Tue Dec 31; + 2 WD needs the missing 2025.
        Assert.Throws<CalendarRangeException>(() => calendar.AddWorkingDays(D("2024-12-30"), 2));
        Assert.Equal(D("2024-12-31"), calendar.AddWorkingDays(D("2024-12-30"), 1));
        Assert.Equal(D("2026-02-24"), calendar.AddWorkingDays(D("2026-02-14"), 1));
    }

    [Fact]
    public void A_2023_schedule_alone_ignores_its_day_in_december_2022()
    {
        var calendar = new WorkingCalendar(EmbeddedHolidays.Load().Where(s => s.Year == 2023));

        Assert.Equal(DayKind.Holiday, calendar.GetDay(D("2023-01-01")).Kind);
        Assert.Throws<CalendarRangeException>(() => calendar.GetDay(D("2022-12-31")));
    }

    [Fact]
    public void Invalid_or_duplicate_schedules_are_rejected()
    {
        var y2026 = EmbeddedHolidays.Load().Single(s => s.Year == 2026);

        Assert.Throws<ArgumentException>(() => new WorkingCalendar([]));
        var dup = Assert.Throws<ArgumentException>(() => new WorkingCalendar([y2026, y2026]));
        Assert.Contains("2026 年的放假安排重复", dup.Message, StringComparison.Ordinal);
        var bad = y2026 with { MakeupDays = [new ScheduleDay(D("2026-02-16"), "春节")] };
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([bad]));
    }
}
