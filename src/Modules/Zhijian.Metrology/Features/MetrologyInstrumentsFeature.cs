using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Metrology.Features.Instruments;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;

namespace Zhijian.Metrology.Features;

/// <summary>强检器具（目录、台账、导入、检定机构、检定结果、到期与超期、到期轮换公示）: the area's services and endpoints.</summary>
internal static class MetrologyInstrumentsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<InstrumentRules>();
        services.AddScoped<InstrumentQueries>();
        services.AddScoped<InstrumentRegister>();
        services.AddScoped<InstrumentImport>();
        services.AddScoped<Verifications>();
        services.AddTodoSource<InstrumentTodo>();
        services.AddMeasureSource<InstrumentMeasures>();
        services.AddAuditNames(InstrumentAuditNames.Actions, InstrumentAuditNames.RecordTypes);
    }

    /// <summary><paramref name="api"/> is /api/v1 (public endpoints); <paramref name="metro"/> is /api/v1/metro (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder metro) => InstrumentEndpoints.Map(api, metro);
}
