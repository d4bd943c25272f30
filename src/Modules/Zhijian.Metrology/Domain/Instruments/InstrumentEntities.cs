using Zhijian.Platform.Storage;

namespace Zhijian.Metrology.Domain.Instruments;

/// <summary>器具状态.</summary>
internal enum InstrumentStatus
{
    /// <summary>在用</summary>
    InUse = 1,

    /// <summary>停用</summary>
    Stopped = 2,

    /// <summary>报废（含到期轮换拆除）</summary>
    Scrapped = 3,
}

/// <summary>
/// A 强检 instrument in the register (1987 办法 第5条: the user lists and files it with the county metrology authority, M2 [F]).
/// <see cref="DueOn"/> is stored (next verification for periodic kinds, replace-by for fixed-life kinds) so the overdue lists are
/// one indexed range; it is recomputed from the rule settings on every verification result.
/// </summary>
internal sealed class Instrument : IDivisionScoped
{
    public long Id { get; set; }

    public required string KindCode { get; set; }

    public VerificationMode Mode { get; set; }

    /// <summary>公称口径 DN (water meters).</summary>
    public int? Size { get; set; }

    public string? Model { get; set; }

    /// <summary>出厂编号.</summary>
    public required string SerialNo { get; set; }

    public string? Maker { get; set; }

    /// <summary>Owner (使用单位): a registry entity's USCC; null for a household (居民用户).</summary>
    public string? OwnerUscc { get; set; }

    /// <summary>The entity's name, or for a household the person's name masked (张**; see <see cref="OwnerNameProtected"/>).</summary>
    public required string OwnerName { get; set; }

    /// <summary>A household's name in full, encrypted at rest (personal data); null for an entity.</summary>
    public string? OwnerNameProtected { get; set; }

    public bool Household { get; set; }

    /// <summary>使用地点 行政区划 (6 or 9 digits).</summary>
    public required string DivisionCode { get; set; }

    /// <summary>The county (first six digits of <see cref="DivisionCode"/>), for the lists' index.</summary>
    public required string County { get; set; }

    public required string Address { get; set; }

    /// <summary>备案 with the county metrology authority (M2).</summary>
    public DateOnly? FiledOn { get; set; }

    public DateOnly? FirstVerifiedOn { get; set; }

    public DateOnly? LastVerifiedOn { get; set; }

    public bool? LastPassed { get; set; }

    public string? LastCertificateNo { get; set; }

    /// <summary>Next verification (periodic) or replace-by (fixed life); null when unverified or 失准报废.</summary>
    public DateOnly? DueOn { get; set; }

    public InstrumentStatus Status { get; set; }

    public DateOnly? StatusOn { get; set; }

    /// <summary>到期轮换: the date a fixed-life instrument was taken out (scrapped) for replacement.</summary>
    public DateOnly? ReplacedOn { get; set; }

    /// <summary>The due date (or the failed certificate) a case clue was sent for; the same state is not sent twice.</summary>
    public string? ClueSentFor { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>检定机构 (法定计量检定机构 or 授权的计量技术机构): its API client posts results.</summary>
internal sealed class VerificationBody
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Uscc { get; set; }

    /// <summary>计量授权证书编号.</summary>
    public required string AuthorisationNo { get; set; }

    /// <summary>Authorised kinds (comma-separated codes; empty = all).</summary>
    public string Kinds { get; set; } = "";

    public int? ApiClientId { get; set; }

    public string? ApiClientName { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public bool MayVerify(string kind) => Kinds.Length == 0 || Kinds.Split(',').Contains(kind, StringComparer.Ordinal);
}

/// <summary>
/// 检定结果 posted by a body (idempotent by 证书编号). <see cref="DueBefore"/> is the due date the verification answered (for 受检率:
/// on time when verified on or before it). <see cref="RequestedOn"/>/<see cref="PromisedOn"/>: the user's application and the
/// body's promised date; verified after the promised date → <see cref="Late"/> (1987 办法 第8、15条: the body verifies free, M3 [F]).
/// </summary>
internal sealed class Verification : IDivisionScoped
{
    public long Id { get; set; }

    public long InstrumentId { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public long? BodyId { get; set; }

    public required string BodyName { get; set; }

    public DateOnly VerifiedOn { get; set; }

    public bool Passed { get; set; }

    public required string CertificateNo { get; set; }

    public DateOnly? NextDueOn { get; set; }

    public DateOnly? DueBefore { get; set; }

    public bool OnTime { get; set; }

    public DateOnly? RequestedOn { get; set; }

    public DateOnly? PromisedOn { get; set; }

    public bool Late { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
