using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;
using Zhijian.SpecialEquipment.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Safety;

/// <summary>The safety demo scales with the registry: one hazard per 40 in every state, one accident, fast.</summary>
[Trait("Database", "any")]
public sealed class DemoSafetyTests
{
    [Fact]
    public async Task Demo_seeds_hazards_in_every_state_and_one_general_accident_quickly()
    {
        await using var app = await ZhijianApp.StartAsync();
        await DemoSafety.SeedAsync(app.Services, CancellationToken.None); // empty registry: nothing
        Assert.Equal(0, await SafetyKit.CountAsync(app, db => db.Hazards.CountAsync()));
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EquipmentDbContext>();
            db.Equipment.AddRange(Enumerable.Range(1, 1200).Select(i => new Equipment
            {
                Code = $"3110100012026{i:D5}",
                Category = i % 5 == 0 ? EquipmentCategory.Boiler : EquipmentCategory.Elevator,
                Variety = i % 5 == 0 ? "1100" : "3110",
                UserUscc = "91370102MA3C8KXX1Q",
                UserName = "济南泉城物业管理有限公司",
                DivisionCode = i % 3 == 2 ? "370112" : "370102",
                Address = "济南市",
                MakerName = "某电梯有限公司",
                Status = EquipmentStatus.InUse,
            }));
            await db.SaveChangesAsync();
        });

        await DemoSafety.SeedAsync(app.Services, CancellationToken.None);
        var states = await SafetyKit.CountAsync(app, db => db.Hazards.GroupBy(h => h.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync());
        Assert.Equal(30, states.Sum(s => s.N));
        Assert.Equal(4, states.Count);
        var accident = await SafetyKit.CountAsync(app, db => db.Accidents.SingleAsync());
        Assert.Equal(AccidentClass.General, accident.Class);
        var inspector = await app.LoginAsync("inspector");
        var page = await inspector.GetJsonAsync("/api/v1/equipment/hazards?tab=overdue");
        Assert.True(page.GetProperty("total").GetInt32() > 0);
        var view = await inspector.GetJsonAsync($"/api/v1/equipment/accidents/{accident.Id}");
        var states2 = view.GetProperty("reports").EnumerateArray().Select(r => r.Str("state")).ToList();
        Assert.Equal(["按时报告", "按时报告", "按时报告", "待报告"], states2);
    }
}
