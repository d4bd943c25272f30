namespace Zhijian.Platform.Calendar;

/// <summary>
/// Holds the working calendar (工作日历) in force and lets an administrator replace it at run time, e.g. when the
/// State Council publishes next year's 放假安排. The swap is one volatile reference write: readers see either the
/// old or the new calendar, never a mix. A caller needing several answers from one version takes
/// <see cref="Current"/> once and asks it.
/// </summary>
public sealed class WorkingCalendarHolder
{
    private volatile WorkingCalendar current;

    public WorkingCalendarHolder(WorkingCalendar initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
    }

    /// <summary>The calendar in force.</summary>
    public WorkingCalendar Current => current;

    /// <summary>
    /// Builds a calendar from <paramref name="schedules"/> (the whole set, e.g. <c>Current.Schedules</c> plus 2027)
    /// and puts it in force. Throws <see cref="ArgumentException"/> and keeps the old one if they are invalid.
    /// </summary>
    public WorkingCalendar Replace(IEnumerable<HolidaySchedule> schedules)
    {
        var next = new WorkingCalendar(schedules);
        current = next;
        return next;
    }
}
