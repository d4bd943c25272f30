using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zhijian.Platform.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the 法定工作日历 once for the whole deployment: a <see cref="WorkingCalendarHolder"/> singleton loaded from
    /// the embedded 放假安排 (replaced when an administrator loads a year), and <see cref="IWorkingCalendar"/> as the
    /// <see cref="ProvisionalCalendar"/> over it — exact inside the loaded years, 暂定 beyond them — which every module
    /// injects. Modules register no calendar of their own.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));
        services.TryAddSingleton<ProvisionalCalendar>();
        services.TryAddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<ProvisionalCalendar>());
        return services;
    }
}
