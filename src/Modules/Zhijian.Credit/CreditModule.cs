using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Features;
using Zhijian.Platform;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Todo;

namespace Zhijian.Credit;

/// <summary>信用监管: department records, abnormal list, serious list, repair, risk classes, joint-punishment feed.</summary>
public sealed class CreditModule : IZhijianModule
{
    public string Name => "信用监管";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<CreditDbContext, SqliteCreditDbContext, PostgresCreditDbContext>(storage);
        services.AddSingleton(CreditAuditNames.Names); // 审计记录 in words
        CreditAccess.AddPolicies(services);
        services.AddEvent<CreditRecordAccepted>();
        services.AddEvent<ListingChanged>();
        services.AddEvent<RiskClassChanged>();
        services.AddEvent<PenaltyDisclosureEnded>();
        Features.Records.RecordsFeature.Add(services);
        services.AddScoped<Features.Profile.CreditProfile>();
        services.AddSingleton(new Zhijian.Entities.Contracts.EntityProfileSection("信用信息", typeof(Pages.CreditProfileSection), 100));
        Features.Listings.ListingsFeature.Add(services, configuration);
        Features.Repairs.RepairsFeature.Add(services);
        services.AddTodoSource<Features.Todo.CreditTodo>();
        Features.Risk.RiskFeature.Add(services);
        services.AddMeasureSource<Features.Statistics.CreditMeasures>();
        Features.Intake.IntakeFeature.Add(services);
    }

    /// <summary>Every credit endpoint, under <c>/api/v1/credit</c>: the one place they are mapped.</summary>
    public void MapEndpoints(RouteGroupBuilder api)
    {
        var credit = api.MapGroup("/credit").WithTags("信用监管");
        Features.Records.RecordsFeature.Map(credit);
        Features.Records.RecordsImport.Map(credit);
        Features.Records.SharingEndpoints.Map(credit);
        Features.Feed.CreditFeed.Map(credit);
        Features.Listings.ListingsFeature.Map(credit);
        Features.Repairs.RepairsFeature.Map(credit);
        Features.Risk.RiskFeature.Map(credit);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoCredit.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("信用监管", "信用记录", "/credit/records", "fact_check", 190),
        new("信用监管", "名录管理", "/credit/listings", "playlist_remove", 200),
        new("信用监管", "风险分类", "/credit/risk", "insights", 210),
        new("信用监管", "信用修复", "/credit/repairs", "healing", 220),
    ];

    public IEnumerable<NavEntry> PortalNavigation => [new("公示", "企业信用信息", "/gs/credit", "", 100)];
}
