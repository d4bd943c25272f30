namespace Zhijian.Platform.Calendar;

/// <summary>
/// The working calendar for statutory clocks that may run into a year whose 放假安排 is not published yet (in late
/// November a 60-day mediation runs into next January). Dates inside the loaded years answer exactly; beyond them the
/// answer counts Monday–Friday except 1 January as working days and is 暂定 (<see cref="IsProvisional"/>): the module marks the record and recomputes it once an administrator loads the new year. Refusing to accept a complaint or open a case because the
/// State Council has not published next year's holidays would be worse than a provisional date shown as such.
/// </summary>
public sealed class ProvisionalCalendar(WorkingCalendarHolder holder) : IWorkingCalendar
{
    private (WorkingCalendar Base, WorkingCalendar Calendar)? _extended;

    private WorkingCalendar Exact => holder.Current;

    public int FirstYear => Exact.FirstYear;

    public int LastYear => Exact.LastYear;

    /// <summary>A deadline on this date depends on a year not loaded yet.</summary>
    public bool IsProvisional(DateOnly? date) => date is { } d && d.Year > Exact.LastYear;

    public CalendarDay GetDay(DateOnly day) => Try(c => c.GetDay(day));

    public bool IsWorkingDay(DateOnly day) => Try(c => c.IsWorkingDay(day));

    public DateOnly AddWorkingDays(DateOnly trigger, int n) => Try(c => c.AddWorkingDays(trigger, n));

    public DateOnly AddCalendarDays(DateOnly trigger, int n) => Try(c => c.AddCalendarDays(trigger, n));

    public DateOnly Deadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null) => Try(c => c.Deadline(trigger, period, pauses));

    public DateOnly? TryDeadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null) => Try(c => c.TryDeadline(trigger, period, pauses));

    private T Try<T>(Func<IWorkingCalendar, T> ask)
    {
        try
        {
            return ask(Exact);
        }
        catch (CalendarRangeException e) when (e.Date is { } d && d.Year > Exact.LastYear)
        {
            return ask(Extended());
        }
    }

    /// <summary>The loaded years plus the next two with weekends only (no holidays, no make-up days).</summary>
    private WorkingCalendar Extended()
    {
        var current = holder.Current;
        if (_extended is { } x && ReferenceEquals(x.Base, current)) return x.Calendar;
        var calendar = new WorkingCalendar(current.Schedules.Concat([Empty(current.LastYear + 1), Empty(current.LastYear + 2)]));
        _extended = (current, calendar);
        return calendar;
    }

    /// <summary>Only 元旦 (1 January is a statutory holiday every year); the rest of the arrangement is unknown.</summary>
    private static HolidaySchedule Empty(int year) => new(year, [new ScheduleDay(new DateOnly(year, 1, 1), "元旦")], [], "暂定：放假安排未公布，仅按周末和元旦计");
}
