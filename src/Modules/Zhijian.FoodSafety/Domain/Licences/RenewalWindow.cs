using Zhijian.Platform.Calendar;

namespace Zhijian.FoodSafety.Domain.Licences;

/// <summary>
/// 延续申请期限 (Order 78, [F-3P] L5): a licence holder applies for renewal between the <c>opensWd</c>th and the
/// <c>closesWd</c>th working day before the expiry date (the expiry day itself not counted), on the statutory working-day
/// calendar (holidays and 调休 make-up days). Pure: the calendar and the two numbers come in.
/// </summary>
internal static class RenewalWindow
{
    /// <summary>The Nth working day before <paramref name="day"/> (the day itself not counted).</summary>
    public static DateOnly WorkingDaysBefore(IWorkingCalendar calendar, DateOnly day, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var d = day;
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(-1);
            if (calendar.IsWorkingDay(d)) counted++;
        }

        return d;
    }

    /// <summary>First and last day on which a renewal may be applied for in good time.</summary>
    public static (DateOnly Opens, DateOnly Closes) For(IWorkingCalendar calendar, DateOnly validUntil, int opensWd, int closesWd) =>
        (WorkingDaysBefore(calendar, validUntil, opensWd), WorkingDaysBefore(calendar, validUntil, closesWd));

    /// <summary>
    /// The expiry dates whose window contains <paramref name="today"/>, as an inclusive range (both ends are monotone in
    /// the expiry date, so the set is an interval): what the list "到期前可申请延续" asks the database. Expiry dates before
    /// <c>From</c> have passed their window (逾期未申请延续).
    /// </summary>
    public static (DateOnly From, DateOnly To) ExpiriesInWindow(IWorkingCalendar calendar, DateOnly today, int opensWd, int closesWd)
    {
        var from = today;
        while (WorkingDaysBefore(calendar, from, closesWd) < today) from = from.AddDays(1);
        var to = from;
        while (WorkingDaysBefore(calendar, to.AddDays(1), opensWd) <= today) to = to.AddDays(1);
        return (from, to);
    }
}
