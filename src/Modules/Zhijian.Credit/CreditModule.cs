using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Features;
using Zhijian.Platform;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit;

/// <summary>信用监管: department records, abnormal list, serious list, repair, risk classes, joint-punishment feed.</summary>
public sealed class CreditModule : IZhijianModule
{
    public string Name => "信用监管";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<CreditDbContext, SqliteCreditDbContext, PostgresCreditDbContext>(storage);
        CreditAccess.AddPolicies(services);
        services.AddEvent<CreditRecordAccepted>();
        services.AddEvent<ListingChanged>();
        services.AddEvent<RiskClassChanged>();
        Features.Risk.RiskFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        Features.Feed.CreditFeed.Map(api);
        Features.Risk.RiskFeature.Map(api);
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new("信用监管", "风险分类", "/credit/risk", "insights", 210),
    ];
}
