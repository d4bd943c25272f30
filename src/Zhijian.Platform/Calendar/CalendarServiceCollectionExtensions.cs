using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zhijian.Platform.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the 法定工作日历: a <see cref="WorkingCalendarHolder"/> singleton loaded from the embedded
    /// 放假安排, and <see cref="IWorkingCalendar"/> as a singleton that always answers from
    /// <see cref="WorkingCalendarHolder.Current"/>, so a replaced calendar takes effect at once.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));
        services.TryAddSingleton<IWorkingCalendar, CurrentWorkingCalendar>();
        return services;
    }

    /// <summary>Delegates every call to the calendar in force.</summary>
    private sealed class CurrentWorkingCalendar(WorkingCalendarHolder holder) : IWorkingCalendar
    {
        public int FirstYear => holder.Current.FirstYear;

        public int LastYear => holder.Current.LastYear;

        public CalendarDay GetDay(DateOnly day) => holder.Current.GetDay(day);

        public bool IsWorkingDay(DateOnly day) => holder.Current.IsWorkingDay(day);

        public DateOnly AddWorkingDays(DateOnly trigger, int n) => holder.Current.AddWorkingDays(trigger, n);

        public DateOnly AddCalendarDays(DateOnly trigger, int n) => holder.Current.AddCalendarDays(trigger, n);

        public DateOnly Deadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null) =>
            holder.Current.Deadline(trigger, period, pauses);

        public DateOnly? TryDeadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null) =>
            holder.Current.TryDeadline(trigger, period, pauses);
    }
}
