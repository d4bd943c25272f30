using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Features.Maintenance;
using Zhijian.SpecialEquipment.Features.Rescue;

namespace Zhijian.Tests.SpecialEquipment.Maintenance;

/// <summary>The rule book with the shipped defaults only (no database).</summary>
internal sealed class CatalogRules : IRuleBook
{
    public string Get(string key, DateOnly onDate) => RuleCatalog.All.Single(r => r.Key == key).Defaults.Last(d => d.From <= onDate).Value;

    public IReadOnlyList<RuleSetting> History(string key) => [];

    public void Invalidate()
    {
    }
}

/// <summary>96333 arrival SLA and the maintenance cycles, without a database.</summary>
[Trait("Database", "none")]
public sealed class MaintenanceRulesTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Arrival_sla_is_30_minutes_in_urban_counties_and_60_elsewhere_and_exactly_the_limit_meets_it()
    {
        var sla = new RescueSla(new CatalogRules());
        var none = new Dictionary<string, bool>();
        Assert.True(RescueSla.IsUrban("370102", none));
        Assert.True(RescueSla.IsUrban("370112001", none));
        Assert.False(RescueSla.IsUrban("370124", none));
        Assert.True(RescueSla.IsUrban("370124", new Dictionary<string, bool> { ["370124"] = true }));
        Assert.False(RescueSla.IsUrban("370102", new Dictionary<string, bool> { ["370102"] = false }));
        var day = DateOnly.FromDateTime(Received.DateTime);
        Assert.Equal((30, 60), (sla.Minutes(true, day), sla.Minutes(false, day)));

        Assert.True(RescueSla.Met(Received, Received.AddMinutes(30), 30, Received.AddHours(1)));
        Assert.False(RescueSla.Met(Received, Received.AddMinutes(30).AddSeconds(1), 30, Received.AddHours(1)));
        Assert.Equal(31, RescueSla.ShownMinutes(TimeSpan.FromMinutes(30).Add(TimeSpan.FromSeconds(1))));
        Assert.True(RescueSla.Met(Received, Received.AddMinutes(45), 60, Received.AddHours(1)));
        // No arrival: open while within the limit, missed once it has passed or when closed without arrival.
        Assert.Null(RescueSla.Met(Received, null, 30, Received.AddMinutes(30)));
        Assert.False(RescueSla.Met(Received, null, 30, Received.AddMinutes(31)));
        Assert.False(RescueSla.Met(Received, null, 60, Received.AddMinutes(5), closed: true));
    }

    [Fact]
    public void Elevator_is_overdue_after_15_days_without_maintenance_or_after_its_on_demand_interval()
    {
        var rules = new MaintenanceRules(new CatalogRules());
        var from = new DateOnly(2026, 11, 1);
        var k = new MaintenanceContract { EquipmentCode = "31101037020260001", DivisionCode = "370102", MaintainerUscc = "X", MaintainerName = "维保", CreatedBy = "t", From = from };
        rules.Start(k);
        Assert.Equal(new DateOnly(2026, 11, 16), k.DueOn);
        Assert.False(MaintenanceRules.IsOverdue(k.DueOn, new DateOnly(2026, 11, 16)));
        Assert.True(MaintenanceRules.IsOverdue(k.DueOn, new DateOnly(2026, 11, 17)));
        Assert.Equal(new DateOnly(2027, 2, 1), k.QuarterDueOn);

        var r = Record(new DateOnly(2026, 11, 15), MaintenanceLevel.Quarter);
        rules.Apply(k, r);
        Assert.Equal((14, 1, true), (r.On.DayNumber - from.DayNumber, r.CyclesDue, r.OnTime));
        Assert.Equal(new DateOnly(2026, 11, 30), k.DueOn);
        Assert.Equal(new DateOnly(2027, 2, 15), k.QuarterDueOn);

        var late = Record(new DateOnly(2026, 12, 16), MaintenanceLevel.HalfMonth); // 31 days: 3 cycles due, none on time
        rules.Apply(k, late);
        Assert.Equal((new DateOnly(2026, 11, 15), 3, false), (late.PreviousOn, late.CyclesDue, late.OnTime));
        Assert.Equal(new DateOnly(2027, 2, 15), k.QuarterDueOn); // a half-monthly visit does not reset the quarter

        // 按需维保 pilot: its own interval (30 days) replaces the 15.
        k.OnDemand = true;
        k.OnDemandDays = 30;
        rules.Reschedule(k, new DateOnly(2026, 12, 20));
        Assert.Equal(new DateOnly(2027, 1, 15), k.DueOn);
        Assert.False(MaintenanceRules.IsOverdue(k.DueOn, new DateOnly(2027, 1, 1)));
        var pilot = Record(new DateOnly(2027, 1, 14), MaintenanceLevel.HalfMonth);
        rules.Apply(k, pilot);
        Assert.Equal((30, 1, true), (pilot.IntervalDays, pilot.CyclesDue, pilot.OnTime));
        Assert.Equal((1, true), MaintenanceRules.Cycle(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 16), 15));
        Assert.Equal((2, false), MaintenanceRules.Cycle(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 17), 15));
    }

    private static MaintenanceRecord Record(DateOnly on, MaintenanceLevel level) =>
        new() { EquipmentCode = "31101037020260001", DivisionCode = "370102", MaintainerUscc = "X", MaintainerName = "维保", Staff = "张三", CreatedBy = "t", On = on, Level = level };
}
