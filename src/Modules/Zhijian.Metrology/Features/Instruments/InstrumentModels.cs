namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 强检器具登记. <see cref="Kind"/>: a catalogue code or name. Owner: a registry entity's USCC, or <see cref="Household"/> with the
/// person's name in <see cref="OwnerName"/> (居民用户). <see cref="FirstVerifiedOn"/>: the first verification on its certificate,
/// when already verified (then <see cref="CertificateNo"/> too); the due date follows from the kind's rule.
/// </summary>
internal sealed record RegisterInstrument(string? Kind, int? Size, string? Model, string? SerialNo, string? Maker, string? OwnerUscc, bool Household,
    string? OwnerName, string? DivisionCode, string? Address, DateOnly? FiledOn, DateOnly? FirstVerifiedOn, string? CertificateNo);

/// <summary>停用 / 报废 (到期轮换 for a fixed-life instrument) / 恢复在用.</summary>
internal sealed record ChangeInstrumentStatus(string? Status, DateOnly? On);

/// <summary>
/// 检定结果 posted by a verification body: the instrument by register id, or by serial number and owner USCC; 检定日期, 结论
/// (合格/不合格), 证书编号 (the result's identity: posting it again returns the stored result), the next due date when the body sets
/// it (else computed from the rule), and the user's application date and the body's promised date (late → free verification).
/// </summary>
internal sealed record PostVerification(long? InstrumentId, string? SerialNo, string? OwnerUscc, DateOnly? VerifiedOn, string? Conclusion, string? CertificateNo,
    DateOnly? NextDue, DateOnly? RequestedOn, DateOnly? PromisedOn, long? BodyId = null);

internal sealed record SaveVerificationBody(string? Name, string? Uscc, string? AuthorisationNo, IReadOnlyList<string>? Kinds);

internal sealed record VerificationBodyView(long Id, string Name, string Uscc, string AuthorisationNo, IReadOnlyList<string> Kinds, string KindNames, bool Active,
    int? ApiClientId, string? ApiClientName);

internal sealed record VerificationBodyClientCreated(long BodyId, int ClientId, string ClientName, string Key);

/// <summary>The register filter: view = due-soon | overdue | failed | unverified | replace (fixed-life due in the quarter).</summary>
internal sealed record InstrumentFilter(string? Q = null, string? Kind = null, string? Division = null, string? Status = null, string? View = null);

internal sealed record InstrumentRow(long Id, string Kind, string KindName, string? Size, string SerialNo, string Owner, string Address, string Division,
    string Status, DateOnly? FirstVerifiedOn, DateOnly? LastVerifiedOn, DateOnly? DueOn, string DueLabel, string State);

internal sealed record InstrumentPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

internal sealed record VerificationView(long Id, long InstrumentId, string BodyName, DateOnly VerifiedOn, string Conclusion, string CertificateNo,
    DateOnly? NextDueOn, DateOnly? DueBefore, bool OnTime, DateOnly? RequestedOn, DateOnly? PromisedOn, bool Late, string? Note);

/// <summary>The detail: the record, its due state and its verification history.</summary>
internal sealed record InstrumentView(long Id, string Kind, string KindName, string Use, string Mode, int? Size, string? Model, string SerialNo, string? Maker,
    string? OwnerUscc, string Owner, bool Household, string DivisionCode, string Division, string Address, DateOnly? FiledOn, DateOnly? FirstVerifiedOn,
    DateOnly? LastVerifiedOn, string? LastConclusion, string? LastCertificateNo, DateOnly? DueOn, string DueLabel, string State, string Status,
    DateOnly? StatusOn, DateOnly? ReplacedOn, bool ClueSent, IReadOnlyList<VerificationView> Verifications);

/// <summary>One line of the public replacement list (M5): no personal names — a household shows as 居民用户 and its street only.</summary>
internal sealed record PublicReplacement(string Owner, string Address, string Kind, string? Size, string SerialNo, DateOnly ReplaceBy);

internal sealed record PublicReplacementList(string County, string CountyName, string Quarter, DateOnly From, DateOnly To, int Total,
    IReadOnlyList<PublicReplacement> Items);

internal sealed record KindView(string Code, string Name, string Use, string Mode, string? SizeLabel, IReadOnlyList<KindRuleView> Rules);

internal sealed record KindRuleView(string? UpToSize, string Mode, string RuleKey, int Months);

internal sealed record InstrumentImportSummary(int Rows, int Created);
