using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Maintenance;

/// <summary>The maintenance demo on the demo registry of the E2E size (1,500 entities): its shape, and a second run adds nothing.</summary>
[Trait("Database", "any")]
public sealed class MaintenanceDemoTests
{

    [Fact]
    public async Task Demo_seeds_companies_contracts_records_and_calls_once_for_every_elevator_in_use()
    {
        // The app seeds the whole demo (registry first, then maintenance); a second run adds nothing.
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var before = await MaintenanceKit.Db(app, db => db.MaintenanceRecords.CountAsync());
        await DemoMaintenance.SeedAsync(app.Services, CancellationToken.None);

        var (elevators, cranes, companies, contracts, records, calls, longOnes, overdue, pilots, open) = await MaintenanceKit.Db(app, async db => (
            await db.Equipment.CountAsync(e => e.Status == EquipmentStatus.InUse && e.Category == EquipmentCategory.Elevator),
            await db.Equipment.CountAsync(e => e.Status == EquipmentStatus.InUse && e.Category == EquipmentCategory.Crane),
            await db.MaintenanceCompanies.CountAsync(), await db.MaintenanceContracts.CountAsync(), await db.MaintenanceRecords.CountAsync(),
            await db.RescueCalls.CountAsync(), await db.RescueCalls.CountAsync(c => c.LongEntrapment),
            await db.MaintenanceContracts.CountAsync(k => k.DueOn < new DateOnly(2026, 11, 23)), await db.MaintenanceContracts.CountAsync(k => k.OnDemand),
            await db.RescueCalls.CountAsync(c => c.Status < RescueStatus.Released)));
        Assert.Equal(before, records);
        Assert.True(elevators > 100, $"{elevators} elevators in use");
        Assert.InRange(companies, 3, 30);
        Assert.InRange(contracts, elevators, elevators + cranes); // every elevator, some cranes
        Assert.InRange(records, elevators * 5, elevators * 8);     // ~every 15 days for 3 months
        Assert.InRange(calls, elevators / 20, elevators / 5);      // ~1 call per 10 elevators
        Assert.Equal((1, 3), (longOnes, open));
        Assert.InRange(overdue, 1, elevators / 10);
        Assert.InRange(pilots, 1, elevators / 10);
        Assert.Empty(await MaintenanceKit.Db(app, db => db.Equipment.Where(e => e.Status == EquipmentStatus.InUse && e.Category == EquipmentCategory.Elevator
            && e.MaintainerUscc == null).ToListAsync()));
    }
}
