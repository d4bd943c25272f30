using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Features;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Todo;

namespace Zhijian.Inspections;

/// <summary>双随机、一公开: item list, target and inspector libraries, plans, verifiable draws, assignment, results, publication.</summary>
public sealed class InspectionsModule : IZhijianModule
{
    public string Name => "双随机、一公开";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<InspectionsDbContext, SqliteInspectionsDbContext, PostgresInspectionsDbContext>(storage);
        services.AddSingleton(InspectionsAuditNames.Names); // 审计记录 in words
        InspectionAccess.AddPolicies(services);
        services.AddEvent<InspectionResultConfirmed>();
        services.AddEvent<InspectionResultPublished>();
        services.AddEvent<InspectionCaseClue>();
        services.AddScoped<OrgScope>();
        services.AddScoped<Pages.ConsoleSession>();
        Features.Items.ItemsFeature.Add(services);
        services.AddScoped<Features.Libraries.Libraries>();
        services.AddScoped<Features.Inspectors.Inspectors>();
        services.AddScoped<Features.Plans.Plans>();
        services.AddScoped<Features.Draws.CandidateFreezer>();
        services.AddScoped<Features.Draws.Draws>();
        services.AddScoped<Features.Witnesses.Witnesses>();
        services.AddScoped<Features.Assignments.Assignments>();
        services.AddScoped<Features.Findings.InspectionResults>();
        services.AddScoped<Features.Findings.MyInspections>();
        services.AddTodoSource<Features.Todo.InspectionTodo>();
        services.AddEventHandler<InspectionResultConfirmed, Features.Findings.ResultConfirmedHandler>();
        services.AddEventHandler<InspectionResultPublished, Features.Findings.ResultPublishedHandler>();
        services.AddScoped<Features.Metrics.InspectionMetrics>();
        services.AddScoped<Features.Public.PublicInspections>();
        services.AddScoped<Zhijian.Credit.Contracts.IPublicCreditRecordLinks, Features.Public.ResultCreditLinks>();
        Zhijian.Platform.Portal.PortalSetup.AddPortalHomeSection<Features.Public.ResultsHomeSection>(services);
        services.AddMeasureSource<Features.Statistics.InspectionMeasures>();
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        Features.Items.ItemsFeature.Map(api);
        var inspections = api.MapGroup("/inspections").WithTags("双随机、一公开").RequireAuthorization(InspectionAccess.ReadPolicy);
        Features.Libraries.LibrariesEndpoints.Map(inspections);
        Features.Inspectors.InspectorsEndpoints.Map(inspections);
        Features.Witnesses.WitnessesEndpoints.Map(inspections);
        Features.Plans.PlansEndpoints.Map(inspections);
        Features.Draws.DrawsEndpoints.Map(inspections);
        Features.Assignments.AssignmentsEndpoints.Map(inspections);
        Features.Findings.FindingsEndpoints.Map(inspections);
        Features.Metrics.MetricsEndpoints.Map(inspections);
        Features.Public.PublicEndpoints.Map(api);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoInspections.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("双随机、一公开", "抽查任务", "/inspections/tasks", "casino", 300),
        new("双随机、一公开", "我的检查", "/inspections/mine", "assignment_turned_in", 305),
        new("双随机、一公开", "计划与事项", "/inspections/plans", "event_note", 310),
        new("双随机、一公开", "对象名录库", "/inspections/libraries", "filter_alt", 320),
        new("双随机、一公开", "检查人员库", "/inspections/inspectors", "badge", 330),
        new("双随机、一公开", "公示与指标", "/inspections/metrics", "monitoring", 340),
    ];

    public IEnumerable<NavEntry> PortalNavigation => [new("公示", "双随机抽查", "/gs/inspections", "", 200)];
}
