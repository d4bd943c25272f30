using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.Cases.Features.CaseReview;
using Zhijian.Cases.Features.Close;
using Zhijian.Cases.Features.Clues;
using Zhijian.Cases.Features.Clues.Decline;
using Zhijian.Cases.Features.Clues.Open;
using Zhijian.Cases.Features.Clues.Register;
using Zhijian.Cases.Features.Clues.TimeLimit;
using Zhijian.Cases.Features.CollectEvidence;
using Zhijian.Cases.Features.Collective;
using Zhijian.Cases.Features.Correct;
using Zhijian.Cases.Features.Decide;
using Zhijian.Cases.Features.Documents;
using Zhijian.Cases.Features.Execute;
using Zhijian.Cases.Features.Hearing;
using Zhijian.Cases.Features.LegalReview;
using Zhijian.Cases.Features.Measures;
using Zhijian.Cases.Features.Notify;
using Zhijian.Cases.Features.PoliceTransfer;
using Zhijian.Cases.Features.Propose;
using Zhijian.Cases.Features.Queries;
using Zhijian.Cases.Features.Review;
using Zhijian.Cases.Features.Serve;
using Zhijian.Cases.Features.SimpleProcedure;
using Zhijian.Cases.Features.TimeLimit;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Todo;

namespace Zhijian.Cases;

/// <summary>行政执法办案: clues, cases and their statutory deadlines, evidence, legal review, decisions, documents, disclosure, 行刑衔接.</summary>
public sealed class CasesModule : IZhijianModule
{
    public string Name => "行政执法办案";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<Data.CasesDbContext, Data.SqliteCasesDbContext, Data.PostgresCasesDbContext>(storage);
        services.AddSingleton(CasesAuditNames.Names); // 审计记录 in words
        Features.CaseAccess.AddPolicies(services);
        services.AddScoped<Features.CaseOfficers>();
        services.AddScoped<Features.RegistryParty>();
        var pattern = configuration[Features.Documents.DocumentNumberOptions.ConfigKey];
        services.AddSingleton(new Features.Documents.DocumentNumberOptions(
            string.IsNullOrWhiteSpace(pattern) ? Features.Documents.DocumentNumberOptions.DefaultPattern : pattern));
        services.AddScoped<Features.Documents.DocumentNumbers>();
        services.AddScoped<Features.Documents.CaseDocuments>();
        AddUseCases(services);
        services.AddScoped<Features.Queries.CaseQueries>();
        services.AddTodoSource<Features.Todo.CaseTodo>();
        services.AddScoped<Features.Review.FileReviews>();
        services.AddMeasureSource<Features.Statistics.CaseMeasures>();
        services.AddEventHandler<Zhijian.Complaints.Contracts.ComplaintCaseClue, Features.Clues.ComplaintClueHandler>();
        services.AddEventHandler<Zhijian.Inspections.Contracts.InspectionCaseClue, Features.Clues.InspectionClueHandler>();
        services.AddEventHandler<Zhijian.FoodSafety.Contracts.FoodCaseClue, Features.Clues.FoodClueHandler>();
        services.AddEventHandler<Zhijian.SpecialEquipment.Contracts.EquipmentCaseClue, Features.Clues.EquipmentClueHandler>();
        services.AddEventHandler<Zhijian.ProductQuality.Contracts.QualityCaseClue, Features.Clues.QualityClueHandler>();
        services.AddEventHandler<Zhijian.Drugs.Contracts.DrugCaseClue, Features.Clues.DrugClueHandler>();
        services.AddEventHandler<Zhijian.Metrology.Contracts.MetrologyCaseClue, Features.Clues.MetrologyClueHandler>();
        services.AddEventHandler<Zhijian.Prices.Contracts.PriceCaseClue, Features.Clues.PriceClueHandler>();

