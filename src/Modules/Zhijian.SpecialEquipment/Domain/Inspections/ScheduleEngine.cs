using System.Globalization;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Inspections;

/// <summary>检验类别 of a result an inspection body reports.</summary>
internal enum InspectionKind
{
    /// <summary>定期检验</summary>
    Periodic = 1,

    /// <summary>监督检验（安装、改造、重大修理）</summary>
    Supervision = 2,

    /// <summary>自行检测（电梯，TSG T7008）</summary>
    SelfTest = 3,

    /// <summary>年度检查（压力容器）/ 外部检验（锅炉）</summary>
    AnnualCheck = 4,

    /// <summary>耐压试验</summary>
    PressureTest = 5,
}

/// <summary>Due-item kinds of the schedule (the API's strings).</summary>
internal static class DueKinds
{
    public const string Periodic = "periodic-inspection";
    public const string SelfTest = "self-test";
    public const string AnnualCheck = "annual-check";
    public const string PressureTest = "pressure-test";

    public static string Name(string kind, EquipmentCategory category) => kind switch
    {
        Periodic => category == EquipmentCategory.Boiler ? "内部检验" : "定期检验",
        SelfTest => "自行检测",
        AnnualCheck => category == EquipmentCategory.Boiler ? "外部检验" : "年度检查",
        PressureTest => "耐压试验",
        _ => kind,
    };
}

/// <summary>The schedule facts of one equipment (from the registry's <see cref="Equipment"/>).</summary>
internal sealed record ScheduleFacts(EquipmentCategory Category, string Variety, DateOnly? SupervisionMonth, DateOnly? FirstUseOn,
    DateOnly? MadeOn, int? SafetyGrade, string? GasKind, EquipmentStatus Status)
{
    public static ScheduleFacts Of(Equipment e) =>
        new(e.Category, e.Variety, e.SupervisionMonth, e.FirstUseOn, e.MadeOn, e.SafetyGrade, e.GasKind, e.Status);
}

/// <summary>
/// One past inspection as the engine sees it. <paramref name="Passed"/> is false for 不合格 / 不符合要求; <paramref name="BodyAccepted"/>
/// is true when a section chief accepted the body's next-due over the computed one (检验日期不一致 resolved for the body).
/// </summary>
internal sealed record InspectionFact(DateOnly On, InspectionKind Kind, bool Passed, DateOnly? BodyNextDue, bool MajorRepair, bool BodyAccepted = false);

/// <summary>One due item: the first day of the month it is due, its kind, and the inspection that satisfied it (if any).</summary>
internal sealed record DueItem(DateOnly Due, string Kind, DateOnly? DoneOn = null);

/// <summary>Rule values by key and date (IRuleBook.Get, memoised by the caller for bulk work).</summary>
internal delegate string RuleLookup(string key, DateOnly onDate);

/// <summary>
/// 检验计划规则引擎 (docs/special-equipment-inspections.md): pure; no I/O. Reads every number through <see cref="RuleLookup"/>
/// at the due date of the item concerned, so a rule version in force from a date changes the items due from then on.
/// </summary>
internal static class ScheduleEngine
{
    /// <summary>Hard cap of projected items per track (a 1-month interval for 50 years).</summary>
    private const int MaxItems = 700;

    /// <summary>
    /// The due items from the schedule's origin up to (not including) <paramref name="until"/>, with the inspection that
    /// satisfied each. Empty when the equipment has no schedule (not in use, vessel grade 5, no origin date).
    /// </summary>
    public static IReadOnlyList<DueItem> Schedule(ScheduleFacts facts, IReadOnlyList<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        if (facts.Status != EquipmentStatus.InUse || !HasSchedule(facts)) return [];
        var sorted = history.OrderBy(h => h.On).ToList();
        var items = facts.Category switch
        {
            EquipmentCategory.Elevator => Elevator(facts, sorted, rules, until),
            EquipmentCategory.Boiler => Boiler(facts, sorted, rules, until),
            EquipmentCategory.PressureVessel when IsUnder(facts.Variety, "23") => Cylinder(facts, sorted, rules, until),
            EquipmentCategory.PressureVessel when IsUnder(facts.Variety, "22") => Mobile(facts, sorted, rules, until),
            EquipmentCategory.PressureVessel => Vessel(facts, sorted, rules, until),
            _ => Interval(facts, sorted, rules, until),
        };
        return [.. items.OrderBy(i => i.Due).ThenBy(i => KindOrder(i.Kind))];
    }

