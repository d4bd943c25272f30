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
