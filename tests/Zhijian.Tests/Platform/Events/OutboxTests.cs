using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Events;

public sealed class OutboxTests
{
    /// <summary>What test handlers saw, shared across scopes.</summary>
    public sealed class Sink
    {
        public ConcurrentBag<(string Handler, Guid MessageId, string Code)> Handled { get; } = [];

        private int _failuresLeft;

        public int FailuresLeft { init => _failuresLeft = value; }

        public bool ShouldFail() => Interlocked.Decrement(ref _failuresLeft) >= 0;
    }

    public sealed class RecordingHandler(Sink sink) : IEventHandler<OrgUnitCreated>
    {
        public Task HandleAsync(OrgUnitCreated domainEvent, EventContext context, CancellationToken ct)
        {
            sink.Handled.Add((nameof(RecordingHandler), context.MessageId, domainEvent.Code));
            return Task.CompletedTask;
        }
    }

    public sealed class FlakyHandler(Sink sink) : IEventHandler<OrgUnitCreated>
    {
        public Task HandleAsync(OrgUnitCreated domainEvent, EventContext context, CancellationToken ct)
        {
            if (sink.ShouldFail()) throw new TimeoutException("下游系统暂时不可用");
            sink.Handled.Add((nameof(FlakyHandler), context.MessageId, domainEvent.Code));
            return Task.CompletedTask;
        }
    }

    private static Action<IServiceCollection> Handlers(Sink sink) => s =>
    {
        s.AddSingleton(sink);
        s.AddEventHandler<OrgUnitCreated, RecordingHandler>();
        s.AddEventHandler<OrgUnitCreated, FlakyHandler>();
    };

    private static async Task<string> CreateStationAsync(ZhijianApp app)
    {
        var admin = await app.LoginAsync("admin.lixia");
        var units = (await admin.GetJsonAsync("/api/v1/org-units")).EnumerateArray().ToList();
        var parent = units.Single(o => o.Str("code") == "370102").GetProperty("id").GetInt32();
        var taken = units.Select(o => o.Str("divisionCode")).ToHashSet();
        var street = app.Services.GetRequiredService<Zhijian.Platform.Codes.DivisionTable>().ChildrenOf("370102").First(d => !taken.Contains(d.Code));
        var response = await admin.PostJsonAsync("/api/v1/org-units", new { parentId = parent, code = street.Code, name = street.Name + "所", divisionCode = street.Code });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return street.Code;
    }

    public sealed class RuleRecorder(Sink sink) : IEventHandler<Zhijian.Platform.Rules.RuleChanged>
    {
        public Task HandleAsync(Zhijian.Platform.Rules.RuleChanged domainEvent, EventContext context, CancellationToken ct)
        {
            sink.Handled.Add((nameof(RuleRecorder), context.MessageId, domainEvent.Key));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_commit_of_an_explicit_transaction_wakes_the_dispatcher_without_a_manual_notify()
    {
        // The dispatcher's fallback poll is pushed out of reach: only the commit's signal can wake it in time.
        var sink = new Sink();
        await using var app = await ZhijianApp.StartAsync(services: s =>
        {
            s.Configure<OutboxOptions>(o => o.PollInterval = TimeSpan.FromMinutes(30));
            s.AddSingleton(sink);
            s.AddEventHandler<Zhijian.Platform.Rules.RuleChanged, RuleRecorder>();
        });
        await Task.Delay(500); // the dispatcher's first round is over: it now waits for a signal
        var admin = await app.LoginAsync("admin");

        // A new rule version is saved inside an explicit transaction (under the audit chain's lock) with its RuleChanged event.
        var response = await admin.PostJsonAsync("/api/v1/rules/complaint.flag-frequent/versions", new { value = "9", effectiveFrom = "2099-01-01", note = "出箱测试" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (sink.Handled.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal("complaint.flag-frequent", Assert.Single(sink.Handled).Code);
    }

    [Fact]
    public async Task Only_a_committed_transaction_signals_the_dispatcher()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var signal = app.Services.GetRequiredService<OutboxSignal>();
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                db.Publish(new OrgUnitCreated(1, "TEST-RB", "回滚测试", OrgUnitKind.Province, "370102"));
                await db.SaveChangesAsync();
                Assert.False(await signal.WaitAsync(TimeSpan.Zero, default)); // not before the commit
                await tx.RollbackAsync();
            }

            Assert.False(await signal.WaitAsync(TimeSpan.Zero, default)); // a rollback publishes nothing

            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                db.Publish(new OrgUnitCreated(1, "TEST-OK", "提交测试", OrgUnitKind.Province, "370102"));
                await db.SaveChangesAsync();
                Assert.False(await signal.WaitAsync(TimeSpan.Zero, default));
                await tx.CommitAsync();
            }

            Assert.True(await signal.WaitAsync(TimeSpan.Zero, default));
        });
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_is_dispatched_after_restart_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync();
        string code;
        await using (var before = await ZhijianApp.StartAsync(outbox: false, reuse: db))
        {
            code = await CreateStationAsync(before);
            var pending = await before.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.CountAsync(m => m.DispatchedAt == null));
            Assert.Equal(1, pending);
        } // the process "dies" here: committed, never dispatched

        var sink = new Sink();
        await using var after = await ZhijianApp.StartAsync(outbox: true, reuse: db, services: Handlers(sink));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (sink.Handled.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(100);

        Assert.Equal(2, sink.Handled.Count);
        Assert.All(sink.Handled, h => Assert.Equal(code, h.Code));
        var dispatched = await after.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.SingleAsync());
        Assert.NotNull(dispatched.DispatchedAt);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_back_off_without_rerunning_the_handler_that_succeeded()
    {
        var sink = new Sink { FailuresLeft = 1 };
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: Handlers(sink));
        await CreateStationAsync(app);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var afterFailure = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(afterFailure.DispatchedAt);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Contains("下游系统暂时不可用", afterFailure.LastError);

        await dispatcher.DispatchPendingAsync(CancellationToken.None); // not due yet: back-off
        Assert.Single(sink.Handled);

        app.Clock.Advance(TimeSpan.FromSeconds(3));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await dispatcher.DispatchPendingAsync(CancellationToken.None); // nothing left: no re-run

        Assert.Equal(1, sink.Handled.Count(h => h.Handler == nameof(RecordingHandler)));
        Assert.Equal(1, sink.Handled.Count(h => h.Handler == nameof(FlakyHandler)));
        var done = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
        Assert.NotNull(done.DispatchedAt);
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var admin = await app.LoginAsync("admin");

        var bad = await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "abc", effectiveFrom = "2026-12-01", note = "无效值" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var messages = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.CountAsync());
        Assert.Equal(0, messages);
    }
}
