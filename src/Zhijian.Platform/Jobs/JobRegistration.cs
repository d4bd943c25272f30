using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Jobs;

namespace Zhijian.Platform;

/// <summary>How a module registers scheduled work (in its AddServices, beside its events and handlers).</summary>
public static class JobRegistration
{
    /// <summary>
    /// Registers a scheduled job: <paramref name="key"/> (stable, e.g. <c>credit.listings</c>), its Chinese
    /// <paramref name="name"/>, its schedule in words (<paramref name="scheduleText"/>, shown to administrators) and when it fires.
    /// </summary>
    public static IServiceCollection AddZhijianJob<TJob>(this IServiceCollection services, string key, string name, string scheduleText,
        JobSchedule schedule) where TJob : class, IScheduledJob
    {
        services.AddSingleton(new JobDefinition(key, name, scheduleText, schedule, typeof(TJob)));
        return services;
    }
}
