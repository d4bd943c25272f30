namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>A page of a list.</summary>
internal sealed record PqPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

internal sealed record StandardView(string Number, string Title);

internal sealed record CategoryView(int Id, string Code, string Name, bool ConsumerGood, string Kind, IReadOnlyList<string> IndustryPrefixes,
    IReadOnlyList<StandardView> Standards, bool LicenceRequired, bool CccRequired, bool Active);

/// <summary>重点产品目录中的产品类别 (new or edited). Standards one per entry: "GB 6675.1-2014 玩具安全 第1部分：基本规范".</summary>
internal sealed record SaveCategory(string? Code, string? Name, bool ConsumerGood, IReadOnlyList<string>? IndustryPrefixes, IReadOnlyList<string>? Standards,
    bool LicenceRequired, bool CccRequired, bool Active = true);

internal sealed record LabView(long Id, string Name, string Uscc, string Accreditation, bool Active, int? ApiClientId, string? ApiClientName);

internal sealed record LabClientCreated(long LabId, int ApiClientId, string ApiClientName, string Key);

internal sealed record PlanCategoryInput(string? CategoryCode, int Batches);

/// <summary>抽查计划. Level 国家/省/市/县; TargetKind 生产者/销售者/生产者和销售者; Scope: division roots (default the bureau's).</summary>
internal sealed record SavePlan(int? Year, string? Level, string? Name, DateOnly? From, DateOnly? To, string? TargetKind, IReadOnlyList<string>? Scope,
    IReadOnlyList<PlanCategoryInput>? Categories, bool Emergency = false, bool FollowUp = false);

internal sealed record PickTargets(string? PublicValue);

internal sealed record PlanCategoryView(long Id, int CategoryId, string CategoryCode, string CategoryName, bool ConsumerGood, int Batches, int CandidateCount,
    string? CandidateHash, int Excluded, string? ExcludedNote, int Picked, int Sampled);

internal sealed record TargetView(long Id, string CategoryCode, string Uscc, string Name, string DivisionCode, string Role, int DrawOrder, int Samples);

internal sealed record PlanRow(long Id, string Number, int Year, string Level, string OrgUnitName, string Name, DateOnly From, DateOnly To, string TargetKind,
    bool Emergency, bool FollowUp, string Status, int Categories, int Batches, int Targets, int Samples);

/// <summary>A plan with its draw's verification data (the secret only after the pick).</summary>
internal sealed record PlanView(long Id, string Number, int Year, string Level, int? OrgUnitId, string OrgUnitName, string DivisionCode, string Name,
    DateOnly From, DateOnly To, string TargetKind, IReadOnlyList<string> Scope, bool Emergency, bool FollowUp, string Status,
    string? Commitment, string? Secret, string? Algorithm, string? PublicValue, DateOnly? FrozenOn, DateOnly? DrawnOn,
    IReadOnlyList<PlanCategoryView> Categories, IReadOnlyList<TargetView> Targets);

/// <summary>The frozen candidate list of a plan category (to re-run the pick).</summary>
internal sealed record CandidateList(string PlanNumber, string CategoryCode, string Label, string? CandidateHash, IReadOnlyList<string> Candidates);

/// <summary>抽样单. Producer: USCC, or (unregistered, e.g. out of province) name + division.</summary>
internal sealed record CreateSample(long? PlanId, long? TargetId, string? Number, string? CategoryCode, DateOnly? SampledOn, string? Place,
    IReadOnlyList<string>? Officers, string? ProductName, string? Brand, string? Model, string? Standard, string? Batch, DateOnly? ProducedOn,
    string? Quantity, string? BaseQuantity, string? ProducerUscc, string? ProducerName, string? ProducerDivision,
    string? SellerUscc, string? SellerName, string? SellerDivision, bool Sealed, long? LabId);

internal sealed record ResultItemInput(string? Item, string? Requirement, string? Measured, string? Unit, string? Judgment);

/// <summary>检验报告: items with 合格/不合格; conclusion 合格/不合格.</summary>
internal sealed record PostResult(string? ReportNo, DateOnly? ReportDate, string? Conclusion, IReadOnlyList<ResultItemInput>? Items);

internal sealed record NotifyResult(DateOnly? NotifiedOn);

internal sealed record FileObjection(DateOnly? FiledOn, string? Reason, decimal? Fee);

internal sealed record DecideObjection(bool Accept, string? Reason);

internal sealed record PickRetestLab(string? PublicValue);

internal sealed record ItemView(string Item, string? Requirement, string? Measured, string? Unit, string Judgment);

internal sealed record SampleRow(long Id, string Number, long PlanId, string PlanName, string CategoryName, string ProductName, string? Brand, string? Model,
    string ProducerName, string? SellerName, DateOnly SampledOn, string LabName, string Conclusion, DateOnly? NotifiedOn, string Objection, string DivisionCode);

internal sealed record SampleView(long Id, string Number, long PlanId, string PlanNumber, string PlanName, long? TargetId, string CategoryCode, string CategoryName,
    string Kind, string DivisionCode, DateOnly SampledOn, string Place, string Officers, string ProductName, string? Brand, string? Model, string Standard,
    string? Batch, DateOnly? ProducedOn, string Quantity, string BaseQuantity, string? ProducerUscc, string ProducerName, string ProducerDivision,
    string? SellerUscc, string? SellerName, string? SellerDivision, bool Sealed, string LabName, string Conclusion, string? ReportNo, DateOnly? ReportDate,
    IReadOnlyList<ItemView> Items, string? FailedItems, DateOnly? NotifiedOn, DateOnly? ObjectionBy, string Objection, DateOnly? ObjectionFiledOn,
    string? ObjectionReason, DateOnly? ObjectionDecideBy, DateOnly? ObjectionDecidedOn, string? ObjectionDecision, decimal? RetestFee,
    IReadOnlyList<string> RetestCandidates, string? RetestCandidateHash, string? RetestCommitment, string? RetestSecret, string? RetestPublicValue,
    string? RetestLabName, string? RetestReportNo, DateOnly? RetestReportDate, IReadOnlyList<ItemView> RetestItems, string? FeeBorneBy, string FinalConclusion);

/// <summary>A published result (portal): no person names.</summary>
internal sealed record PublicSpotCheck(string ProducerName, string? SellerName, string ProductName, string? Brand, string? Model, string? Batch,
    string CategoryName, string Conclusion, string? FailedItems, string Bureau, DateOnly SampledOn);