        // Disclosure
        services.AddScoped<Features.Disclosure.Disclosures>();
        services.AddScoped<Features.Disclosure.PublicPenalties>();
        services.AddScoped<Zhijian.Credit.Contracts.IPublicCreditRecordLinks, Features.Disclosure.PenaltyCreditLinks>();
        Zhijian.Platform.Portal.PortalSetup.AddPortalHomeSection<Features.Disclosure.PenaltiesHomeSection>(services);
        services.AddEvent<Features.Disclosure.PenaltyPublished>();
        services.AddEvent<Features.Disclosure.PenaltyPublicationWithdrawn>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublished, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublicationWithdrawn, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Zhijian.Credit.Contracts.PenaltyDisclosureEnded, Features.Disclosure.PenaltyDisclosureEndedHandler>();
        services.AddZhijianJob<Features.Disclosure.DisclosureSweeper>(Features.Disclosure.DisclosureSweeper.Key, "行政处罚公示期满撤下", "每小时整点", Platform.Jobs.JobSchedule.Hourly);
    }

    /// <summary>Every use case's handler (one folder each under Features/), with the plumbing they share.</summary>
    private static void AddUseCases(IServiceCollection services)
    {
        services.AddScoped<Features.CaseActions>();
        services.AddScoped<Features.Clues.ClueActions>();
        services.AddScoped<Features.Clues.ClueQueries>();
        services.AddScoped<Features.Clues.ReceiveClueHandler>();
        services.AddScoped<Features.Clues.Register.RegisterClueHandler>();
        services.AddScoped<Features.Clues.TimeLimit.ExtendClueHandler>();
        services.AddScoped<Features.Clues.TimeLimit.PauseClueHandler>();
        services.AddScoped<Features.Clues.TimeLimit.ResumeClueHandler>();
        services.AddScoped<Features.Clues.Decline.DeclineClueHandler>();
        services.AddScoped<Features.Clues.Open.OpenCaseHandler>();
        services.AddScoped<Features.SimpleProcedure.SimpleProcedureHandler>();
        services.AddScoped<Features.CollectEvidence.AddEvidenceHandler>();
        services.AddScoped<Features.CollectEvidence.AttachFileHandler>();
        services.AddScoped<Features.Measures.TakeMeasureHandler>();
        services.AddScoped<Features.Measures.ExtendMeasureHandler>();
        services.AddScoped<Features.Measures.EndMeasureHandler>();
        services.AddScoped<Features.Propose.ProposeHandler>();
        services.AddScoped<Features.CaseReview.SubmitHandler>();
        services.AddScoped<Features.CaseReview.ReviewHandler>();
        services.AddScoped<Features.Notify.NotifyHandler>();
        services.AddScoped<Features.Notify.StatementHandler>();
        services.AddScoped<Features.Notify.AdvanceHandler>();
        services.AddScoped<Features.Hearing.HearingHandler>();
        services.AddScoped<Features.LegalReview.LegalReviewHandler>();
        services.AddScoped<Features.Collective.CollectiveHandler>();
        services.AddScoped<Features.Decide.DecideHandler>();
        services.AddScoped<Features.Serve.ServeHandler>();
        services.AddScoped<Features.Execute.PaymentHandler>();
        services.AddScoped<Features.Execute.EnforcementHandler>();
        services.AddScoped<Features.Close.CloseHandler>();
        services.AddScoped<Features.TimeLimit.ExtendHandler>();
        services.AddScoped<Features.TimeLimit.SuspendHandler>();
        services.AddScoped<Features.TimeLimit.ResumeHandler>();
        services.AddScoped<Features.PoliceTransfer.TransferHandler>();
        services.AddScoped<Features.PoliceTransfer.PoliceReceiptHandler>();
        services.AddScoped<Features.PoliceTransfer.PoliceOutcomeHandler>();
        services.AddScoped<Features.Correct.CorrectHandler>();
    }

    /// <summary>The one place the module's endpoints are mapped: each use case maps its own routes.</summary>
    public void MapEndpoints(RouteGroupBuilder api)
    {
        // Issued documents: their own policy (no API client), so outside the read group.
        api.MapGroup("/cases").WithTags("行政执法办案")
            .MapDocuments();

        api.MapGroup("/cases/clues").WithTags("行政执法办案").RequireAuthorization(Features.CaseAccess.ReadPolicy)
            .MapClueQueries()
            .MapRegisterClue()
            .MapClueTimeLimit()
            .MapDeclineClue()
            .MapOpenCase();

        api.MapGroup("/cases").WithTags("行政执法办案").RequireAuthorization(Features.CaseAccess.ReadPolicy)
            .MapCaseQueries()
            .MapSimpleProcedure()
            .MapCollectEvidence()
            .MapMeasures()
            .MapPropose()
            .MapCaseReview()
            .MapNotify()
            .MapHearing()
            .MapLegalReview()
            .MapCollective()
            .MapDecide()
            .MapServe()
            .MapExecute()
            .MapClose()
            .MapTimeLimit()
            .MapPoliceTransfer()
            .MapCorrect()
            .MapFileReviews();
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
