using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Features.Licences;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features;

/// <summary>经营企业、药品经营许可证、医疗器械经营许可与备案、化妆品经营、执业药师与自查报告: the area's services and endpoints.</summary>
internal static class DrugsLicencesFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<IDrugBusinesses, DrugBusinesses>();
        services.AddScoped<DrugLicenceRules>();
        services.AddScoped<LicenceBook>();
        services.AddScoped<PharmacistBook>();
        services.AddScoped<SelfReports>();
        services.AddTodoSource<LicenceTodo>();
        services.AddMeasureSource<LicenceMeasures>();
        services.AddAuditNames(LicenceAuditNames.Actions, LicenceAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="drugs"/> is /api/v1/drugs (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder drugs) => LicenceEndpoints.Map(api, drugs);
}
