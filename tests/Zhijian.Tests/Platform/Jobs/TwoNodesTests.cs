using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Complaints;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Platform.Jobs;

/// <summary>
/// Two app nodes on one PostgreSQL database, each with its outbox dispatcher and its clustered Quartz scheduler: every
/// outbox message is handled once, every firing of a scheduled job runs once, what node A stored node B serves, and the
/// console works on both.
/// </summary>
public sealed class TwoNodesTests
{
    /// <summary>Handler calls of both nodes (one process, one sink).</summary>
    public sealed class Calls
    {
        public ConcurrentBag<(Guid MessageId, string Code)> Handled { get; } = [];
    }

    public sealed class CountingHandler(Calls calls) : IEventHandler<OrgUnitCreated>
    {
        public Task HandleAsync(OrgUnitCreated domainEvent, EventContext context, CancellationToken ct)
        {
            calls.Handled.Add((context.MessageId, domainEvent.Code));
            return Task.CompletedTask;
        }
    }

    private static Action<IServiceCollection> Node(Calls calls) => s =>
    {
        s.Configure<JobsOptions>(o => o.Enabled = true);
        s.AddZhijianJob<JobsTests.TickJob>("test.tick", "测试任务", "每秒", JobSchedule.Every(TimeSpan.FromSeconds(1)));
        s.AddSingleton(calls);
        s.AddEventHandler<OrgUnitCreated, CountingHandler>();
    };

    [PostgresFact]
    public async Task Two_nodes_on_one_database_dispatch_each_message_once_and_run_each_firing_once()
    {
        var calls = new Calls();
        await using var a = await ZhijianApp.StartAsync(services: Node(calls));
        await using var b = await ZhijianApp.StartAsync(services: Node(calls), reuse: a.Database);
        Assert.NotEqual(a.Services.GetRequiredService<JobNode>().Name, b.Services.GetRequiredService<JobNode>().Name);

        // Both schedulers run on their app's clock: let both follow real time from here.
        using var stop = new CancellationTokenSource();
        var ticker = Task.Run(async () =>
        {
            var watch = Stopwatch.StartNew();
            var advanced = TimeSpan.Zero;
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(20);
                var step = watch.Elapsed - advanced;
                advanced += step;
                a.Clock.Advance(step);
                b.Clock.Advance(step);
            }
        });

        // Outbox: six new units, three through each node; each node dispatches (its own and the other's).
        var streets = a.Services.GetRequiredService<Zhijian.Platform.Codes.DivisionTable>().ChildrenOf("370102").Select(d => d.Code).ToList();
        var taken = await a.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OrgUnits.Select(o => o.Code).ToListAsync());
        var codes = streets.Where(c => !taken.Contains(c)).Take(6).ToList();
        var admins = new[] { await a.LoginAsync("admin.lixia"), await b.LoginAsync("admin.lixia") };
        var parent = await a.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OrgUnits.Where(o => o.Code == "370102").Select(o => o.Id).SingleAsync());
        for (var i = 0; i < codes.Count; i++)
        {
            var response = await admins[i % 2].PostJsonAsync("/api/v1/org-units", new { parentId = parent, code = codes[i], name = $"双节点测试{i}所", divisionCode = codes[i] });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        // A complaint submitted to node A is served by node B.
        var uscc = await RegisterAsync(a);
        var api = await a.ApiClientAsync("370100", "complaints.write");
        var id = FirstId(await OkAsync(await PostAsync(api, "/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created));
        var handlerOnB = await b.LoginAsync("complaint");
        Assert.Contains(uscc, (await handlerOnB.GetJsonAsync($"/api/v1/complaints/{id}")).GetRawText(), StringComparison.Ordinal);

        // The console works on both.
        foreach (var node in new[] { a, b })
        {
            var admin = await node.LoginAsync("admin");
            Assert.Contains("定时任务", await admin.PageAsync("/admin/jobs"), StringComparison.Ordinal);
            Assert.Contains("智监", await admin.PageAsync("/"), StringComparison.Ordinal);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<OutboxMessage> messages = [];
        List<JobRun> runs = [];
        while (DateTime.UtcNow < deadline)
        {
            messages = await a.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.Type == EventRegistry.NameOf(typeof(OrgUnitCreated))).ToListAsync());
            runs = await a.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().JobRuns.AsNoTracking().Where(r => r.JobKey == "test.tick").ToListAsync());
            if (calls.Handled.Count(c => codes.Contains(c.Code)) >= codes.Count && messages.All(m => m.DispatchedAt is not null) && runs.Count >= 6) break;
            await Task.Delay(250);
        }

        await stop.CancelAsync();
        await ticker;

        // Every message handled exactly once, whichever node claimed it.
        var ours = calls.Handled.Where(c => codes.Contains(c.Code)).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), ours.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(ours.Count, ours.Select(c => c.MessageId).Distinct().Count());
        Assert.All(messages, m => Assert.NotNull(m.DispatchedAt));
        Assert.All(calls.Handled.GroupBy(c => c.MessageId), g => Assert.Single(g));

        // Every firing of the clustered job ran once, on one of the two nodes.
        Assert.True(runs.Count >= 6, $"{runs.Count} runs");
        Assert.All(runs, r => Assert.True(r.Ok, r.Message));
        Assert.All(runs.GroupBy(r => r.ScheduledFor), g => Assert.Single(g));
        Assert.Equal(runs.Count, runs.Select(r => r.FireInstanceId).Distinct().Count());
        var nodes = new[] { a.Services.GetRequiredService<JobNode>().Name, b.Services.GetRequiredService<JobNode>().Name };
        Assert.All(runs, r => Assert.Contains(r.Node, nodes));
    }
}
