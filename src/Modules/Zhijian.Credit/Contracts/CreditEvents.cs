using Zhijian.Platform.Events;

namespace Zhijian.Credit.Contracts;

/// <summary>A credit record about an entity was accepted (new or changed): risk classes recompute on it.</summary>
[EventName("credit.record-accepted")]
public sealed record CreditRecordAccepted(string Uscc, CreditRecordKind Kind, string SourceSystem, string SourceId) : IDomainEvent;

/// <summary>A listing was made, confirmed, removed or expired: risk classes and inspection libraries react.</summary>
[EventName("credit.listing-changed")]
public sealed record ListingChanged(string Uscc, CreditList List, ListingStatus Status, long ListingId) : IDomainEvent;

/// <summary>An entity's credit risk class changed.</summary>
[EventName("credit.risk-class-changed")]
public sealed record RiskClassChanged(string Uscc, RiskClass? From, RiskClass To, string ModelVersion) : IDomainEvent;

/// <summary>What other modules may ask the credit module.</summary>
public interface ICreditQueries
{
    /// <summary>The entity's current risk class, or null when not yet classified.</summary>
    Task<RiskClass?> RiskClassAsync(string uscc, CancellationToken ct);

    /// <summary>Whether the entity is on the abnormal list / marked, or on the serious list, today.</summary>
    Task<(bool Abnormal, bool Serious)> ListedAsync(string uscc, CancellationToken ct);
}
