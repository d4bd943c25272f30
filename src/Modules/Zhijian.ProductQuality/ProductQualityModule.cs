using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Features;

namespace Zhijian.ProductQuality;

/// <summary>
/// 产品质量: 产品质量监督抽查 over the key-product catalogue (plans, verifiable draw of producers and sellers, sampling, lab
/// results, objections and retests), the 后处理 of failures with its statutory deadlines, 缺陷产品召回 (consumer products and
/// cars), 工业产品生产许可证 with post-licence checks and CCC; the product-quality indicators of the supervision centre and the
/// portal's spot-check results and recall notices.
/// </summary>
public sealed class ProductQualityModule : IZhijianModule
{
    public string Name => "产品质量";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<QualityDbContext, SqliteQualityDbContext, PostgresQualityDbContext>(storage);
        QualityAccess.AddPolicies(services);
        services.AddEvent<QualityCaseClue>();
        QualitySpotChecksFeature.Add(services);
        QualityFollowUpFeature.Add(services);
        QualityRecallsFeature.Add(services);
        QualityLicencesFeature.Add(services);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var pq = api.MapGroup("/pq").WithTags("产品质量").RequireAuthorization(QualityAccess.ReadPolicy);
        QualitySpotChecksFeature.Map(api, pq);
        QualityFollowUpFeature.Map(api, pq);
        QualityRecallsFeature.Map(api, pq);
        QualityLicencesFeature.Map(api, pq);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoQuality.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("产品质量", "监督抽查", "/pq/plans", "fact_check", 500),
        new("产品质量", "抽样与检验", "/pq/samples", "science", 502),
        new("产品质量", "不合格后处理", "/pq/follow-ups", "assignment_late", 505),
        new("产品质量", "缺陷产品召回", "/pq/recalls", "undo", 510),
        new("产品质量", "生产许可证", "/pq/licences", "verified", 515),
        new("产品质量", "CCC 认证", "/pq/ccc", "verified_user", 518),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "产品质量抽查结果", "/gs/pq/spot-checks", "", 370),
        new("公示", "缺陷产品召回", "/gs/pq/recalls", "", 372),
    ];
}
