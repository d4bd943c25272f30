using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Contracts;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Features;

namespace Zhijian.SpecialEquipment;

/// <summary>
/// 特种设备: the equipment registry with 使用登记 (8 categories, 设备代码), the periodic-inspection schedule engine and the
/// inspection bodies' results, 维保 with its contracts and records, 96333 elevator rescue, 隐患 closed loop and 事故 reports;
/// the special-equipment indicators of the supervision centre and the elevator's public card on the portal.
/// </summary>
public sealed class SpecialEquipmentModule : IZhijianModule
{
    public string Name => "特种设备";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<EquipmentDbContext, SqliteEquipmentDbContext, PostgresEquipmentDbContext>(storage);
        SequipAccess.AddPolicies(services);
        services.AddEvent<EquipmentCaseClue>();
        EquipmentRegistryFeature.Add(services);
        EquipmentInspectionsFeature.Add(services);
        EquipmentMaintenanceFeature.Add(services);
        EquipmentSafetyFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var sequip = api.MapGroup("/equipment").WithTags("特种设备").RequireAuthorization(SequipAccess.ReadPolicy);
        EquipmentRegistryFeature.Map(api, sequip);
        EquipmentInspectionsFeature.Map(api, sequip);
        EquipmentMaintenanceFeature.Map(api, sequip);
        EquipmentSafetyFeature.Map(api, sequip);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoEquipment.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("特种设备", "设备台账", "/sequip/equipment", "elevator", 460),
        new("特种设备", "使用登记", "/sequip/registrations", "how_to_reg", 462),
        new("特种设备", "定期检验", "/sequip/inspections", "event_available", 465),
        new("特种设备", "维护保养", "/sequip/maintenance", "build", 470),
        new("特种设备", "96333 应急救援", "/sequip/rescue", "emergency", 475),
        new("特种设备", "隐患治理", "/sequip/hazards", "report_problem", 480),
        new("特种设备", "事故报告", "/sequip/accidents", "crisis_alert", 485),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "电梯公示卡", "/gs/sequip/elevator", "", 360),
    ];
}
