using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Jobs;

/// <summary>Scheduled jobs (Quartz): the registered jobs, the admin list and "run now" (audited), the run history.</summary>
public sealed class JobsTests
{
    /// <summary>A job that always fails, to see 失败 with its message.</summary>
    public sealed class FailingJob : IScheduledJob
    {
        public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) => throw new InvalidOperationException("测试：下游不可用");
    }

    /// <summary>A short-interval job for the scheduler's own tests.</summary>
    public sealed class TickJob : IScheduledJob
    {
        public Task ExecuteAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
    }

    public static readonly string[] ModuleJobs = ["cases.disclosure-sweep", "complaints.counts", "complaints.sweep", "credit.listings", "credit.risk-nightly", "dashboard.snapshots", "drugs.ephedrine-full-pass", "drugs.risk-recompute", "food.grading-monthly", "food.markets-sweep", "pq.recall-sweep", "prices.fee-refund-overdue", "prices.warnings-full-pass", "sequip.hazards-sweep", "sequip.schedule-sweep"];

    [Fact]
    public async Task Every_former_loop_is_a_registered_job_and_a_top_admin_runs_one_now_audited()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var jobs = (await admin.GetJsonAsync("/api/v1/admin/jobs")).EnumerateArray().ToList();
        Assert.Equal(ModuleJobs, jobs.Select(j => j.Str("key")).Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.False(string.IsNullOrEmpty(j.Str("name")) || string.IsNullOrEmpty(j.Str("schedule"))));
        Assert.All(jobs, j => Assert.Equal(JsonValueKind.String, j.GetProperty("nextRun").ValueKind));
        Assert.Equal("每天 02:30", jobs.Single(j => j.Str("key") == "credit.risk-nightly").Str("schedule"));

        var response = await admin.PostJsonAsync("/api/v1/admin/jobs/cases.disclosure-sweep/trigger", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(run.GetProperty("queued").GetBoolean()); // no scheduler on this node: run here, now
        Assert.Equal("成功", run.GetProperty("run").Str("result"));

        var last = (await admin.GetJsonAsync("/api/v1/admin/jobs")).EnumerateArray().Single(j => j.Str("key") == "cases.disclosure-sweep").GetProperty("lastRun");
        Assert.Equal(("成功", "手动（admin）"), (last.Str("result"), last.Str("trigger")));
        Assert.False(string.IsNullOrEmpty(last.Str("node")));
        var audited = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Action == "job.triggered" && a.RecordId == "cases.disclosure-sweep").Select(a => a.Actor).ToListAsync());
        Assert.Equal(["admin"], audited);

        var page = await admin.PageAsync("/admin/jobs");
        Assert.Contains("定时任务", page, StringComparison.Ordinal);
        Assert.Contains("行政处罚公示期满撤下", page, StringComparison.Ordinal);
        Assert.Contains("立即执行", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_of_the_top_unit_run_a_job_and_an_unknown_job_is_404()
    {
        await using var app = await ZhijianApp.StartAsync();
        var county = await app.LoginAsync("admin.lixia");
        Assert.Equal(ModuleJobs.Length, (await county.GetJsonAsync("/api/v1/admin/jobs")).GetArrayLength()); // may look
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostJsonAsync("/api/v1/admin/jobs/complaints.sweep/trigger", new { })).StatusCode);
        Assert.Contains("jobs-read-only", await county.PageAsync("/admin/jobs"), StringComparison.Ordinal);
        var registrar = await app.LoginAsync("registrar");
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.GetAsync("/api/v1/admin/jobs")).StatusCode);

        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/v1/admin/jobs/no.such-job/trigger", new { })).StatusCode);
        var runs = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().JobRuns.CountAsync());
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task A_failed_run_is_shown_as_failed_with_its_error()
    {
        await using var app = await ZhijianApp.StartAsync(services: s =>
            s.AddZhijianJob<FailingJob>("test.failing", "测试失败任务", "每天一次", JobSchedule.Every(TimeSpan.FromDays(1))));
        var admin = await app.LoginAsync("admin");

        var run = (await (await admin.PostJsonAsync("/api/v1/admin/jobs/test.failing/trigger", new { })).ExpectAsync(HttpStatusCode.OK)).GetProperty("run");

        Assert.Equal("失败", run.Str("result"));
        Assert.Equal("InvalidOperationException: 测试：下游不可用", run.Str("message"));
        Assert.Contains("测试：下游不可用", await admin.PageAsync("/admin/jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduler_fires_a_job_on_its_schedule_and_records_each_run()
    {
        await using var app = await ZhijianApp.StartAsync(services: s =>
        {
            s.Configure<JobsOptions>(o => o.Enabled = true);
            s.AddZhijianJob<TickJob>("test.tick", "测试任务", "每秒", JobSchedule.Every(TimeSpan.FromSeconds(1)));
        });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<JobRun> runs = [];
        while (runs.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            app.Clock.Advance(TimeSpan.FromSeconds(1)); // the scheduler runs on the app's clock
            runs = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().JobRuns.AsNoTracking().Where(r => r.JobKey == "test.tick").ToListAsync());
        }

        Assert.True(runs.Count >= 2, $"{runs.Count} runs");
        Assert.All(runs, r => Assert.True(r.Ok && r.Trigger == "定时" && r.ScheduledFor is not null && r.FireInstanceId is not null));
        var admin = await app.LoginAsync("admin");
        var tick = (await admin.GetJsonAsync("/api/v1/admin/jobs")).EnumerateArray().Single(j => j.Str("key") == "test.tick");
        Assert.True(tick.GetProperty("scheduled").GetBoolean());
        Assert.Equal("成功", tick.GetProperty("lastRun").Str("result"));
    }

    [Theory]
    [InlineData("0 0 1-5 * * ?", "2026-07-01T00:30:00+08:00", "2026-07-01T01:00:00+08:00")]
    [InlineData("0 0 1-5 * * ?", "2026-07-01T05:00:00+08:00", "2026-07-02T01:00:00+08:00")]
    [InlineData("0 0 * * * ?", "2026-07-01T05:10:00+08:00", "2026-07-01T06:00:00+08:00")]
    public void Cron_schedules_are_read_in_China_time(string cron, string now, string next) =>
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture),
            JobSchedule.CronChina(cron).NextAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
