using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Features;
using Zhijian.Complaints.Features.Analysis;
using Zhijian.Complaints.Features.Attachments;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Intake;
using Zhijian.Complaints.Features.Odr;
using Zhijian.Complaints.Features.Public;
using Zhijian.Complaints.Features.Sla;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Todo;

namespace Zhijian.Complaints;

/// <summary>投诉举报 (12315): intake, routing, statutory deadlines, mediation, reports, ODR, 12345 exchange, analysis, disclosure.</summary>
public sealed class ComplaintsModule : IZhijianModule
{
    public string Name => "投诉举报";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<Data.ComplaintsDbContext, Data.SqliteComplaintsDbContext, Data.PostgresComplaintsDbContext>(storage);
        services.AddSingleton(ComplaintsAuditNames.Names); // 审计记录 in words
        Features.ComplaintAccess.AddPolicies(services);
        services.AddSingleton<Features.Categories>();
        services.AddScoped<Features.Intake.SubmitFilingHandler>();
        services.AddScoped<Features.Handling.FilingQueries>();
        services.AddTodoSource<Features.Todo.ComplaintTodo>();
        services.AddScoped<Features.Handling.FilingActions>();
        services.AddScoped<Features.Handling.AssignFilingHandler>();
        services.AddScoped<Features.Handling.RespondHandler>();
        services.AddScoped<Features.Handling.NoteHandler>();
        services.AddScoped<Features.Handling.AcceptFilingHandler>();
        services.AddScoped<Features.Handling.RefuseFilingHandler>();
        services.AddScoped<Features.Handling.TransferFilingHandler>();
        services.AddScoped<Features.Handling.PauseFilingHandler>();
        services.AddScoped<Features.Handling.ResumeFilingHandler>();
        services.AddScoped<Features.Handling.SettleFilingHandler>();
        services.AddScoped<Features.Handling.TerminateFilingHandler>();
        services.AddScoped<Features.Handling.RecordClueHandler>();
        services.AddScoped<Features.Handling.ExtendVerificationHandler>();
        services.AddScoped<Features.Handling.DecideReportHandler>();
        services.AddScoped<Features.Handling.DuplicateReportHandler>();
        services.AddScoped<Features.Handling.AnswerFilingHandler>();
        services.AddScoped<Features.Handling.ViewContactHandler>();
        services.AddScoped<Features.Attachments.FilingAttachments>();
        services.AddScoped<Features.Odr.Odr>();
        services.AddScoped<Features.Public.PublicFollow>();
        services.AddScoped<Features.Sla.SlaQueries>();
        services.AddMeasureSource<Features.Statistics.ComplaintMeasures>();
        services.AddScoped<Features.Analysis.HotSpots>();
        services.AddScoped<Features.Analysis.Spikes>();
        services.AddScoped<Features.Disclosure.ConsumerWarnings>();
        services.AddScoped<Features.Disclosure.PublicDisclosure>();
        Zhijian.Platform.Portal.PortalSetup.AddPortalHomeSection<Features.Disclosure.ConsumerHomeSection>(services);
        services.AddScoped<IComplaintQueries>(sp => sp.GetRequiredService<Features.Disclosure.PublicDisclosure>());
        services.AddSingleton(new Zhijian.Credit.Contracts.PublicCreditSection("消费投诉信息", typeof(Pages.Portal.PublicCreditComplaints), 100));
        services.AddEvent<FilingStatusChanged>();
        services.AddEvent<ComplaintCaseClue>();
        services.AddEvent<FilingClosed>();
        services.AddEvent<Features.Exchange.PartyNotice>();
        services.AddEventHandler<FilingStatusChanged, Features.Exchange.HotlineStatusHandler>();
        services.AddEventHandler<Features.Exchange.PartyNotice, Features.Exchange.PartyNoticeHandler>();
        services.AddEventHandler<FilingClosed, Features.Analysis.RepeatComplaintsCreditHandler>();
        var hotlineUrl = configuration["Complaints:Hotline:Url"];
        if (string.IsNullOrWhiteSpace(hotlineUrl)) services.TryAddSingleton<Features.Exchange.IHotlineSender, Features.Exchange.LoggingHotlineSender>();
        else services.TryAddSingleton<Features.Exchange.IHotlineSender>(_ => new Features.Exchange.HttpHotlineSender(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, hotlineUrl));
        services.TryAddSingleton<Features.Exchange.ISmsSender, Features.Exchange.LoggingSmsSender>();
        services.AddZhijianJob<Features.Sweeper>(Features.Sweeper.Key, "投诉举报例行处理（ODR 超期转办、异常激增检测）", "每小时整点", Platform.Jobs.JobSchedule.Hourly);
        services.AddZhijianJob<Features.Statistics.CountsJob>(Features.Statistics.CountsJob.Key, "投诉举报统计汇总整理（合并新增计数，按需重建）", "每分钟", Platform.Jobs.JobSchedule.Every(TimeSpan.FromMinutes(1)));
    }

    /// <summary>
    /// The module's routes, all here: /api/v1/complaints (staff and other platforms), /api/v1/odr (ODR enterprises, by
    /// their key) and /api/v1/public/complaints (anyone); each feature maps its own operations on these groups.
    /// </summary>
    public void MapEndpoints(RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("投诉举报").RequireAuthorization(Features.ComplaintAccess.ReadPolicy);
        complaints.MapSubmitFiling();
        complaints.MapFilingQueries();
        complaints.MapViewContact();
        complaints.MapAssignFiling();
        complaints.MapRespondOrNote();
        complaints.MapAcceptFiling();
        complaints.MapRefuseFiling();
        complaints.MapTransferFiling();
        complaints.MapPauseResume();
        complaints.MapSettleFiling();
        complaints.MapTerminateFiling();
        complaints.MapRecordClue();
        complaints.MapExtendVerification();
        complaints.MapDecideReport();
        complaints.MapDuplicateReport();
        complaints.MapAnswerFiling();
        complaints.MapAttachments();
        complaints.MapSla();
        complaints.MapCategories();
        complaints.MapOdrRegistry();

        var odr = api.MapGroup("/odr").WithTags("ODR 企业").AllowAnonymous();
        odr.MapOdrEnterprise();

        var publicComplaints = api.MapGroup("/public/complaints").WithTags("公示").AllowAnonymous();
        publicComplaints.MapSubmitPublicFiling();
        publicComplaints.MapPublicFollow();
        publicComplaints.MapPublicAttachments();
        publicComplaints.MapPublicCategories();
        publicComplaints.MapPublicOdr();

        complaints.MapAnalysis();
        publicComplaints.MapPublicAnalysis();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Features.Demo.DemoComplaints.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("投诉举报", "诉求列表", "/complaints", "support_agent", 400, Roles.ComplaintHandler, Roles.SectionChief, Roles.Leader, Roles.Admin),
        new("投诉举报", "登记诉求", "/complaints/new", "add_call", 405, Roles.ComplaintHandler, Roles.SectionChief),
        new("投诉举报", "期限与统计", "/complaints/sla", "timer", 410, Roles.ComplaintHandler, Roles.SectionChief, Roles.Leader, Roles.Admin),
        new("投诉举报", "ODR 企业", "/complaints/odr", "handshake", 420, Roles.SectionChief, Roles.Admin),
        new("投诉举报", "分类字典", "/complaints/categories", "category", 430, Roles.SectionChief, Roles.Admin),
        new("投诉举报", "热点分析与预警", "/complaints/analysis", "insights", 415, Roles.ComplaintHandler, Roles.SectionChief, Roles.Leader, Roles.Admin),
    ];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "网上投诉举报", "/gs/complaints/new", "", 300),
        new("公示", "投诉进度查询", "/gs/complaints/follow", "", 305),
        new("公示", "消费投诉公示", "/gs/complaints", "", 310),
        new("公示", "消费提示", "/gs/consumer-warnings", "", 315),
    ];
}
