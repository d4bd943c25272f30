using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Telemetry;

namespace Zhijian.Platform.Jobs;

/// <summary>
/// 定时任务: the body of a scheduled job. It runs in a DI scope of its own as the system actor, never twice at once
/// (<see cref="DisallowConcurrentExecutionAttribute"/> on the runner; on PostgreSQL across every node of the cluster), and
/// must be idempotent: a missed firing is caught up once (fire-once-now), and an administrator may run it at any time.
/// </summary>
public interface IScheduledJob
{
    Task ExecuteAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>When a job fires: a Quartz cron expression read in China time (Asia/Shanghai), or a fixed interval.</summary>
public sealed record JobSchedule(string? Cron, TimeSpan? Interval)
{
    /// <summary>Quartz cron (seconds first), e.g. <c>0 30 2 * * ?</c> for 02:30 China time every day.</summary>
    public static JobSchedule CronChina(string cron) => new(CronExpression.TryParse(cron, out _) ? cron : throw new ArgumentException($"无效的 cron 表达式：{cron}", nameof(cron)), null);

    /// <summary>At minute 0 of every hour.</summary>
    public static JobSchedule Hourly { get; } = CronChina("0 0 * * * ?");

    public static JobSchedule Every(TimeSpan interval) => new(null, interval);

    /// <summary>The next firing after <paramref name="now"/> by the schedule alone (a node without a scheduler shows this).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset now) => Cron is { } cron
        ? new CronExpression(cron, ChinaTime.Zone).GetNextValidTimeAfter(now)
        : now + Interval;
}

/// <summary>A registered job: key, Chinese name, schedule in words and as a schedule, and its body's type.</summary>
public sealed record JobDefinition(string Key, string Name, string ScheduleText, JobSchedule Schedule, Type JobType);

/// <summary>Settings "Zhijian:Jobs".</summary>
public sealed class JobsOptions
{
    /// <summary>Whether this node runs a scheduler. Without one, jobs run only when an administrator triggers them here.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>This app node's name in the run history and the Quartz cluster (unique per process).</summary>
public sealed record JobNode(string Name)
{
    public static JobNode Create() =>
        new($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
}

/// <summary>The platform's scheduler set-up (a module registers its jobs with <see cref="Zhijian.Platform.JobRegistration.AddZhijianJob{TJob}"/>).</summary>
public static class JobsSetup
{
    public const string Group = "zhijian";

    /// <summary>Quartz's tables on PostgreSQL: platform.qrtz_* (created by the platform's migration <c>Jobs</c>).</summary>
    public const string TablePrefix = "platform.qrtz_";

    internal static void AddJobs(IServiceCollection services, IConfiguration configuration, StorageOptions storage, JobNode node)
    {
        services.Configure<JobsOptions>(configuration.GetSection("Zhijian:Jobs"));
        services.AddSingleton(node);
        services.AddSingleton<JobCatalog>();
        services.AddSingleton<JobRunListener>();
        services.AddTransient<JobRunner>();
        services.AddSingleton<JobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        services.AddScoped<JobAdminService>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "Zhijian";
                o.InstanceId = node.Name;
            });
            // The scheduler runs on the app's TimeProvider (the container's), like the job bodies: tests drive it with their clock.
            q.UseDefaultThreadPool(2);
            if (storage.Provider == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(storage.ConnectionString);
                    s.UseSystemTextJsonSerializer(_ => { });
                    s.ConfigureStore(o =>
                    {
                        o.TablePrefix = TablePrefix;
                        o.AcquireTriggersWithinLock = true;
                    });
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(10);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                });
            }
            else
            {
                q.UseInMemoryStore(_ => { });
            }
        });
    }
}

/// <summary>The registered jobs, and how one body runs: own scope, system actor.</summary>
public sealed class JobCatalog(IEnumerable<JobDefinition> definitions, IServiceScopeFactory scopes)
{
    public IReadOnlyList<JobDefinition> All { get; } = [.. definitions.GroupBy(d => d.Key, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(d => d.Key, StringComparer.Ordinal)];

    public JobDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    /// <summary>Runs the job's body once in a new scope as the system actor.</summary>
    public async Task ExecuteAsync(JobDefinition job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var body = (IScheduledJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.JobType);
        await body.ExecuteAsync(scope.ServiceProvider, ct);
    }
}

/// <summary>The one Quartz job class: looks the definition up by the job key and runs its body.</summary>
[DisallowConcurrentExecution]
public sealed class JobRunner(JobCatalog catalog, ILogger<JobRunner> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var job = catalog.Find(context.JobDetail.Key.Name)
            ?? throw new JobExecutionException($"未注册的定时任务 {context.JobDetail.Key.Name}");
        try
        {
            await catalog.ExecuteAsync(job, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.LogError(e, "Scheduled job {Job} failed", job.Key);
            throw new JobExecutionException(e);
        }
    }
}

/// <summary>Writes the run history (platform.job_runs) after every run on this node.</summary>
public sealed class JobRunListener(IServiceScopeFactory scopes, JobNode node, TimeProvider clock, ILogger<JobRunListener> log) : IJobListener
{
    public const string TriggeredBy = "zhijian.triggered-by";

