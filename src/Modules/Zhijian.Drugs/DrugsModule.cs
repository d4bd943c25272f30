using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Contracts;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Features;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;

namespace Zhijian.Drugs;

/// <summary>
/// 药品·医疗器械·化妆品 retail supervision: the businesses with their 药品经营许可证, 医疗器械经营许可与备案 and 化妆品经营
/// registrations, 执业药师 on duty and the device businesses' yearly self-inspection reports (Licences); pharmacies in grids,
/// GSP inspections, risk grading, follow-up and vaccine storage checks (Supervision); 含麻黄碱类复方制剂 sales, prescription-drug
/// sales checks and adverse-reaction reports with signals (Registers); the indicators of the supervision centre and the portal's
/// list of licensed pharmacies.
/// </summary>
public sealed class DrugsModule : IZhijianModule
{
    public string Name => "药品医疗器械化妆品";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<DrugsDbContext, SqliteDrugsDbContext, PostgresDrugsDbContext>(storage);
        DrugsAccess.AddPolicies(services);
        services.AddEvent<DrugCaseClue>();
        DrugsLicencesFeature.Add(services);
        DrugsSupervisionFeature.Add(services);
        DrugsRegistersFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var drugs = api.MapGroup("/drugs").WithTags("药品医疗器械化妆品").RequireAuthorization(DrugsAccess.ReadPolicy);
        DrugsLicencesFeature.Map(api, drugs);
        DrugsSupervisionFeature.Map(api, drugs);
        DrugsRegistersFeature.Map(api, drugs);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoDrugs.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("药械化", "许可与备案", "/drugs/licences", "verified", 600),
        new("药械化", "经营企业", "/drugs/businesses", "storefront", 602),
        new("药械化", "网格化监管", "/drugs/grids", "grid_on", 605),
        new("药械化", "药店检查", "/drugs/inspections", "fact_check", 607),
        new("药械化", "疫苗储存", "/drugs/vaccines", "vaccines", 610),
        new("药械化", "含麻制剂销售", "/drugs/ephedrine", "medication", 612),
        new("药械化", "不良反应报告", "/drugs/adverse-reports", "report", 615),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "药店查询", "/gs/drugs/pharmacies", "", 380),
    ];
}
