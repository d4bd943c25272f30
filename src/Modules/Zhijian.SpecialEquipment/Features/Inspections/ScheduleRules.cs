using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>What the stored schedule holds for one equipment.</summary>
internal sealed record ComputedSchedule(DateOnly? NextDue, string? NextKind, DateOnly? NextPeriodic, DueWarning Warning, string? Note);

/// <summary>
/// The schedule rules as the engine reads them: a memoised <see cref="RuleLookup"/> over <see cref="IRuleBook"/> (one per
/// recompute, so 500,000 pieces read each (key, month) once), the stamp of the versions in force, and the warning days.
/// </summary>
internal sealed class ScheduleRules(IRuleBook rules)
{
    /// <summary>Every rule the engine or the warnings read (their version ids make the stamp stored on each schedule).</summary>
    public static readonly string[] Keys =
    [
        "sequip.elevator-inspection-years", "sequip.elevator-yearly-after", "sequip.inspection-early-months", "sequip.selftest-early-months",
        "sequip.boiler-external", "sequip.boiler-internal", "sequip.boiler-hydrostatic", "sequip.vessel-first", "sequip.vessel-grade12",
        "sequip.vessel-grade3-min", "sequip.vessel-grade3", "sequip.vessel-grade3-default", "sequip.vessel-grade4", "sequip.vessel-annual",
        "sequip.vessel-pressure-every", "sequip.mobile-grade12", "sequip.mobile-grade3", "sequip.mobile-pressure", "sequip.cylinder-corrosive",
        "sequip.cylinder-general", "sequip.cylinder-inert", "sequip.cylinder-lpg", "sequip.crane-interval", "sequip.crane-bridge-interval",
        "sequip.vehicle-interval", "sequip.ride-interval", "sequip.pipeline-interval", "sequip.warn-early-days", "sequip.warn-late-days",
    ];

    public RuleLookup Lookup()
    {
        var memo = new Dictionary<(string, DateOnly), string>();
        return (key, on) =>
        {
            if (!memo.TryGetValue((key, on), out var v)) memo[(key, on)] = v = rules.Get(key, on);
            return v;
        };
    }

    /// <summary>The sum of the ids of every version of the schedule rules: changes whenever an administrator adds a version.</summary>
    public int Stamp() => Keys.Sum(k => rules.History(k).Sum(s => s.Id));

    public (int Early, int Late) WarnDays(DateOnly today) =>
        (int.Parse(rules.Get("sequip.warn-early-days", today), System.Globalization.CultureInfo.InvariantCulture),
         int.Parse(rules.Get("sequip.warn-late-days", today), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The stored schedule of one equipment on <paramref name="today"/>.</summary>
    public static ComputedSchedule Compute(ScheduleFacts facts, IReadOnlyList<InspectionFact> history, RuleLookup lookup, DateOnly today, (int Early, int Late) warn)
    {
        if (ScheduleEngine.NoScheduleReason(facts) is { } reason) return new(null, null, null, DueWarning.None, reason);
        var items = ScheduleEngine.Schedule(facts, history, lookup, ScheduleEngine.Month(today).AddYears(15));
        var next = ScheduleEngine.Open(facts.Category, items).FirstOrDefault();
        var periodic = ScheduleEngine.NextPeriodic(facts.Category, items);
        return new(next?.Due, next?.Kind, periodic?.Due, next is null ? DueWarning.None : Warning(next.Due, today, warn), null);
    }

    /// <summary>超期 once the due month has ended; 30 / 60 日内到期 by the days left to the end of the due month.</summary>
    public static DueWarning Warning(DateOnly dueMonth, DateOnly today, (int Early, int Late) warn)
    {
        var end = dueMonth.AddMonths(1).AddDays(-1);
        var left = end.DayNumber - today.DayNumber;
        return left < 0 ? DueWarning.Overdue : left <= warn.Late ? DueWarning.Days30 : left <= warn.Early ? DueWarning.Days60 : DueWarning.None;
    }

    public static InspectionFact Fact(EquipmentInspection i) =>
        new(i.InspectedOn, i.Kind, i.Passed, i.BodyNextDue, i.MajorRepair, i.Mismatch == MismatchState.AcceptedBody);

    public static string WarningName(DueWarning w) => w switch
    {
        DueWarning.Days60 => "60日内到期",
        DueWarning.Days30 => "30日内到期",
        DueWarning.Overdue => "超期未检",
        _ => "—",
    };

    public static string CategoryName(EquipmentCategory c) => EquipmentCatalog.NameOf(c);
}
