using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/credit/listings").WithTags("信用监管").RequireAuthorization(CreditAccess.ReadPolicy);

        g.MapGet("/", async (CreditList? list, ListingStatus? status, ListingGround? ground, string? uscc, int? page, int? pageSize, Listings listings,
                CancellationToken ct) => Results.Ok(await listings.SearchAsync(list, status, ground, uscc, page ?? 1, pageSize ?? 50, ct)))
            .WithSummary("名录查询：按名单、状态、事由、统一社会信用代码筛选，附各名单各状态户数");

        g.MapGet("/{id:long}", async (long id, Listings listings, CancellationToken ct) =>
                await listings.GetAsync(id, ct) is { } view ? Results.Ok(view) : Problems.NotFound("未找到", $"名单记录 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("名单记录详情");

        g.MapPost("/", async (ManualListing cmd, Listings listings, CancellationToken ct) =>
                await listings.ListAsync(cmd, ct) is var r && r.IsSuccess ? Results.Created($"/api/v1/credit/listings/{r.Value!.Id}", r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("手工列入：经营异常名录事由 2–4（个体工商户标记经营异常状态），或严重违法失信（须注明领域；登记人员提交为拟列入，科室负责人确认）");

        g.MapPost("/{id:long}/remove", async (long id, RemoveListing cmd, Listings listings, CancellationToken ct) =>
                await listings.RemoveAsync(id, cmd, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("移出经营异常名录（恢复正常记载状态）：理由、决定书文号（空则自动编号）、移出日期");

        g.MapPost("/{id:long}/confirm", async (long id, ConfirmListing? cmd, Listings listings, CancellationToken ct) =>
                await listings.ConfirmAsync(id, cmd ?? new ConfirmListing(null), ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("科室负责人确认列入严重违法失信名单（期满日、可申请提前移出日、法定代表人任职限制随之确定）");

        g.MapPost("/{id:long}/reject", async (long id, RejectListing cmd, Listings listings, CancellationToken ct) =>
                await listings.RejectAsync(id, cmd, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(CreditAccess.DecidePolicy).Idempotent()
            .WithSummary("科室负责人否决拟列入严重违法失信名单");

        g.MapPost("/abnormal/run", async (int? year, ListingJobs jobs, TimeProvider clock, CancellationToken ct) =>
            {
                if (year is null) return Problems.Validation("year", "请指定年报年度");
                return await jobs.RunAbnormalAsync(year.Value, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();
            })
            .RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("立即执行未按期年报列入（幂等：重复执行不会重复列入），返回列入、标记、已列入户数");

        g.MapPost("/serious/run", async (ListingJobs jobs, CancellationToken ct) => Results.Ok(await jobs.RunSeriousAsync(ct)))
            .RequireAuthorization(CreditAccess.DecidePolicy)
            .WithSummary("立即执行严重违法失信名单作业：届满3年的拟列入建议、期满自动移出（幂等）");
    }
}
