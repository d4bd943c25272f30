using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.Platform;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Cases;

/// <summary>行政执法办案: clues, cases and their statutory deadlines, evidence, legal review, decisions, documents, disclosure, 行刑衔接.</summary>
public sealed class CasesModule : IZhijianModule
{
    public string Name => "行政执法办案";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<Data.CasesDbContext, Data.SqliteCasesDbContext, Data.PostgresCasesDbContext>(storage);
        Features.CaseAccess.AddPolicies(services);
        services.TryAddSingleton<Zhijian.Platform.Calendar.ProvisionalCalendar>();
        services.AddSingleton<Features.CaseUnits>();
        services.AddScoped<Features.CaseOfficers>();
        var pattern = configuration[Features.Documents.DocumentNumberOptions.ConfigKey];
        services.AddSingleton(new Features.Documents.DocumentNumberOptions(
            string.IsNullOrWhiteSpace(pattern) ? Features.Documents.DocumentNumberOptions.DefaultPattern : pattern));
        services.AddScoped<Features.Documents.DocumentNumbers>();
        services.AddScoped<Features.Documents.CaseDocuments>();
        services.AddScoped<Features.Clues.Clues>();
        services.AddScoped<Features.Workflow.CaseWorkflow>();
        services.AddScoped<Features.Queries.CaseQueries>();
        services.AddScoped<Features.Review.FileReviews>();
        services.AddMeasureSource<Features.Statistics.CaseMeasures>();
        services.AddEventHandler<Zhijian.Complaints.Contracts.ComplaintCaseClue, Features.Clues.ComplaintClueHandler>();
        services.AddEventHandler<Zhijian.Inspections.Contracts.InspectionCaseClue, Features.Clues.InspectionClueHandler>();

        // Disclosure
        services.AddScoped<Features.Disclosure.Disclosures>();
        services.AddScoped<Features.Disclosure.PublicPenalties>();
        services.AddEvent<Features.Disclosure.PenaltyPublished>();
        services.AddEvent<Features.Disclosure.PenaltyPublicationWithdrawn>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublished, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublicationWithdrawn, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Zhijian.Credit.Contracts.PenaltyDisclosureEnded, Features.Disclosure.PenaltyDisclosureEndedHandler>();
        services.AddZhijianJob<Features.Disclosure.DisclosureSweeper>(Features.Disclosure.DisclosureSweeper.Key, "行政处罚公示期满撤下", "每小时整点", Platform.Jobs.JobSchedule.Hourly);
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
        Features.CasesEndpoints.Map(api);
        Features.Workflow.WorkflowEndpoints.Map(api);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoCases.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("行政执法办案", "我的案件", "/cases", "gavel", 500, Roles.CaseHandler, Roles.LegalReviewer, Roles.SectionChief, Roles.Leader, Roles.Admin),
        new("行政执法办案", "案件线索", "/cases/clues", "manage_search", 505, Roles.CaseHandler, Roles.SectionChief, Roles.Leader),
        new("行政执法办案", "办案统计", "/cases/metrics", "query_stats", 510, Roles.CaseHandler, Roles.LegalReviewer, Roles.SectionChief, Roles.Leader, Roles.Admin),
        new("行政执法办案", "案卷评查", "/cases/reviews", "fact_check", 515, Roles.LegalReviewer, Roles.SectionChief, Roles.Leader),
        new("行政执法办案", "裁量基准", "/cases/catalogue", "balance", 520, Roles.CaseHandler, Roles.LegalReviewer, Roles.SectionChief, Roles.Leader, Roles.Admin),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "行政处罚信息公示", "/gs/penalties", "", 320), // Disclosure
    ];
}