    /// <summary>
    /// The next item not yet satisfied (the earliest: an overdue one before a future one), or null. Items of a track before
    /// its latest satisfied item are moot (history migrated without its oldest inspections; a late inspection that
    /// satisfied a later year).
    /// </summary>
    public static DueItem? Next(ScheduleFacts facts, IReadOnlyList<InspectionFact> history, RuleLookup rules, DateOnly today) =>
        Open(facts.Category, Schedule(facts, history, rules, Month(today).AddYears(15))).FirstOrDefault();

    /// <summary>The open items of a schedule: unsatisfied and after the latest satisfied item of their track, in due order.</summary>
    public static IEnumerable<DueItem> Open(EquipmentCategory category, IReadOnlyList<DueItem> items)
    {
        // Elevators have one track (inspection and self-test years alternate); the others one per kind.
        string Track(DueItem i) => category == EquipmentCategory.Elevator ? "" : i.Kind;
        var lastDone = new Dictionary<string, DateOnly>();
        foreach (var i in items)
            if (i.DoneOn is not null) lastDone[Track(i)] = i.Due;
        return items.Where(i => i.DoneOn is null && (!lastDone.TryGetValue(Track(i), out var d) || i.Due > d));
    }

    /// <summary>The next periodic inspection (定期检验 / 内部检验) open, or null.</summary>
    public static DueItem? NextPeriodic(EquipmentCategory category, IReadOnlyList<DueItem> items) => Open(category, items).FirstOrDefault(i => i.Kind == DueKinds.Periodic);

    /// <summary>
    /// What the engine would set as the next due periodic month after <paramref name="result"/>, ignoring the
    /// body's date; null where the body sets the period (vessel grade 3 within its range, grade 4, pipelines) or there is no
    /// schedule. Used to flag a body's next-due that differs (检验日期不一致).
    /// </summary>
    public static DateOnly? ExpectedNextAfter(ScheduleFacts facts, IReadOnlyList<InspectionFact> history, InspectionFact result, RuleLookup rules)
    {
        if (result.Kind is not (InspectionKind.Periodic or InspectionKind.Supervision) || !result.Passed) return null;
        var withoutBody = result with { BodyNextDue = null, BodyAccepted = false };
        var all = history.Where(h => h != result).Append(withoutBody).ToList();
        var items = Schedule(facts with { Status = EquipmentStatus.InUse }, all, rules, Month(result.On).AddYears(20));
        var next = items.FirstOrDefault(i => i.Kind == DueKinds.Periodic && i.DoneOn is null && i.Due > Month(result.On));
        if (next is null) return null;
        if (BodySetsPeriod(facts, result.BodyNextDue, result.On, rules)) return null;
        return next.Due;
    }

    public static bool HasSchedule(ScheduleFacts facts) =>
        Origin(facts) is not null && !(facts.Category == EquipmentCategory.PressureVessel && !IsUnder(facts.Variety, "23") && facts.SafetyGrade == 5);

    /// <summary>Why an equipment has no schedule (Chinese), or null.</summary>
    public static string? NoScheduleReason(ScheduleFacts facts) => facts switch
    {
        { Status: EquipmentStatus.Stopped } => "设备已停用，重新启用前须经定期检验",
        { Status: EquipmentStatus.Scrapped or EquipmentStatus.Cancelled } => "设备已报废或注销",
        { Status: EquipmentStatus.Unregistered } => "设备尚未办理使用登记",
        { Category: EquipmentCategory.PressureVessel, SafetyGrade: 5 } when !IsUnder(facts.Variety, "23") => "安全状况等级为5级，不得继续使用",
        _ when Origin(facts) is null => "缺少投入使用日期或监督检验月份，无法计算检验计划",
        _ => null,
    };

