using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Features.Licences;

internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>登记经营企业 (any kind; a cosmetics business gives its categories). <see cref="ChainHeadquartersId"/> for a chain store.</summary>
internal sealed record BusinessInput(string? Uscc, string? Name, DrugBusinessKind? Kind, string? DivisionCode, string? Address, string? LegalRepresentative,
    string? QualityManager, string? Phone, long? ChainHeadquartersId, string[]? Categories);

/// <summary>A business in a list: personal data masked.</summary>
internal sealed record BusinessRow(long Id, string Uscc, string Name, DrugBusinessKind Kind, string KindName, string DivisionCode, string DivisionName, string Address,
    string LegalRepresentative, string? QualityManager, string? Phone, bool Active, string? Categories, string? ChainName, string? LicenceNumber, DateOnly? LicenceValidTo,
    string? LicenceStatusName);

internal sealed record BusinessDetail(BusinessRow Business, IReadOnlyList<LicenceRow> Licences, IReadOnlyList<PharmacistRow> Pharmacists,
    IReadOnlyList<DutyCheckRow> DutyChecks, IReadOnlyList<SelfReportRow> SelfReports, bool NeedsPharmacist);

/// <summary>
/// 登记许可证或备案: the business by id or USCC; <see cref="ValidTo"/> defaults to the legal validity (none for a filing);
/// <see cref="Scope"/> items must be of <see cref="ScopeItems"/>.
/// </summary>
internal sealed record LicenceInput(long? BusinessId, string? BusinessUscc, DrugLicenceKind? Kind, string? Number, DateOnly? IssuedOn, DateOnly? ValidTo,
    string[]? Scope, string? QualityManager, string? Authority);

internal sealed record LicenceRow(long Id, long BusinessId, string BusinessName, string Uscc, DrugLicenceKind Kind, string KindName, string Number, DateOnly IssuedOn,
    DateOnly? ValidTo, string Scope, string? QualityManager, DrugLicenceStatus Status, string StatusName, string Authority, string DivisionCode, string DivisionName,
    DateOnly? RenewalFrom, DateOnly? RenewalTo, DateOnly? RenewalAppliedOn, string RenewalState, int? DaysLeft);

/// <summary>延续申请 received on <see cref="AppliedOn"/> (default today).</summary>
internal sealed record RenewalInput(DateOnly? AppliedOn);

/// <summary>许可事项变更 (经营范围) applied on <see cref="AppliedOn"/> to take effect on <see cref="EffectiveOn"/>.</summary>
internal sealed record ScopeChangeInput(string[]? Scope, DateOnly? AppliedOn, DateOnly? EffectiveOn);

internal sealed record LicenceStatusInput(DrugLicenceStatus? Status, DateOnly? On, string? Reason);

internal sealed record PharmacistInput(long? BusinessId, string? Name, string? CertificateNo, string? PracticeScope, DateOnly? RegisteredOn);

internal sealed record PharmacistRow(long Id, long BusinessId, string Name, string CertificateNo, string PracticeScope, DateOnly RegisteredOn, bool Active);

/// <summary>在岗检查 of a pharmacy on <see cref="On"/>; <see cref="PharmacistId"/> the pharmacist found (when on duty).</summary>
internal sealed record DutyCheckInput(long? BusinessId, DateOnly? On, bool? OnDuty, long? PharmacistId, string? Note);

internal sealed record DutyCheckRow(long Id, long BusinessId, string BusinessName, string DivisionCode, DateOnly On, bool OnDuty, bool Required, bool Violation,
    string? PharmacistName, string SourceName, string? Note);

/// <summary>年度自查报告 of a device business for <see cref="Year"/> (the year covered), submitted on <see cref="SubmittedOn"/> (default today).</summary>
internal sealed record SelfReportInput(long? BusinessId, string? BusinessUscc, int? Year, DateOnly? SubmittedOn, string? Summary, bool? ProblemsFound);

internal sealed record SelfReportRow(long Id, long BusinessId, string BusinessName, string DivisionCode, int Year, DateOnly SubmittedOn, DateOnly DueOn, bool Late,
    string Summary, bool ProblemsFound);

/// <summary>A device business without an on-time report for the year (late or missing).</summary>
internal sealed record MissingReportRow(long BusinessId, string BusinessName, string Uscc, string KindName, string DivisionCode, string DivisionName, DateOnly DueOn,
    DateOnly? SubmittedOn);

internal sealed record SelfReportYear(int Year, DateOnly DueOn, int Due, int OnTime, int Late, int Missing, IReadOnlyList<MissingReportRow> Outstanding);

/// <summary>公示: a licensed pharmacy as a consumer checks it (pharmacist names masked).</summary>
internal sealed record PublicPharmacy(string Name, string Address, string DivisionName, string LicenceNumber, DateOnly ValidTo, string Pharmacists, string? LastDuty);