    public string Name => "zhijian.job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var by = context.MergedJobDataMap.TryGetValue(TriggeredBy, out var who) ? who?.ToString() : null;
        var error = jobException?.InnerException ?? jobException;
        await RecordAsync(new JobRun
        {
            JobKey = context.JobDetail.Key.Name,
            ScheduledFor = by is null ? context.ScheduledFireTimeUtc : null,
            FireInstanceId = context.FireInstanceId,
            Trigger = by is null ? "定时" : $"手动（{by}）",
            StartedAt = context.FireTimeUtc,
            FinishedAt = clock.GetUtcNow(),
            Node = context.Scheduler.SchedulerInstanceId,
            Ok = error is null,
            Message = error is null ? null : Describe(error),
        }, CancellationToken.None);
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    /// <summary>Runs a job here and now, without the scheduler (a node with <c>Zhijian:Jobs:Enabled=false</c>), recording the run.</summary>
    public async Task<JobRun> RunHereAsync(JobCatalog catalog, JobDefinition job, string trigger, CancellationToken ct)
    {
        var run = new JobRun { JobKey = job.Key, Trigger = trigger, StartedAt = clock.GetUtcNow(), Node = node.Name, Ok = true };
        try
        {
            await catalog.ExecuteAsync(job, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "Job {Job} failed", job.Key);
            run.Ok = false;
            run.Message = Describe(e);
        }

        run.FinishedAt = clock.GetUtcNow();
        await RecordAsync(run, CancellationToken.None);
        return run;
    }

    private async Task RecordAsync(JobRun run, CancellationToken ct)
    {
        run.Id = Guid.CreateVersion7();
        ZhijianMetrics.JobRuns.Add(1, new TagList { { "job", run.JobKey }, { "ok", run.Ok } });
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or ObjectDisposedException)
        {
            log.LogWarning(e, "Job run of {Job} could not be recorded", run.JobKey);
        }
    }

    private static string Describe(Exception e)
    {
        var text = e.GetType().Name + ": " + e.Message;
        return text.Length <= 2000 ? text : text[..2000];
    }
}

/// <summary>
/// Starts this node's scheduler (unless <see cref="JobsOptions.Enabled"/> is off) after scheduling every registered job. A
/// trigger already in the store is left alone when its schedule is unchanged, so a firing missed while every node was down
/// is detected as a misfire and run once at start (fire-once-now); a changed schedule replaces the trigger.
/// </summary>
public sealed class JobScheduler(IOptions<JobsOptions> options, ISchedulerFactory factory, JobCatalog catalog, JobRunListener listener,
    TimeProvider clock, ILogger<JobScheduler> log) : IHostedService
{
    private IScheduler? _scheduler;

    /// <summary>This node's running scheduler, or null.</summary>
    public IScheduler? Running => _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || catalog.All.Count == 0) return;
        var scheduler = await factory.GetScheduler(cancellationToken);
        scheduler.ListenerManager.AddJobListener(listener, [GroupMatcher<JobKey>.GroupEquals(JobsSetup.Group)]);
        foreach (var job in catalog.All) await EnsureScheduledAsync(scheduler, job, cancellationToken);
        await scheduler.Start(cancellationToken);
        _scheduler = scheduler;
        log.LogInformation("Job scheduler {Node} started with {Count} jobs", scheduler.SchedulerInstanceId, catalog.All.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } s)
        {
            _scheduler = null;
            await s.Shutdown(true, cancellationToken);
        }
    }

    private async Task EnsureScheduledAsync(IScheduler scheduler, JobDefinition job, CancellationToken ct)
    {
        var jobKey = new JobKey(job.Key, JobsSetup.Group);
        var triggerKey = new TriggerKey(job.Key, JobsSetup.Group);
        var detail = JobBuilder.Create<JobRunner>().WithIdentity(jobKey).WithDescription(job.Name).StoreDurably().Build();
        try
        {
            await scheduler.AddJob(detail, AddJobOptions.Replacing, ct);
            var existing = await scheduler.GetTrigger(triggerKey, ct);
            if (existing is not null && Same(existing, job.Schedule)) return;
            var trigger = Trigger(job, triggerKey, jobKey);
            if (existing is null) await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), ct);
            else await scheduler.RescheduleJob(triggerKey, trigger, ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // another node scheduled it at the same moment
        }
    }

    private static bool Same(ITrigger trigger, JobSchedule schedule) => trigger switch
    {
        ICronTrigger cron => schedule.Cron == cron.CronExpressionString && cron.TimeZone.Id == ChinaTime.Zone.Id,
        ISimpleTrigger simple => schedule.Interval == simple.RepeatInterval,
        _ => false,
    };

    private ITrigger Trigger(JobDefinition job, TriggerKey key, JobKey jobKey)
    {
        var builder = TriggerBuilder.Create(clock).WithIdentity(key).ForJob(jobKey).WithDescription(job.ScheduleText);
        if (job.Schedule.Cron is { } cron)
        {
            builder.WithCronSchedule(cron, x => x.InTimeZone(ChinaTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
        }
        else
        {
            builder.StartAt(clock.GetUtcNow()).WithSimpleSchedule(x => x.WithInterval(job.Schedule.Interval!.Value).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow));
        }

        return builder.Build();
    }
}
