namespace Zhijian.Platform.Calendar;

/// <summary>
/// 法定工作日历: working days per the State Council's 放假安排 and deadline maths (期限计算) per DOMAIN.md §2.
/// A working day is Monday–Friday that is not a holiday, or a make-up day (调休上班日).
/// Every method throws <see cref="CalendarRangeException"/> when a date it needs lies outside the loaded years
/// (or in a year missing between them), and <see cref="ArgumentOutOfRangeException"/> for a negative count.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>First year whose arrangement is loaded.</summary>
    int FirstYear { get; }

    /// <summary>Last year whose arrangement is loaded.</summary>
    int LastYear { get; }

    /// <summary>
    /// A deadline on this date depends on a year whose 放假安排 is not loaded yet (暂定): the calendar registered for the
    /// modules (<see cref="ProvisionalCalendar"/>) answers such dates on weekends only; an exact calendar never does.
    /// </summary>
    bool IsProvisional(DateOnly? date) => false;

    /// <summary>The kind of day <paramref name="day"/> is, with the festival name for holidays and make-up days.</summary>
    CalendarDay GetDay(DateOnly day);

    /// <summary>Whether <paramref name="day"/> is a working day (工作日).</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>
    /// The Nth working day after <paramref name="trigger"/> (the trigger day itself is not counted):
    /// "within N working days" ends on this day. n = 0 returns the trigger unchanged, even on a day off.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly trigger, int n);

    /// <summary>
    /// The last day of an N-calendar-day period: trigger + n, moved to the next working day if that is not one.
    /// n = 0 gives the trigger, moved to the next working day if it is not one.
    /// </summary>
    DateOnly AddCalendarDays(DateOnly trigger, int n);

    /// <summary>
    /// The deadline (期限届满日) of <paramref name="period"/> from <paramref name="trigger"/>, not counting the days inside
    /// <paramref name="pauses"/> (inclusive, for working and calendar days alike; overlapping pauses count once).
    /// A calendar-day deadline that falls on a day off or inside a pause moves to the next working day outside any pause.
    /// </summary>
    /// <exception cref="DeadlinePausedException">An open-ended pause (End null) starts before the deadline is reached.</exception>
    DateOnly Deadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null);

    /// <summary>As <see cref="Deadline"/>, but null instead of <see cref="DeadlinePausedException"/> while paused without end.</summary>
    DateOnly? TryDeadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null);
}
