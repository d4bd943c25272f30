using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>
/// The maintenance cycles (TSG T5002: 半月 every sequip.elevator-maintenance days — or a 按需维保 pilot's own interval — 季度/半年/年度
/// by their month settings; a higher level also resets the lower ones) and the self-check interval (条例 第27条), from the rule book
/// on the day in question.
/// </summary>
internal sealed class MaintenanceRules(IRuleBook rules)
{
    public const string HalfMonthKey = "sequip.elevator-maintenance";
    public const string QuarterKey = "sequip.maintenance-quarter";
    public const string HalfYearKey = "sequip.maintenance-half-year";
    public const string YearKey = "sequip.maintenance-year";
    public const string SelfCheckKey = "sequip.self-check-interval";
    public const string ExpiringKey = "sequip.contract-expiring-days";
    public const string OnDemandMaxKey = "sequip.on-demand-max-days";

    /// <summary>The 半月 interval of a contract on <paramref name="on"/>: the pilot's days, else the rule.</summary>
    public int IntervalDays(MaintenanceContract c, DateOnly on) => c.OnDemand && c.OnDemandDays is > 0 ? c.OnDemandDays.Value : rules.GetInt(HalfMonthKey, on);

    public int SelfCheckMonths(DateOnly on) => rules.GetInt(SelfCheckKey, on);

    public int ExpiringDays(DateOnly on) => rules.GetInt(ExpiringKey, on);

    public int OnDemandMaxDays(DateOnly on) => rules.GetInt(OnDemandMaxKey, on);

    /// <summary>Sets the due dates of a new contract from its start (no maintenance yet).</summary>
    public void Start(MaintenanceContract c)
    {
        c.DueOn = c.From.AddDays(IntervalDays(c, c.From));
        c.QuarterDueOn = c.From.AddMonths(rules.GetInt(QuarterKey, c.From));
        c.HalfYearDueOn = c.From.AddMonths(rules.GetInt(HalfYearKey, c.From));
        c.YearDueOn = c.From.AddMonths(rules.GetInt(YearKey, c.From));
    }

    /// <summary>
    /// Applies a maintenance record (its level and date) to the contract's state and fixes the record's cycle facts (previous,
    /// interval, cycles due, on time).
    /// </summary>
    public void Apply(MaintenanceContract c, MaintenanceRecord r)
    {
        var on = r.On;
        var interval = IntervalDays(c, on);
        var basis = c.LastMaintainedOn ?? c.From;
        var (cycles, onTime) = Cycle(basis, on, interval);
        r.PreviousOn = c.LastMaintainedOn;
        r.IntervalDays = interval;
        r.CyclesDue = cycles;
        r.OnTime = onTime;
        if (c.LastMaintainedOn is null || on >= c.LastMaintainedOn)
        {
            c.LastMaintainedOn = on;
            c.DueOn = on.AddDays(interval);
        }

        if (r.Level >= MaintenanceLevel.Quarter) c.QuarterDueOn = Later(c.QuarterDueOn, on.AddMonths(rules.GetInt(QuarterKey, on)));
        if (r.Level >= MaintenanceLevel.HalfYear) c.HalfYearDueOn = Later(c.HalfYearDueOn, on.AddMonths(rules.GetInt(HalfYearKey, on)));
        if (r.Level >= MaintenanceLevel.Year) c.YearDueOn = Later(c.YearDueOn, on.AddMonths(rules.GetInt(YearKey, on)));
    }

    /// <summary>Re-derives the 半月 due date after the pilot setting changed.</summary>
    public void Reschedule(MaintenanceContract c, DateOnly today)
    {
        var basis = c.LastMaintainedOn ?? c.From;
        c.DueOn = basis.AddDays(IntervalDays(c, today));
    }

    /// <summary>
    /// Half-monthly cycles that fell due between <paramref name="basis"/> (previous maintenance or contract start) and
    /// <paramref name="on"/>: max(1, ⌈gap / interval⌉); the maintenance is on time when the gap is at most the interval.
    /// </summary>
    public static (int Cycles, bool OnTime) Cycle(DateOnly basis, DateOnly on, int interval)
    {
        var gap = Math.Max(0, on.DayNumber - basis.DayNumber);
        var cycles = Math.Max(1, (gap + interval - 1) / interval);
        return (cycles, gap <= interval);
    }

    /// <summary>Overdue when today is past the due date (the last day of the interval still counts as on time).</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    /// <summary>Days past the due date (0 when not overdue).</summary>
    public static int DaysOverdue(DateOnly dueOn, DateOnly today) => Math.Max(0, today.DayNumber - dueOn.DayNumber);

    public static string NameOf(MaintenanceLevel level) => level switch
    {
        MaintenanceLevel.HalfMonth => "半月维保",
        MaintenanceLevel.Quarter => "季度维保",
        MaintenanceLevel.HalfYear => "半年维保",
        MaintenanceLevel.Year => "年度维保",
        _ => "未知",
    };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
