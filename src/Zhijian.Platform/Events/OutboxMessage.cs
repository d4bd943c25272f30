namespace Zhijian.Platform.Events;

/// <summary>A domain event saved in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Registered event name (stable across refactors), e.g. <c>platform.org-unit-created</c>.</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Lease, so two app nodes never dispatch the same message at once.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}

/// <summary>Which handler has processed which message: makes every handler run at most once per message.</summary>
public sealed class OutboxHandled
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTimeOffset HandledAt { get; set; }
}
