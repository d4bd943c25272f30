using Zhijian.Platform.Storage;

namespace Zhijian.ProductQuality.Domain.SpotChecks;

/// <summary>重点产品目录中的一类产品.</summary>
internal sealed class ProductCategory
{
    public int Id { get; set; }

    /// <summary>目录编号 (unique).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>消费品 (true) or 工业品 (false): 监督抽查合格率 is reported for each separately.</summary>
    public bool ConsumerGood { get; set; }

    /// <summary>GB/T 4754-2017 code prefixes of the producers, comma separated ("245,2462").</summary>
    public required string IndustryPrefixes { get; set; }

    /// <summary>Applicable standards, one per line: "GB 6675.1-2014 玩具安全 第1部分：基本规范".</summary>
    public required string Standards { get; set; }

    /// <summary>实行工业产品生产许可证管理.</summary>
    public bool LicenceRequired { get; set; }

    /// <summary>实行强制性产品认证（CCC）.</summary>
    public bool CccRequired { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>承检机构: a lab that tests spot-check samples and posts results through its API client (scope pq.lab).</summary>
internal sealed class QualityLab
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Uscc { get; set; }

    /// <summary>资质认定（CMA）证书编号.</summary>
    public required string Accreditation { get; set; }

    public int? ApiClientId { get; set; }

    public string? ApiClientName { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>抽查对象类型.</summary>
internal enum TargetKind
{
    /// <summary>生产者</summary>
    Producer = 1,

    /// <summary>销售者</summary>
    Seller = 2,

    /// <summary>生产者和销售者</summary>
    Both = 3,
}

/// <summary>抽查计划的状态.</summary>
internal enum PlanStatus
{
    /// <summary>草拟（可修改）</summary>
    Draft = 0,

    /// <summary>已冻结名录（已公布候选名单哈希和承诺值）</summary>
    Frozen = 1,

    /// <summary>已抽取（任务已下达）</summary>
    Drawn = 2,
}

/// <summary>抽查计划 of a bureau; its draw (one secret for the plan, one frozen candidate list per category).</summary>
internal sealed class SpotCheckPlan : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public int Year { get; set; }

    public PlanLevel Level { get; set; }

    public int? OrgUnitId { get; set; }

    public required string OrgUnitName { get; set; }

    /// <summary>The checking bureau's division (the plan's 属地 for jurisdiction filters).</summary>
    public required string DivisionCode { get; set; }

    public required string Name { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public TargetKind TargetKind { get; set; }

    /// <summary>Division roots the targets are drawn from, comma separated.</summary>
    public required string Scope { get; set; }

    /// <summary>应急抽查 (exempt from the no-repeat rule).</summary>
    public bool Emergency { get; set; }

    /// <summary>跟踪抽查 of failed products (exempt from the no-repeat rule).</summary>
    public bool FollowUp { get; set; }

    public PlanStatus Status { get; set; }

    public string? Commitment { get; set; }

    /// <summary>Hex secret: stored at the freeze, shown only after the pick.</summary>
    public string? Secret { get; set; }

    public string? Algorithm { get; set; }

    public string? PublicValue { get; set; }

    public DateOnly? FrozenOn { get; set; }

    public DateOnly? DrawnOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<PlanCategory> Categories { get; set; } = [];
}

/// <summary>A product category of a plan with its batches and, after the freeze, its candidate list.</summary>
internal sealed class PlanCategory
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public int CategoryId { get; set; }

    public required string CategoryCode { get; set; }

    public required string CategoryName { get; set; }

    public bool ConsumerGood { get; set; }

    /// <summary>计划抽查批次.</summary>
    public int Batches { get; set; }

    /// <summary>Frozen candidates, "uscc,label" per line in ordinal USCC order (label "生产者"/"销售者").</summary>
    public string? Candidates { get; set; }

    public string? CandidateHash { get; set; }

    public int CandidateCount { get; set; }

    /// <summary>因六个月内已抽查（或上级计划期内已抽查）排除的生产者.</summary>
    public int Excluded { get; set; }

    public int Picked { get; set; }
}

/// <summary>抽查任务: a producer or seller drawn for a category of a plan.</summary>
internal sealed class SpotCheckTarget : IDivisionScoped
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public long PlanCategoryId { get; set; }

    public required string CategoryCode { get; set; }

    public required string Uscc { get; set; }

    public required string Name { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>"生产者" or "销售者".</summary>
    public required string Role { get; set; }

    /// <summary>Position in the pick (1-based).</summary>
    public int DrawOrder { get; set; }
}

/// <summary>检验结论.</summary>
internal enum SampleConclusion
{
    /// <summary>待检验</summary>
    Pending = 0,

    /// <summary>合格</summary>
    Passed = 1,

    /// <summary>不合格</summary>
    Failed = 2,
}

/// <summary>异议复检的状态.</summary>
internal enum ObjectionStatus
{
    None = 0,

    /// <summary>已申请，待受理</summary>
    Filed = 1,

    /// <summary>已受理，待复检</summary>
    Accepted = 2,

    /// <summary>不予受理</summary>
    Refused = 3,

    /// <summary>复检完成（维持原结论）</summary>
    Upheld = 4,

    /// <summary>复检完成（原结论不成立）</summary>
    Overturned = 5,
}

/// <summary>抽样单 with its lab result, the notification to the firm and the objection/retest.</summary>
internal sealed class SpotCheckSample : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public long PlanId { get; set; }

    public long? TargetId { get; set; }

    public int CategoryId { get; set; }

    public required string CategoryCode { get; set; }

    public required string CategoryName { get; set; }

    public bool ConsumerGood { get; set; }

    /// <summary>The sampled firm's division (the seller's when sampled at a seller).</summary>
    public required string DivisionCode { get; set; }

    public int? OrgUnitId { get; set; }

    public PlanLevel Level { get; set; }

    public DateOnly SampledOn { get; set; }

    public required string Place { get; set; }

    /// <summary>抽样人员 (two, "、" separated): personal data, masked on screen.</summary>
    public required string Officers { get; set; }

    public required string ProductName { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public required string Standard { get; set; }

    public string? Batch { get; set; }

    public DateOnly? ProducedOn { get; set; }

    public required string Quantity { get; set; }

    public required string BaseQuantity { get; set; }

    public string? ProducerUscc { get; set; }

    public required string ProducerName { get; set; }

    public required string ProducerDivision { get; set; }

    public string? SellerUscc { get; set; }

    public string? SellerName { get; set; }

    public string? SellerDivision { get; set; }

    public bool Sealed { get; set; }

    public long LabId { get; set; }

    public required string LabName { get; set; }

    /// <summary><see cref="ProductKey"/> of the product (no-repeat rule, 后处理 key).</summary>
    public required string ProductKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public SampleConclusion Conclusion { get; set; }

    public string? ReportNo { get; set; }

    public DateOnly? ReportDate { get; set; }

    /// <summary>Items as JSON [{item, requirement, measured, unit, passed}].</summary>
    public string? Items { get; set; }

    /// <summary>不合格项目, "、" separated.</summary>
    public string? FailedItems { get; set; }

    /// <summary>结果通知日期 (the firm "received the result").</summary>
    public DateOnly? NotifiedOn { get; set; }

    public ObjectionStatus Objection { get; set; }

    public DateOnly? ObjectionFiledOn { get; set; }

    public string? ObjectionReason { get; set; }

    public DateOnly? ObjectionDecideBy { get; set; }

    public DateOnly? ObjectionDecidedOn { get; set; }

    public string? ObjectionDecision { get; set; }

    /// <summary>复检费用 prepaid by the applicant (元).</summary>
    public decimal? RetestFee { get; set; }

    public string? RetestCandidates { get; set; }

    public string? RetestCandidateHash { get; set; }

    public string? RetestCommitment { get; set; }

    public string? RetestSecret { get; set; }

    public string? RetestPublicValue { get; set; }

    public long? RetestLabId { get; set; }

    public string? RetestLabName { get; set; }

    public string? RetestReportNo { get; set; }

    public DateOnly? RetestReportDate { get; set; }

    public string? RetestItems { get; set; }

    /// <summary>"申请人" (conclusion stands) or "抽查部门" (conclusion changed).</summary>
    public string? FeeBorneBy { get; set; }

    /// <summary>The follow-up was opened (failure notified).</summary>
    public bool FollowUpOpened { get; set; }

    /// <summary>The final conclusion: the retest's when there is one.</summary>
    public bool FinalFailed => Objection == ObjectionStatus.Overturned ? false : Conclusion == SampleConclusion.Failed;
}

/// <summary>One test item of a lab report.</summary>
internal sealed record ResultItem(string Item, string? Requirement, string? Measured, string? Unit, bool Passed);