    public static DateOnly Month(DateOnly d) => new(d.Year, d.Month, 1);

    private static DateOnly? Origin(ScheduleFacts f) => f.Category switch
    {
        EquipmentCategory.Elevator => f.SupervisionMonth ?? f.FirstUseOn,
        EquipmentCategory.PressureVessel when IsUnder(f.Variety, "23") => f.MadeOn ?? f.FirstUseOn,
        _ => f.FirstUseOn ?? f.SupervisionMonth,
    } is { } d ? Month(d) : null;

    private static bool IsUnder(string variety, string prefix) => variety.StartsWith(prefix, StringComparison.Ordinal);

    private static int KindOrder(string kind) => kind switch
    {
        DueKinds.Periodic => 0,
        DueKinds.PressureTest => 1,
        DueKinds.SelfTest => 2,
        _ => 3,
    };

    private static int Int(RuleLookup rules, string key, DateOnly on) => int.Parse(rules(key, on), NumberStyles.None, CultureInfo.InvariantCulture);

    // ── 电梯 (TSG T7001-2023 / T7008-2023) ──

    /// <summary>
    /// Year k (k ≥ 1) is due in the month SupervisionMonth + k years: a periodic inspection in the years of
    /// sequip.elevator-inspection-years and every year after sequip.elevator-yearly-after, a self-test otherwise (the rule
    /// version in force at the due month decides). An item is satisfied by the first unused inspection of a fitting kind
    /// done from its early window on (2 months for inspections, 1 for self-tests; a periodic inspection also satisfies a
    /// self-test year): early ones do not move later dates; one before the window satisfies nothing. A 重大修理 supervision
    /// inspection in the 12 months up to the due month replaces that year's item.
    /// </summary>
    private static List<DueItem> Elevator(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var origin = Origin(f)!.Value;
        var used = new bool[history.Count];
        var items = new List<DueItem>();
        for (var k = 1; k < MaxItems; k++)
        {
            var due = origin.AddYears(k);
            if (due >= until) break;
            var years = rules("sequip.elevator-inspection-years", due).Split(',').Select(y => int.Parse(y.Trim(), CultureInfo.InvariantCulture));
            var yearlyAfter = Int(rules, "sequip.elevator-yearly-after", due);
            var periodic = k > yearlyAfter || years.Contains(k);
            var early = Int(rules, periodic ? "sequip.inspection-early-months" : "sequip.selftest-early-months", due);
            var windowStart = due.AddMonths(-early);
            DateOnly? done = null;
            for (var i = 0; i < history.Count; i++)
            {
                var h = history[i];
                if (used[i] || !h.Passed) continue;
                var fits = h.Kind switch
                {
                    InspectionKind.Periodic => h.On >= windowStart,
                    InspectionKind.SelfTest => !periodic && h.On >= windowStart,
                    InspectionKind.Supervision => RepairFits(h, due),
                    _ => false,
                };
                if (!fits) continue;
                used[i] = true;
                done = h.On;
                break;
            }

            // Inspections before this window that no earlier item used satisfy nothing: mark them used so a later item
            // cannot pick them up either.
            for (var i = 0; i < history.Count; i++)
                if (history[i].On < windowStart && !RepairFits(history[i], due))
                    used[i] = true;
            items.Add(new DueItem(due, periodic ? DueKinds.Periodic : DueKinds.SelfTest, done));
        }

        return items;
    }

    /// <summary>A 重大修理 supervision inspection in the 12 months up to the end of the due month.</summary>
    private static bool RepairFits(InspectionFact h, DateOnly due) =>
        h.Kind == InspectionKind.Supervision && h.MajorRepair && h.On > due.AddMonths(-12) && h.On < due.AddMonths(1);

    // ── Interval tracks (boilers, vessels, cylinders, cranes, vehicles, rides, ropeways, pipelines) ──

