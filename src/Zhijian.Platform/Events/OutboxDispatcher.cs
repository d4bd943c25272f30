using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Events;

/// <summary>
/// Delivers committed outbox messages to their handlers: claims a batch with a lease (safe with several
/// app nodes), runs each handler not yet recorded as done, records it, marks the message dispatched.
/// A failing handler is retried with exponential back-off; the other handlers are not run twice.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, EventRegistry registry, OutboxSignal signal, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private readonly string _node = Truncate($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}", 100);
    public const int MaxAttempts = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchPendingAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Outbox dispatch round failed");
            }

            try { await signal.WaitAsync(options.Value.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One round: dispatches up to 50 due messages. Returns how many were attempted.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var due = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts
                    && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                    && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(50).ToListAsync(ct);
            claimed = [];
            var until = now.AddMinutes(5);
            foreach (var id in due)
            {
                var got = await db.OutboxMessages
                    .Where(m => m.Id == id && m.DispatchedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _node).SetProperty(m => m.LockedUntil, until), ct);
                if (got == 1) claimed.Add(id);
            }
        }

        foreach (var id in claimed) await DispatchOneAsync(id, ct);
        return claimed.Count;
    }

    private async Task DispatchOneAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
        var eventType = registry.TypeOf(message.Type);
        try
        {
            if (eventType is null) throw new InvalidOperationException($"未注册的事件类型 {message.Type}");
            var ev = JsonSerializer.Deserialize(message.Payload, eventType, ZhijianJson.Options)
                ?? throw new InvalidOperationException("事件内容为空");
            var done = await db.OutboxHandled.Where(h => h.MessageId == id).Select(h => h.Handler).ToListAsync(ct);
            var context = new EventContext(message.Id, message.OccurredAt, message.Attempts + 1);
            foreach (var handlerType in registry.HandlersOf(message.Type))
            {
                var handlerName = handlerType.FullName ?? handlerType.Name;
                if (done.Contains(handlerName)) continue;
                await using var handlerScope = scopes.CreateAsyncScope();
                handlerScope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
                var handler = handlerScope.ServiceProvider.GetRequiredService(handlerType);
                await HandlerInvoker.For(eventType).InvokeAsync(handler, ev, context, ct);
                db.OutboxHandled.Add(new OutboxHandled { MessageId = id, Handler = handlerName, HandledAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(ct);
            }

            message.DispatchedAt = clock.GetUtcNow();
            message.LockedBy = null;
            message.LockedUntil = null;
            await db.SaveChangesAsync(ct);
            Telemetry.ZhijianMetrics.OutboxDispatched.Add(1);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var attempts = message.Attempts + 1;
            var delay = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, attempts)));
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow() + delay)
                .SetProperty(m => m.LastError, Truncate(ex.GetType().Name + ": " + ex.Message, 2000))
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
            Telemetry.ZhijianMetrics.OutboxFailed.Add(1);
            log.LogWarning("Outbox message {Id} ({Type}) failed attempt {Attempt}: {Error}", id, message.Type, attempts, ex.GetType().Name);
        }
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>Settings "Zhijian:Outbox".</summary>
public sealed class OutboxOptions
{
    /// <summary>Whether this node dispatches.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest wait between rounds: a commit that wrote outbox messages wakes the dispatcher at once (see
    /// <see cref="Storage.OutboxCommitInterceptor"/>); the poll finds messages of other nodes and retries that fell due.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

internal abstract class HandlerInvoker
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, HandlerInvoker> Cache = new();

    public static HandlerInvoker For(Type eventType) =>
        Cache.GetOrAdd(eventType, t => (HandlerInvoker)Activator.CreateInstance(typeof(HandlerInvoker<>).MakeGenericType(t))!);

    public abstract Task InvokeAsync(object handler, object domainEvent, EventContext context, CancellationToken ct);
}

internal sealed class HandlerInvoker<TEvent> : HandlerInvoker where TEvent : IDomainEvent
{
    public override Task InvokeAsync(object handler, object domainEvent, EventContext context, CancellationToken ct) =>
        ((IEventHandler<TEvent>)handler).HandleAsync((TEvent)domainEvent, context, ct);
}
