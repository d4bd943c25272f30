using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Indicators;
using Zhijian.SpecialEquipment.Features.Demo;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Registry;

/// <summary>The registry's measures in SQL per county, and the demo doing nothing on an empty registry.</summary>
[Trait("Database", "any")]
public sealed class RegistryMeasuresTests
{
    [Fact]
    public async Task Measures_count_equipment_in_use_registered_late_and_insured_elevators_per_county()
    {
        await using var app = await ZhijianApp.StartAsync();
        await app.AsSystemAsync(async sp => await DemoRegistry.SeedAsync(sp, CancellationToken.None)); // no entities yet: nothing
        var registrar = await app.LoginAsync("registrar");
        Assert.Equal(0, (await registrar.GetJsonAsync("/api/v1/equipment")).GetProperty("total").GetInt32());
        var company = SampleEntities.Company("济南泉城物业服务有限公司");
        await (await registrar.PostJsonAsync("/api/v1/entities", company)).ExpectAsync(HttpStatusCode.Created);
        var uscc = (string)company["uscc"]!;
        object Elevator(string code, string firstUse, bool register, string? insuredUntil) => new
        {
            code,
            userUscc = uscc,
            divisionCode = "370102",
            address = "历下区经十路 9 号 1 号楼",
            makerName = "某某电梯有限公司",
            parameters = new Dictionary<string, string> { ["ratedLoad"] = "1000", ["ratedSpeed"] = "1.75", ["stops"] = "18" },
            firstUseOn = firstUse,
            supervisionMonth = firstUse[..8] + "01",
            register,
            insurer = insuredUntil is null ? null : "某某保险",
            insuredUntil,
        };
        await (await registrar.PostJsonAsync("/api/v1/equipment", Elevator("311037001202500901", "2026-11-10", true, "2027-06-30"))).ExpectAsync(HttpStatusCode.Created);
        await (await registrar.PostJsonAsync("/api/v1/equipment", Elevator("311037001202500902", "2026-10-01", true, null))).ExpectAsync(HttpStatusCode.Created);
        await (await registrar.PostJsonAsync("/api/v1/equipment", Elevator("311037001202500903", "2026-10-10", false, null))).ExpectAsync(HttpStatusCode.Created);

        string[] codes = ["sequip.equipment", "sequip.registered", "sequip.registered_late", "sequip.elevators", "sequip.elevators_insured"];
        var values = await app.AsSystemAsync(async sp =>
        {
            var all = new List<MeasureValue>();
            foreach (var source in sp.GetServices<IMeasureSource>())
                all.AddRange(await source.ComputeAsync(new MeasureQuery("370100", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), codes), CancellationToken.None));
            return all.ToDictionary(v => $"{v.Code}@{v.County}", v => v.Value);
        });

        Assert.Equal(3m, values["sequip.equipment@370102"]);
        Assert.Equal(2m, values["sequip.registered@370102"]);
        Assert.Equal(1m, values["sequip.registered_late@370102"]);
        Assert.Equal(3m, values["sequip.elevators@370102"]);
        Assert.Equal(1m, values["sequip.elevators_insured@370102"]);
        var overdue = await registrar.GetJsonAsync("/api/v1/equipment?due=overdue");
        Assert.Equal("311037001202500903", Assert.Single(overdue.GetProperty("items").EnumerateArray()).Str("code"));
    }
}
