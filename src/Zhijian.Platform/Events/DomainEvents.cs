using System.Reflection;

namespace Zhijian.Platform.Events;

/// <summary>A fact one module publishes for others. Must be a JSON-serialisable record.</summary>
public interface IDomainEvent;

/// <summary>
/// An event that changes what the public portal shows of one entity (its register entry, credit records, listings,
/// complaint counts): when the publishing transaction commits, this node drops its cached public pages about the entity
/// (<see cref="Web.PublicPageCache"/>), before the request that made the change answers.
/// </summary>
public interface IEntityPublicChange : IDomainEvent
{
    /// <summary>The entity's 统一社会信用代码 (null: the event is about no registered entity).</summary>
    string? Uscc { get; }
}

/// <summary>The stable name an event is stored under in the outbox (survives renames of the CLR type).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>What a handler knows of the message it handles; <see cref="MessageId"/> is the idempotency key.</summary>
public sealed record EventContext(Guid MessageId, DateTimeOffset OccurredAt, int Attempt);

/// <summary>
/// Reacts to a domain event after the publishing transaction committed. Runs at most once per message and
/// handler once it succeeds, but may run again after a crash mid-way: make it idempotent (use
/// <see cref="EventContext.MessageId"/> or natural keys).
/// </summary>
public interface IEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, EventContext context, CancellationToken ct);
}

/// <summary>Event names ↔ CLR types, and which handlers each event has.</summary>
public sealed class EventRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Type>> _handlers = new(StringComparer.Ordinal);

    public static string NameOf(Type eventType) =>
        eventType.GetCustomAttribute<EventNameAttribute>()?.Name ?? eventType.FullName ?? eventType.Name;

    public void AddEvent(Type eventType) => _types[NameOf(eventType)] = eventType;

    public void AddHandler(Type eventType, Type handlerType)
    {
        AddEvent(eventType);
        var name = NameOf(eventType);
        if (!_handlers.TryGetValue(name, out var list)) _handlers[name] = list = [];
        if (!list.Contains(handlerType)) list.Add(handlerType);
    }

    public Type? TypeOf(string name) => _types.GetValueOrDefault(name);

    public IReadOnlyList<Type> HandlersOf(string name) => _handlers.TryGetValue(name, out var l) ? l : [];
}

/// <summary>Wakes the dispatcher right after a commit that wrote outbox messages.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); }
            catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    /// <summary>Waits for a signal; true when one came within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