    /// <summary>
    /// One kind of item recurring every <paramref name="interval"/>(due) months: the first is due <paramref name="first"/>; each
    /// satisfying inspection (any of <paramref name="kinds"/>, passed, after the previous one) sets the next due to its month
    /// plus the interval, or to the body's next due when <paramref name="useBody"/> accepts it. Unsatisfied items project on.
    /// </summary>
    private static List<DueItem> Track(string kind, DateOnly first, Func<DateOnly, InspectionFact?, int> interval, List<InspectionFact> history,
        InspectionKind[] kinds, DateOnly until, Func<InspectionFact, DateOnly?>? useBody = null)
    {
        var items = new List<DueItem>();
        var due = first;
        var done = history.Where(h => h.Passed && kinds.Contains(h.Kind)).ToList();
        var next = 0;
        while (due < until && items.Count < MaxItems)
        {
            // The first inspection after the previous item satisfies this one, however early (the interval restarts from it).
            if (next < done.Count)
            {
                var h = done[next++];
                items.Add(new DueItem(due, kind, h.On));
                due = (h.BodyAccepted ? h.BodyNextDue : useBody?.Invoke(h)) is { } body ? Month(body) : Month(h.On).AddMonths(interval(Month(h.On), h));
                continue;
            }

            items.Add(new DueItem(due, kind));
            due = due.AddMonths(interval(due, null));
        }

        return items;
    }

    private static readonly InspectionKind[] PeriodicKinds = [InspectionKind.Periodic];
    private static readonly InspectionKind[] AnnualKinds = [InspectionKind.AnnualCheck, InspectionKind.Periodic];
    private static readonly InspectionKind[] PressureKinds = [InspectionKind.PressureTest];

    private static List<DueItem> Boiler(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var o = Origin(f)!.Value;
        var items = Track(DueKinds.Periodic, o.AddMonths(Int(rules, "sequip.boiler-internal", o)), (d, _) => Int(rules, "sequip.boiler-internal", d), history, PeriodicKinds, until);
        items.AddRange(Track(DueKinds.AnnualCheck, o.AddMonths(Int(rules, "sequip.boiler-external", o)), (d, _) => Int(rules, "sequip.boiler-external", d), history, AnnualKinds, until));
        items.AddRange(Track(DueKinds.PressureTest, o.AddMonths(Int(rules, "sequip.boiler-hydrostatic", o)), (d, _) => Int(rules, "sequip.boiler-hydrostatic", d), history, PressureKinds, until));
        return items;
    }

    /// <summary>
    /// 固定式压力容器: first full inspection sequip.vessel-first after first use; then by safety grade (1–2 grade12; 3 the body's
    /// date within [grade3-min, grade3] else grade3-default; 4 the body's date up to grade4; 5 none). Annual check yearly. A
    /// pressure test is due with every sequip.vessel-pressure-every-th full inspection.
    /// </summary>
    private static List<DueItem> Vessel(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var o = Origin(f)!.Value;
        var grade = f.SafetyGrade ?? 1;
        int Period(DateOnly d) => grade switch
        {
            <= 2 => Int(rules, "sequip.vessel-grade12", d),
            3 => Int(rules, "sequip.vessel-grade3-default", d),
            _ => Int(rules, "sequip.vessel-grade4", d),
        };
        DateOnly? Body(InspectionFact h) => BodySetsPeriod(f, h.BodyNextDue, h.On, rules) ? h.BodyNextDue : null;
        var periodic = Track(DueKinds.Periodic, o.AddMonths(Int(rules, "sequip.vessel-first", o)), (d, _) => Period(d), history, PeriodicKinds, until, Body);
        var items = new List<DueItem>(periodic);
        items.AddRange(Track(DueKinds.AnnualCheck, o.AddMonths(Int(rules, "sequip.vessel-annual", o)), (d, _) => Int(rules, "sequip.vessel-annual", d), history, AnnualKinds, until));

        // Pressure tests: due with every N-th full inspection; the first pressure test after the previous such item satisfies it.
        var tests = history.Where(h => h.Passed && h.Kind == InspectionKind.PressureTest).Select(h => h.On).ToList();
        var (n, j, previous) = (0, 0, DateOnly.MinValue);
        foreach (var p in periodic)
        {
            if (++n % Int(rules, "sequip.vessel-pressure-every", p.Due) != 0) continue;
            while (j < tests.Count && tests[j] <= previous) j++;
            items.Add(new DueItem(p.Due, DueKinds.PressureTest, j < tests.Count ? tests[j++] : null));
            previous = p.Due;
        }

        return items;
    }

