using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>
/// Month-end snapshots: every hour, each attached plan's previous month is computed for its jurisdiction (and its
/// children) when not yet stored, so the monthly series is complete without anyone opening the dashboard.
/// </summary>
internal sealed class SnapshotJob : IScheduledJob
{
    public const string Key = "dashboard.snapshots";

    public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) => RunAsync(services, ct);

    /// <summary>One pass (also called by tests): the previous month of every attachment, when missing or computed before the month ended.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        var db = services.GetRequiredService<DashboardDbContext>();
        var plans = services.GetRequiredService<PlanService>();
        var snapshots = services.GetRequiredService<Snapshots>();
        var today = services.GetRequiredService<TimeProvider>().Today();
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var period = IndicatorRules.Period(month);
        var final = new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var done = 0;
        foreach (var att in await db.Attachments.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct))
        {
            var plan = await plans.FindAsync(att.PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            if (plan is null || plan.Indicators.Count == 0) continue;
            var ids = plan.Indicators.Select(i => i.Id).ToList();
            var computed = await db.Snapshots.IgnoreQueryFilters().Where(s => ids.Contains(s.PlanIndicatorId) && s.DivisionCode == att.DivisionCode && s.Period == period)
                .Select(s => s.ComputedAt).ToListAsync(ct);
            if (computed.Count >= ids.Count && computed.All(c => c >= final)) continue; // a live value of the running month is not final
            await snapshots.RecordAsync(plan, att.DivisionCode, month, ct);
            done++;
        }

        return done;
    }
}
