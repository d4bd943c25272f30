using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Platform.Calendar;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class WorkingCalendarHolderTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_replaced_calendar_is_seen_through_the_registered_interface()
    {
        using var provider = new ServiceCollection().AddWorkingCalendar().BuildServiceProvider();
        var calendar = provider.GetRequiredService<IWorkingCalendar>();
        var holder = provider.GetRequiredService<WorkingCalendarHolder>();
        Assert.Equal(2026, calendar.LastYear);
        Assert.Throws<CalendarRangeException>(() => holder.Current.GetDay(D("2027-01-01")));
        Assert.True(calendar.IsProvisional(D("2027-01-01"))); // the registered calendar answers 暂定 past the loaded years

        // Invented test data, not the real 2027 arrangement (unpublished when this was written).
        var y2027 = new HolidaySchedule(2027, [new ScheduleDay(D("2027-01-01"), "元旦")], [], "测试数据");
        holder.Replace(holder.Current.Schedules.Append(y2027));

        Assert.Equal(2027, calendar.LastYear);
        Assert.False(calendar.IsProvisional(D("2027-01-01")));
        Assert.Equal(new CalendarDay(D("2027-01-01"), false, DayKind.Holiday, "元旦"), calendar.GetDay(D("2027-01-01")));
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1)); // Fri 1 off, weekend, Mon 4
        Assert.Same(calendar, provider.GetRequiredService<IWorkingCalendar>());
    }

    [Fact]
    public void An_invalid_replacement_keeps_the_calendar_in_force()
    {
        var holder = new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load()));
        var before = holder.Current;
        var bad = new HolidaySchedule(2027, [new ScheduleDay(D("2027-01-01"), "元旦")], [new ScheduleDay(D("2027-02-08"), "春节")], "测试数据");

        var ex = Assert.Throws<ArgumentException>(() => holder.Replace(before.Schedules.Append(bad)));

        Assert.Contains("调休上班日 2027-02-08 是星期一", ex.Message, StringComparison.Ordinal);
        Assert.Same(before, holder.Current);
    }
}
