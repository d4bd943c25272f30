using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Domain.Licences;
using Zhijian.ProductQuality.Features.Licences;

namespace Zhijian.ProductQuality.Features;

/// <summary>工业产品生产许可证与 CCC: the area's services and endpoints.</summary>
internal static class QualityLicencesFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<LicenceRules>();
        services.AddScoped<LicenceBook>();
        services.AddScoped<IProductLicences>(sp => sp.GetRequiredService<LicenceBook>());
        services.AddScoped<LicenceApplications>();
        services.AddScoped<LicenceChecks>();
        services.AddScoped<CccBook>();
        services.AddTodoSource<LicenceTodo>();
        services.AddMeasureSource<LicenceMeasures>();
        services.AddAuditNames(LicenceAuditNames.Actions, LicenceAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq) => LicenceEndpoints.Map(pq);
}
