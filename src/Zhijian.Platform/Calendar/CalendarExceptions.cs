namespace Zhijian.Platform.Calendar;

/// <summary>
/// A date, or a deadline being computed, lies outside the years whose 放假安排 is loaded
/// (超出工作日历范围). The message is Chinese and names the loaded range.
/// </summary>
public sealed class CalendarRangeException : Exception
{
    public CalendarRangeException()
    {
    }

    public CalendarRangeException(string message)
        : base(message)
    {
    }

    public CalendarRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The first date that is not covered.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>
/// 期限中止中: the deadline cannot be given yet because a pause (中止) that starts before the deadline
/// is reached has no end date. Use <see cref="IWorkingCalendar.TryDeadline"/> to get null instead.
/// </summary>
public sealed class DeadlinePausedException : Exception
{
    public DeadlinePausedException()
    {
    }

    public DeadlinePausedException(string message)
        : base(message)
    {
    }

    public DeadlinePausedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The open pause that stops the count.</summary>
    public DeadlinePause? Pause { get; init; }
}
