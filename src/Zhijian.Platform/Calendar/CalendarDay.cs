namespace Zhijian.Platform.Calendar;

/// <summary>What kind of day a date is in the statutory working calendar (法定工作日历).</summary>
public enum DayKind
{
    /// <summary>工作日: Monday–Friday, not a holiday.</summary>
    Weekday,

    /// <summary>休息日: Saturday or Sunday, not a make-up day.</summary>
    Weekend,

    /// <summary>法定节假日 (放假): a day off of a holiday span, whatever its weekday.</summary>
    Holiday,

    /// <summary>调休上班日: a Saturday or Sunday that is a working day.</summary>
    Makeup,
}

/// <summary>One date of the working calendar (工作日历).</summary>
/// <param name="Date">The date.</param>
/// <param name="WorkingDay">Whether it is a working day (工作日).</param>
/// <param name="Kind">The kind of day.</param>
/// <param name="Name">The festival (节日) for a holiday or make-up day, otherwise null.</param>
public sealed record CalendarDay(DateOnly Date, bool WorkingDay, DayKind Kind, string? Name);
