using Zhijian.Platform.Events;

namespace Zhijian.Credit.Contracts;

/// <summary>A credit record about an entity was accepted (new or changed): risk classes recompute on it.</summary>
[EventName("credit.record-accepted")]
public sealed record CreditRecordAccepted(string Uscc, CreditRecordKind Kind, string SourceSystem, string SourceId) : IEntityPublicChange;

/// <summary>A listing was made, confirmed, removed or expired: risk classes and inspection libraries react.</summary>
[EventName("credit.listing-changed")]
public sealed record ListingChanged(string Uscc, CreditList List, ListingStatus Status, long ListingId) : IEntityPublicChange;

/// <summary>An entity's credit risk class changed.</summary>
[EventName("credit.risk-class-changed")]
public sealed record RiskClassChanged(string Uscc, RiskClass? From, RiskClass To, string ModelVersion) : IDomainEvent;

/// <summary>
/// 信用修复完成: a penalty record's disclosure ended early on <see cref="EndedOn"/>; the module that published the penalty
/// (<see cref="SourceSystem"/>, <see cref="SourceId"/> as it submitted the record) stops its own publication too.
/// </summary>
[EventName("credit.penalty-disclosure-ended")]
public sealed record PenaltyDisclosureEnded(string Uscc, string SourceSystem, string SourceId, DateOnly EndedOn, string Reason) : IEntityPublicChange;

/// <summary>What other modules may ask the credit module.</summary>
public interface ICreditQueries
{
    /// <summary>The entity's current risk class, or null when not yet classified.</summary>
    Task<RiskClass?> RiskClassAsync(string uscc, CancellationToken ct);

    /// <summary>Whether the entity is on the abnormal list / marked, or on the serious list, today.</summary>
    Task<(bool Abnormal, bool Serious)> ListedAsync(string uscc, CancellationToken ct);

    /// <summary>
    /// Every classified entity's current risk class inside the caller's jurisdiction, in ordinal (byte-wise) USCC order on
    /// both databases, streamed (draw stratification).
    /// </summary>
    IAsyncEnumerable<EntityRiskClass> RiskClassesAsync(CancellationToken ct);

    /// <summary>
    /// 行政处罚 records per USCC decided in [<paramref name="from"/>, <paramref name="to"/>] (withdrawn ones excluded), in one
    /// field (e.g. <see cref="CreditField.Food"/>) or all fields when null; over the whole deployment (a grading run of
    /// another module reads it as the system): one GROUP BY, entities without any are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, int>> PenaltyCountsAsync(DateOnly from, DateOnly to, CreditField? field, CancellationToken ct);
}

/// <summary>An entity's current credit risk class.</summary>
public sealed record EntityRiskClass(string Uscc, RiskClass Class);

/// <summary>
/// 其他业务模块向信用模块归集信息 (in process, e.g. from an outbox handler running as the system actor): idempotent by
/// (SourceSystem, SourceId).
/// </summary>
public interface ICreditIntake
{
    /// <summary>
    /// 归集一条信用记录, the same path as <c>POST /api/v1/credit/records</c>: sending it again changes nothing ("unchanged"),
    /// sending it changed updates it ("updated"); a record for an entity the registry does not know waits in the
    /// quarantine ("quarantined") and is collected when the entity is registered.
    /// </summary>
    Task<CreditIntakeOutcome> SubmitRecordAsync(CreditRecordSubmission record, CancellationToken ct);

    /// <summary>
    /// 拟列入经营异常名录 (e.g. 通过登记的住所无法联系 found in a random inspection): creates a <see cref="ListingStatus.Proposed"/>
    /// listing that a section chief confirms (or rejects) on the listings page; an individual business gets the
    /// 经营异常状态 mark instead (<see cref="CreditList.AbnormalMark"/>). Grounds: <see cref="ListingGround.Unreachable"/>,
    /// <see cref="ListingGround.InformationNotPublished"/>, <see cref="ListingGround.FalseInformation"/>; others are "invalid".
    /// Idempotent: when the entity already has a Proposed or Listed listing on the same ground, or this source already
    /// proposed one, returns that one ("unchanged").
    /// </summary>
    Task<CreditIntakeOutcome> ProposeListingAsync(ListingProposal proposal, CancellationToken ct);
}

/// <summary>
/// A credit record handed over by another module (field rules as <c>POST /api/v1/credit/records</c>). For a penalty:
/// <see cref="Amount"/> the fine, <see cref="PenaltyKinds"/> "警告；罚款" (required), <see cref="Severe"/> for penalties that
/// never end early by repair, <see cref="PublicUntil"/> overrides the computed disclosure period, <see cref="WithdrawnOn"/>
/// when the decision was changed or revoked.
/// </summary>
public sealed record CreditRecordSubmission(string Uscc, CreditRecordKind Kind, string SourceSystem, string SourceId, string Authority,
    string Title, DateOnly DecidedOn, string? Content = null, string? DocumentNo = null, CreditField Field = CreditField.General,
    decimal? Amount = null, string? PenaltyKinds = null, bool Severe = false, DateOnly? PublicUntil = null, DateOnly? WithdrawnOn = null);

/// <summary>拟列入经营异常名录的建议: the facts as the inspector found them, who proposed it, and where it came from.</summary>
public sealed record ListingProposal(string Uscc, ListingGround Ground, string Facts, string ProposedBy, string SourceSystem, string SourceId);

/// <summary>
/// What the credit module did: <see cref="Outcome"/> is one of the constants below; <see cref="Id"/> the stored record or
/// listing; <see cref="Error"/> (Chinese) why it is invalid, or why a record waits in the quarantine.
/// </summary>
public sealed record CreditIntakeOutcome(string Outcome, long? Id, string? Error)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Quarantined = "quarantined";
    public const string Invalid = "invalid";
}
