using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

internal sealed record CatalogueItem(string Key, string CategoryCode, string Category, string VarietyCode, string Name, bool FoodRelated, int ValidityYears,
    string ApprovalLevel, string Tag, DateOnly From);

internal sealed record CatalogueView(string Version, DateOnly From, int Categories, int Varieties, IReadOnlyList<CatalogueItem> Items,
    IReadOnlyList<CatalogueItem> AddedInThisVersion);

/// <summary>A licence pushed by the provincial system or entered in the console. Products: catalogue keys ("07-001") or names.</summary>
internal sealed record LicenceInput(string? Number, string? HolderUscc, string[]? Products, string? Address, DateOnly? IssuedOn, DateOnly? ValidTo,
    LicenceStatus? Status, string? Authority, DateOnly? StatusOn = null, string? StatusReason = null);

internal sealed record LicenceStatusInput(LicenceStatus? Status, DateOnly? On, string? Reason);

internal sealed record LicenceRow(long Id, string Number, string HolderUscc, string HolderName, string DivisionCode, string ProductNames, bool FoodRelated,
    DateOnly IssuedOn, DateOnly ValidTo, LicenceStatus Status, string StatusName, string Authority, DateOnly RenewalFrom, bool RenewalApplied,
    bool ProducingAfterExpiry, DateOnly? LastCheckOn);

internal sealed record LicenceProductView(string Key, string Category, string Name);

internal sealed record LicenceDetail(LicenceRow Licence, string Address, string Source, IReadOnlyList<LicenceProductView> Products, DateOnly? StatusOn,
    string? StatusReason, IReadOnlyList<ApplicationRow> Applications, IReadOnlyList<CheckRow> Checks);

internal sealed record ApplicationInput(string? Number, ApplicationKind? Kind, string? ApplicantUscc, string[]? Products, string? LicenceNumber, DateOnly? ReceivedOn);

internal sealed record OnSiteInput(DateOnly? On, bool? Passed, bool SamplesSealed = true);

internal sealed record SamplesInput(DateOnly? On);

internal sealed record DecisionInput(DateOnly? On, ApplicationDecision? Decision);

internal sealed record ApplicationRow(long Id, string Number, ApplicationKind Kind, string KindName, string ApplicantUscc, string ApplicantName, string DivisionCode,
    string ProductNames, string? LicenceNumber, DateOnly ReceivedOn, DateOnly OnSiteDue, DateOnly? OnSiteOn, bool? OnSitePassed, DateOnly? SamplesDue,
    DateOnly? SamplesSentOn, DateOnly DecisionDue, DateOnly? DecidedOn, string DecisionName, string Stage, DateOnly? NextDue, int? DaysLeft);

/// <summary>A post-licence check (LicenceNumber) or, with Unlicensed, a finding of 无证生产 (HolderUscc + Product).</summary>
internal sealed record CheckInput(string? LicenceNumber, DateOnly? On, string? Officers, bool ProductionOk, bool TestingOk, bool MarkOk, bool Sampled,
    CheckResult? Result, DateOnly? RectifyBy, string? Findings, bool Unlicensed = false, string? HolderUscc = null, string? Product = null);

internal sealed record CheckRow(long Id, long? LicenceId, string? LicenceNumber, bool Unlicensed, string HolderUscc, string HolderName, string DivisionCode,
    string? ProductName, DateOnly On, string Officers, bool ProductionOk, bool TestingOk, bool MarkOk, bool Sampled, CheckResult Result, string ResultName,
    DateOnly? RectifyBy, string? Findings, bool ClueSent);

internal sealed record CoverageView(int Year, int ValidLicences, int Checked, decimal? Rate, IReadOnlyList<LicenceRow> Unchecked);

internal sealed record CccInput(string? Number, string? HolderUscc, string? Category, string? Product, string? Model, DateOnly? IssuedOn, DateOnly? ValidTo,
    CccStatus? Status, string? Body);

internal sealed record CccRow(long Id, string Number, string HolderUscc, string HolderName, string DivisionCode, string Category, string CategoryName,
    string Product, string Model, DateOnly IssuedOn, DateOnly ValidTo, CccStatus Status, string StatusName, string Body, bool Expired);

/// <summary>A CCC mark check at a seller. NationalQueryChecked: the officer checked a non-local certificate on the national query.</summary>
internal sealed record MarkCheckInput(DateOnly? On, string? SellerUscc, string? Product, string? BrandModel, string? CertificateNumber, bool NationalQueryChecked,
    MarkResult? Result, string? Findings, string? Officers);

internal sealed record MarkCheckRow(long Id, DateOnly On, string SellerUscc, string SellerName, string DivisionCode, string Product, string BrandModel,
    string? CertificateNumber, bool VerifiedLocally, string Verification, MarkResult Result, string ResultName, string? Findings, string Officers, bool ClueSent);
