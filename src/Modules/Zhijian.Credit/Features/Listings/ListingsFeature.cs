using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Entities.Contracts;
using Zhijian.Platform;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Listings;

/// <summary>经营异常名录 and 严重违法失信名单: services, jobs and /api/v1/credit/listings.</summary>
internal static class ListingsFeature
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DecisionNumbers>();
        services.AddScoped<Listings>();
        services.AddScoped<ListingJobs>();
        services.Configure<CreditJobOptions>(configuration.GetSection("Zhijian:Credit:Jobs"));
        var jobs = configuration.GetSection("Zhijian:Credit:Jobs").Get<CreditJobOptions>() ?? new CreditJobOptions();
        if (jobs.Enabled)
            services.AddZhijianJob<CreditListingJob>(CreditListingJob.Key, "经营异常名录与严重违法失信名单作业（年报列入、届满3年转严重、期满移出）",
                $"每天 {jobs.NightFrom:00}:00–{jobs.NightTo:00}:00 每小时整点", Platform.Jobs.JobSchedule.CronChina(CreditListingJob.Cron(jobs)));
        services.AddEventHandler<AnnualReportFiled, AnnualReportFiledHandler>();
    }

    /// <summary>Maps <c>/api/v1/credit/listings</c>.</summary>
    public static void Map(RouteGroupBuilder credit)
    {
        var g = credit.MapGroup("/listings").RequireAuthorization(CreditAccess.ReadPolicy);
        g.MapGet("/", Search).WithSummary("名录查询：按名单、状态、事由、统一社会信用代码筛选，附各名单各状态户数");
        g.MapGet("/{id:long}", Get).WithSummary("名单记录详情");
        g.MapPost("/", List).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("手工列入：经营异常名录事由 2–4（个体工商户标记经营异常状态），或严重违法失信（须注明领域；登记人员提交为拟列入，科室负责人确认）");
        g.MapPost("/{id:long}/remove", Remove).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("移出经营异常名录（恢复正常记载状态）：理由、决定书文号（空则自动编号）、移出日期");
        g.MapPost("/{id:long}/confirm", Confirm).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("科室负责人确认列入严重违法失信名单（期满日、可申请提前移出日、法定代表人任职限制随之确定）");
        g.MapPost("/{id:long}/reject", Reject).RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("科室负责人否决拟列入严重违法失信名单");
        g.MapPost("/abnormal/run", RunAbnormal).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("立即执行未按期年报列入（幂等：重复执行不会重复列入），返回列入、标记、已列入户数");
        g.MapPost("/serious/run", RunSerious).RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("立即执行严重违法失信名单作业：届满3年的拟列入建议、期满自动移出（幂等）");
    }

    private static async Task<Ok<ListingPage>> Search(CreditList? list, ListingStatus? status, ListingGround? ground, string? uscc, int? page, int? pageSize,
        Listings listings, CancellationToken ct) =>
        TypedResults.Ok(await listings.SearchAsync(list, status, ground, uscc, page ?? 1, pageSize ?? 50, ct));

    private static Task<Results<Ok<ListingView>, ProblemHttpResult>> Get(long id, Listings listings, CancellationToken ct) =>
        ApiResults.OkOrNotFound(listings.GetAsync(id, ct), $"名单记录 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Created<ListingView>, ProblemHttpResult>> List(ManualListing cmd, Listings listings, CancellationToken ct) =>
        listings.ListAsync(cmd, ct).ToCreated(l => $"/api/v1/credit/listings/{l.Id}");

    private static Task<Results<Ok<ListingView>, ProblemHttpResult>> Remove(long id, RemoveListing cmd, Listings listings, CancellationToken ct) =>
        listings.RemoveAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ListingView>, ProblemHttpResult>> Confirm(long id, ConfirmListing? cmd, Listings listings, CancellationToken ct) =>
        listings.ConfirmAsync(id, cmd ?? new ConfirmListing(null), ct).ToOk();

    private static Task<Results<Ok<ListingView>, ProblemHttpResult>> Reject(long id, RejectListing cmd, Listings listings, CancellationToken ct) =>
        listings.RejectAsync(id, cmd, ct).ToOk();

    private static async Task<Results<Ok<AbnormalRunResult>, ProblemHttpResult>> RunAbnormal(int? year, ListingJobs jobs, CancellationToken ct) =>
        year is null ? Problems.Validation("year", "请指定年报年度") : await jobs.RunAbnormalAsync(year.Value, ct).ToOk();

    private static async Task<Ok<SeriousRunResult>> RunSerious(ListingJobs jobs, CancellationToken ct) => TypedResults.Ok(await jobs.RunSeriousAsync(ct));
}
