using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Jobs;

/// <summary>A job's last run: when, where, 成功/失败 and the error of a failure.</summary>
public sealed record JobRunView(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Node, bool Ok, string Result, string? Message, string Trigger);

/// <summary>One line of the jobs page: name, schedule in words, last and next run.</summary>
public sealed record JobView(string Key, string Name, string Schedule, JobRunView? LastRun, DateTimeOffset? NextRun, bool Scheduled);

/// <summary>What a trigger did: queued on the scheduler (any node of the cluster runs it), or ran here at once.</summary>
public sealed record JobTriggered(string Key, string Name, bool Queued, JobRunView? Run);

/// <summary>定时任务管理: the list and "run now" (administrators of the top unit, audited).</summary>
public sealed class JobAdminService(JobCatalog catalog, JobScheduler scheduler, JobRunListener runs, PlatformDbContext db, ActorContext actor,
    OrgHierarchy tree, TimeProvider clock)
{
    public async Task<IReadOnlyList<JobView>> ListAsync(CancellationToken ct)
    {
        var running = scheduler.Running;
        var now = clock.GetUtcNow();
        var result = new List<JobView>();
        foreach (var job in catalog.All)
        {
            var last = await db.JobRuns.AsNoTracking().Where(r => r.JobKey == job.Key).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
            DateTimeOffset? next = running is null
                ? null
                : (await running.GetTrigger(new TriggerKey(job.Key, JobsSetup.Group), ct))?.NextFireTimeUtc;
            result.Add(new JobView(job.Key, job.Name, job.ScheduleText, last is null ? null : View(last), next ?? job.Schedule.NextAfter(now), running is not null));
        }

        return result;
    }

    /// <summary>Whether the caller may run a job now: administrators of the top unit (<see cref="OrgHierarchy"/>).</summary>
    public async Task<bool> CanTriggerAsync(CancellationToken ct) => OrgHierarchy.IsAdmin(actor.Current) && await tree.IsTopAdminAsync(ct);

    public async Task<Result<JobTriggered>> TriggerAsync(string key, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current)) return Result<JobTriggered>.Forbidden("只有系统管理员可以立即执行定时任务");
        var job = catalog.Find(key);
        if (job is null) return Result<JobTriggered>.NotFound($"定时任务“{key}”不存在");
        if (!await tree.IsTopAdminAsync(ct))
            return Result<JobTriggered>.Forbidden($"定时任务作用于全平台，只能由“{await tree.TopUnitNameAsync(ct)}”的系统管理员立即执行");

        var running = scheduler.Running;
        db.Audit("job.triggered", "Job", job.Key, null, new { job.Key, job.Name, Via = running is null ? "本节点直接执行" : "调度器" });
        await db.SaveChangesAsync(ct);
        if (running is not null)
        {
            await running.TriggerJob(new JobKey(job.Key, JobsSetup.Group), new JobDataMap { [JobRunListener.TriggeredBy] = actor.Current.Name }, ct);
            return new JobTriggered(job.Key, job.Name, true, null);
        }

        var run = await runs.RunHereAsync(catalog, job, $"手动（{actor.Current.Name}）", ct);
        return new JobTriggered(job.Key, job.Name, false, View(run));
    }

    private static JobRunView View(JobRun r) => new(r.StartedAt, r.FinishedAt, r.Node, r.Ok, r.Ok ? "成功" : "失败", r.Message, r.Trigger);
}

/// <summary><c>/api/v1/admin/jobs</c>.</summary>
public static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/admin/jobs").WithTags("定时任务").RequireAuthorization(PlatformSetup.AdminPolicy);
        g.MapGet("/", ListAsync).WithSummary("定时任务列表：名称、执行计划、上次运行（时间、节点、结果）与下次运行时间");
        g.MapPost("/{key}/trigger", TriggerAsync).WithSummary("立即执行一个定时任务（仅最高一级机构的系统管理员；记入审计）");
    }

    private static async Task<Ok<IReadOnlyList<JobView>>> ListAsync(JobAdminService jobs, CancellationToken ct) =>
        TypedResults.Ok(await jobs.ListAsync(ct));

    private static Task<Results<Ok<JobTriggered>, ProblemHttpResult>> TriggerAsync(string key, JobAdminService jobs, CancellationToken ct) =>
        jobs.TriggerAsync(key, ct).ToOk();
}
