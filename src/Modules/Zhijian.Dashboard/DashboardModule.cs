using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Dashboard;

/// <summary>智慧监管中心: the plans' indicators computed from the modules' measures, snapshots, dashboards, big screen, warnings, evaluation reports.</summary>
public sealed class DashboardModule : IZhijianModule
{
    public string Name => "智慧监管中心";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<Data.DashboardDbContext, Data.SqliteDashboardDbContext, Data.PostgresDashboardDbContext>(storage);
        services.AddSingleton(DashboardAuditNames.Names); // 审计记录 in words
        Features.DashboardAccess.AddPolicies(services);
        services.AddMemoryCache();
        services.AddScoped<Features.Compute.MeasureCatalog>();
        services.AddScoped<Features.Compute.IndicatorEngine>();
        services.AddScoped<Features.Compute.Snapshots>();
        services.AddScoped<Features.Compute.DashboardQueries>();
        services.AddScoped<Features.Compute.Warnings>();
        services.AddScoped<Features.Compute.Recompute>();
        services.AddScoped<Features.Plans.PlanService>();
        services.AddScoped<Features.Manual.ManualValues>();
        services.AddScoped<Features.Reports.EvaluationReports>();
        services.AddZhijianJob<Features.Compute.SnapshotJob>(Features.Compute.SnapshotJob.Key, "规划指标月度快照", "每小时整点（补齐上月快照）", Platform.Jobs.JobSchedule.Hourly);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("智慧监管中心").RequireAuthorization(Features.DashboardAccess.ReadPolicy);
        Features.Compute.IndicatorsEndpoints.Map(indicators);
        Features.Plans.PlansEndpoints.Map(indicators);
        Features.Manual.ManualEndpoints.Map(indicators);
        Features.Reports.ReportsEndpoints.Map(indicators);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoDashboard.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("智慧监管中心", "监管驾驶舱", "/dashboard", "insights", 100, Roles.Leader, Roles.SectionChief, Roles.Admin),
        new("智慧监管中心", "指挥大屏", "/dashboard/screen", "tv", 101, Roles.Leader, Roles.SectionChief, Roles.Admin),
        new("智慧监管中心", "规划指标", "/dashboard/plans", "flag", 102, Roles.Leader, Roles.SectionChief, Roles.Admin),
        new("智慧监管中心", "指标填报", "/dashboard/manual", "edit_note", 103, Roles.Leader, Roles.SectionChief, Roles.Admin, Roles.Inspector, Roles.Registrar,
            Roles.ComplaintHandler, Roles.CaseHandler, Roles.LegalReviewer),
        new("智慧监管中心", "评估报告", "/dashboard/reports", "summarize", 104, Roles.Leader, Roles.SectionChief, Roles.Admin),
    ];
}
