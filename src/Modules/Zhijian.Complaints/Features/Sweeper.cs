using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Rules;

namespace Zhijian.Complaints.Features;

/// <summary>
/// Hourly housekeeping (a scheduled job, <see cref="IScheduledJob"/>): ODR complaints past their 10 WD go to the bureau;
/// weekly spike detection. Each step is idempotent, so a missed or repeated run converges.
/// </summary>
internal sealed class Sweeper : IScheduledJob
{
    public const string Key = "complaints.sweep";

    public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) => RunOnceAsync(services, ct);

    private static int _calendarLastYear;

    /// <summary>One pass (tests call it directly).</summary>
    public static async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<Odr.Odr>().ExpireAsync(ct);
        var calendar = services.GetRequiredService<IWorkingCalendar>();
        if (calendar.LastYear != _calendarLastYear)
        {
            await RecomputeProvisionalAsync(services.GetRequiredService<ComplaintsDbContext>(), services.GetRequiredService<IRuleBook>(), calendar, ct);
            _calendarLastYear = calendar.LastYear;
        }

        await services.GetRequiredService<Analysis.Spikes>().DetectAsync(ct);
    }

    /// <summary>Deadlines computed as 暂定 (next year's holidays not loaded then): recomputed on the calendar now in force.</summary>
    public static async Task<int> RecomputeProvisionalAsync(ComplaintsDbContext db, IRuleBook rules, IWorkingCalendar calendar, CancellationToken ct)
    {
        var changed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Filings.IgnoreQueryFilters().Where(f => f.ProvisionalDue && f.Id > after).OrderBy(f => f.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0) return changed;
            foreach (var f in batch)
            {
                FilingDeadlines.Apply(f, rules, calendar);
                after = f.Id;
            }

            changed += await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
