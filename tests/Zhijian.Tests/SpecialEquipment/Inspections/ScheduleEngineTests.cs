using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Inspections;

namespace Zhijian.Tests.SpecialEquipment.Inspections;

/// <summary>The schedule engine against hand-computed tables (the shipped rule defaults, by date).</summary>
[Trait("Database", "none")]
public sealed class ScheduleEngineTests
{
    /// <summary>The catalog's shipped defaults as IRuleBook would serve them on a date.</summary>
    internal static string Rules(string key, DateOnly on)
    {
        var d = RuleCatalog.Find(key) ?? throw new KeyNotFoundException(key);
        return (d.Defaults.Where(x => x.From <= on).MaxBy(x => x.From) ?? d.Defaults[0]).Value;
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static ScheduleFacts Elevator(string supervision) =>
        new(EquipmentCategory.Elevator, "3110", D(supervision), D(supervision), null, null, null, EquipmentStatus.InUse);

    private static string Table(IEnumerable<DueItem> items) =>
        string.Join(" ", items.Select(i => $"{i.Due:yyyy-MM}{Short(i.Kind)}{(i.DoneOn is null ? "" : "✓")}"));

    private static string Short(string kind) => kind switch
    {
        DueKinds.Periodic => "P",
        DueKinds.SelfTest => "S",
        DueKinds.AnnualCheck => "A",
        _ => "T",
    };

    [Fact]
    public void Elevator_years_1_4_7_9_11_13_15_then_yearly_with_self_tests_between()
    {
        var items = ScheduleEngine.Schedule(Elevator("2024-06-01"), [], Rules, D("2044-06-02"));
        Assert.Equal(
            "2025-06P 2026-06S 2027-06S 2028-06P 2029-06S 2030-06S 2031-06P 2032-06S 2033-06P 2034-06S 2035-06P 2036-06S 2037-06P 2038-06S 2039-06P "
            + "2040-06P 2041-06P 2042-06P 2043-06P 2044-06P", Table(items));
    }

    [Fact]
    public void Elevator_early_inspections_keep_the_dates_and_three_months_early_satisfies_nothing()
    {
        InspectionFact[] history =
        [
            new(D("2025-04-10"), InspectionKind.Periodic, true, null, false),   // 2 months early: satisfies 2025-06
            new(D("2026-05-20"), InspectionKind.SelfTest, true, null, false),   // 1 month early: satisfies 2026-06
            new(D("2027-06-05"), InspectionKind.SelfTest, true, null, false),
            new(D("2028-03-15"), InspectionKind.Periodic, true, null, false),   // 3 months early: outside the window
        ];
        var items = ScheduleEngine.Schedule(Elevator("2024-06-01"), history, Rules, D("2031-07-01"));
        Assert.Equal("2025-06P✓ 2026-06S✓ 2027-06S✓ 2028-06P 2029-06S 2030-06S 2031-06P", Table(items));
        var next = ScheduleEngine.Next(Elevator("2024-06-01"), history, Rules, D("2028-07-15"));
        Assert.Equal(new DueItem(D("2028-06-01"), DueKinds.Periodic), next);
        Assert.Equal(DueWarning.Overdue, ScheduleRules.Warning(next!.Due, D("2028-07-15"), (60, 30)));
        Assert.Equal(DueWarning.Days30, ScheduleRules.Warning(next.Due, D("2028-06-10"), (60, 30)));
        Assert.Equal(DueWarning.Days60, ScheduleRules.Warning(next.Due, D("2028-05-10"), (60, 30)));
    }

    [Fact]
    public void Elevator_major_repair_replaces_that_years_periodic_inspection()
    {
        InspectionFact[] history =
        [
            new(D("2025-06-03"), InspectionKind.Periodic, true, null, false),
            new(D("2026-06-03"), InspectionKind.SelfTest, true, null, false),
            new(D("2027-06-03"), InspectionKind.SelfTest, true, null, false),
            new(D("2027-11-20"), InspectionKind.Supervision, true, null, MajorRepair: true), // 重大修理 监督检验 in the year to 2028-06
        ];
        var items = ScheduleEngine.Schedule(Elevator("2024-06-01"), history, Rules, D("2029-07-01"));
        Assert.Equal("2025-06P✓ 2026-06S✓ 2027-06S✓ 2028-06P✓ 2029-06S", Table(items));
    }

    [Fact]
    public void Elevator_before_2024_04_02_was_inspected_yearly()
    {
        var items = ScheduleEngine.Schedule(Elevator("2020-06-01"), [], Rules, D("2027-07-01"));
        Assert.Equal("2021-06P 2022-06P 2023-06P 2024-06P 2025-06S 2026-06S 2027-06P", Table(items));
    }

    [Theory]
    [InlineData("corrosive", "2022-03P 2024-03P 2026-03P")]
    [InlineData("general", "2023-03P 2026-03P")]
    [InlineData("inert", "2025-03P")]
    [InlineData("lpg", "2024-03P")]
    public void Cylinders_by_gas(string gas, string expected)
    {
        var facts = new ScheduleFacts(EquipmentCategory.PressureVessel, "2310", null, D("2020-05-01"), D("2020-03-10"), null, gas, EquipmentStatus.InUse);
        Assert.Equal(expected, Table(ScheduleEngine.Schedule(facts, [], Rules, D("2027-01-01"))));
    }

    [Fact]
    public void Cylinder_interval_restarts_from_the_last_inspection()
    {
        var facts = new ScheduleFacts(EquipmentCategory.PressureVessel, "2310", null, null, D("2020-03-10"), null, "general", EquipmentStatus.InUse);
        var items = ScheduleEngine.Schedule(facts, [new(D("2023-01-10"), InspectionKind.Periodic, true, null, false)], Rules, D("2029-06-01"));
        Assert.Equal("2023-03P✓ 2026-01P 2029-01P", Table(items));
    }

    private static ScheduleFacts Vessel(int grade) =>
        new(EquipmentCategory.PressureVessel, "2110", null, D("2020-05-12"), null, grade, null, EquipmentStatus.InUse);

    [Fact]
    public void Fixed_vessel_grade_1_first_in_3_years_then_6_with_annual_checks_and_a_pressure_test_every_second_inspection()
    {
        var items = ScheduleEngine.Schedule(Vessel(1), [new(D("2023-05-10"), InspectionKind.Periodic, true, null, false)], Rules, D("2035-06-01"));
        Assert.Equal("2035-05P 2029-05P 2023-05P✓", Table(items.Where(i => i.Kind == DueKinds.Periodic).Reverse()));
        Assert.Equal("2029-05T", Table(items.Where(i => i.Kind == DueKinds.PressureTest)));
        // Annual checks yearly from first use; a full inspection also counts as the annual check and restarts its interval
        // (here the first recorded check is the 2023 full inspection: it closes the open 2021 item late).
        Assert.StartsWith("2021-05A✓ 2024-05A 2025-05A", Table(items.Where(i => i.Kind == DueKinds.AnnualCheck)));
    }

    [Fact]
    public void Fixed_vessel_grades_3_4_5()
    {
        InspectionFact Done(string next) => new(D("2023-05-10"), InspectionKind.Periodic, true, D(next), false);
        string Periodic(int grade, string? next) => Table(ScheduleEngine.Schedule(Vessel(grade), next is null ? [new(D("2023-05-10"), InspectionKind.Periodic, true, null, false)] : [Done(next)],
            Rules, D("2027-12-01")).Where(i => i.Kind == DueKinds.Periodic));
        Assert.Equal("2023-05P✓ 2026-05P", Periodic(3, null));           // grade 3: default 3 years
        Assert.Equal("2023-05P✓ 2027-05P", Periodic(3, "2027-05-10"));   // the body's date within 3–6 years
        Assert.Equal("2023-05P✓ 2025-05P", Periodic(4, "2025-05-01")); // grade 4: the body's date (≤ 3 years)
        Assert.Empty(ScheduleEngine.Schedule(Vessel(5), [], Rules, D("2030-01-01")));
        Assert.Equal("安全状况等级为5级，不得继续使用", ScheduleEngine.NoScheduleReason(Vessel(5)));
    }

    [Fact]
    public void Boiler_external_yearly_internal_every_2_years_hydro_every_6()
    {
        var facts = new ScheduleFacts(EquipmentCategory.Boiler, "1100", null, D("2020-01-15"), null, null, null, EquipmentStatus.InUse);
        var items = ScheduleEngine.Schedule(facts, [], Rules, D("2026-02-01"));
        Assert.Equal("2022-01P 2024-01P 2026-01P", Table(items.Where(i => i.Kind == DueKinds.Periodic)));
        Assert.Equal("2021-01A 2022-01A 2023-01A 2024-01A 2025-01A 2026-01A", Table(items.Where(i => i.Kind == DueKinds.AnnualCheck)));
        Assert.Equal("2026-01T", Table(items.Where(i => i.Kind == DueKinds.PressureTest)));
    }

    [Theory]
    [InlineData("4310", "2021-01P 2022-01P")]   // 塔式起重机 yearly
    [InlineData("4110", "2022-01P")]            // 通用桥式起重机 every 2 years
    [InlineData("4150", "2021-01P 2022-01P")]   // 冶金桥式起重机 yearly
    [InlineData("6100", "2021-01P 2022-01P")]   // 大型游乐设施 yearly
    public void Cranes_and_rides(string variety, string expected)
    {
        var facts = new ScheduleFacts((EquipmentCategory)(variety[0] - '0'), variety, null, D("2020-01-15"), null, null, null, EquipmentStatus.InUse);
        Assert.Equal(expected, Table(ScheduleEngine.Schedule(facts, [], Rules, D("2022-06-01"))));
    }

    [Fact]
    public void A_stopped_equipment_has_no_schedule()
    {
        var facts = Elevator("2024-06-01") with { Status = EquipmentStatus.Stopped };
        Assert.Empty(ScheduleEngine.Schedule(facts, [], Rules, D("2030-01-01")));
        Assert.NotNull(ScheduleEngine.NoScheduleReason(facts));
    }

    [Fact]
    public void Body_next_due_is_compared_with_the_engines()
    {
        var elevator = Elevator("2024-06-01");
        var history = new List<InspectionFact> { new(D("2025-06-03"), InspectionKind.Periodic, true, null, false) };
        // The next periodic inspection after 2025 is in year 4 (2028-06): a body writing 2026-06 is flagged.
        Assert.Equal(D("2028-06-01"), ScheduleEngine.ExpectedNextAfter(elevator, [], history[0] with { BodyNextDue = D("2026-06-30") }, Rules));
        // Grade 3 vessels: the body sets the period within 3–6 years — nothing to compare.
        Assert.Null(ScheduleEngine.ExpectedNextAfter(Vessel(3), [], new(D("2023-05-10"), InspectionKind.Periodic, true, D("2027-05-10"), false), Rules));
    }
}