    /// <summary>True when the body sets the period and its date is acceptable (vessel grade 3 within range, grade 4 up to the cap, pipelines).</summary>
    private static bool BodySetsPeriod(ScheduleFacts f, DateOnly? bodyNext, DateOnly on, RuleLookup rules)
    {
        if (bodyNext is not { } next) return false;
        var months = ((next.Year - on.Year) * 12) + next.Month - on.Month;
        return f.Category switch
        {
            EquipmentCategory.Pipeline => months > 0,
            EquipmentCategory.PressureVessel when !IsUnder(f.Variety, "22") && !IsUnder(f.Variety, "23") => f.SafetyGrade switch
            {
                3 => months >= Int(rules, "sequip.vessel-grade3-min", on) && months <= Int(rules, "sequip.vessel-grade3", on),
                4 => months > 0 && months <= Int(rules, "sequip.vessel-grade4", on),
                _ => false,
            },
            _ => false,
        };
    }

    private static List<DueItem> Mobile(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var o = Origin(f)!.Value;
        int Period(DateOnly d) => (f.SafetyGrade ?? 1) <= 2 ? Int(rules, "sequip.mobile-grade12", d) : Int(rules, "sequip.mobile-grade3", d);
        var items = Track(DueKinds.Periodic, o.AddMonths(Period(o)), (d, _) => Period(d), history, PeriodicKinds, until);
        items.AddRange(Track(DueKinds.AnnualCheck, o.AddMonths(Int(rules, "sequip.vessel-annual", o)), (d, _) => Int(rules, "sequip.vessel-annual", d), history, AnnualKinds, until));
        items.AddRange(Track(DueKinds.PressureTest, o.AddMonths(Int(rules, "sequip.mobile-pressure", o)), (d, _) => Int(rules, "sequip.mobile-pressure", d), history, PressureKinds, until));
        return items;
    }

    /// <summary>气瓶: by the gas (corrosive, general, inert, lpg; unknown = general), counted from manufacture, then from the last inspection.</summary>
    private static List<DueItem> Cylinder(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var key = f.GasKind switch
        {
            "corrosive" => "sequip.cylinder-corrosive",
            "inert" => "sequip.cylinder-inert",
            "lpg" => "sequip.cylinder-lpg",
            _ => "sequip.cylinder-general",
        };
        var o = Origin(f)!.Value;
        return Track(DueKinds.Periodic, o.AddMonths(Int(rules, key, o)), (d, _) => Int(rules, key, d), history, PeriodicKinds, until);
    }

    /// <summary>Cranes, field vehicles, rides, ropeways, pipelines: one periodic track.</summary>
    private static List<DueItem> Interval(ScheduleFacts f, List<InspectionFact> history, RuleLookup rules, DateOnly until)
    {
        var key = IntervalKey(f);
        var o = Origin(f)!.Value;
        Func<InspectionFact, DateOnly?>? body = f.Category == EquipmentCategory.Pipeline ? h => h.BodyNextDue is { } n && n > h.On ? n : null : null;
        return Track(DueKinds.Periodic, o.AddMonths(Int(rules, key, o)), (d, _) => Int(rules, key, d), history, PeriodicKinds, until, body);
    }

    private static string IntervalKey(ScheduleFacts f) => f.Category switch
    {
        EquipmentCategory.Crane when f.Variety == "4150" => "sequip.crane-interval",
        EquipmentCategory.Crane when IsUnder(f.Variety, "41") || IsUnder(f.Variety, "42") => "sequip.crane-bridge-interval",
        EquipmentCategory.Crane => "sequip.crane-interval",
        EquipmentCategory.FieldVehicle => "sequip.vehicle-interval",
        EquipmentCategory.Pipeline => "sequip.pipeline-interval",
        _ => "sequip.ride-interval",
    };
}
