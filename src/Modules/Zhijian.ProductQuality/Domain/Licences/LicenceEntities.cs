using Zhijian.Platform.Storage;

namespace Zhijian.ProductQuality.Domain.Licences;

/// <summary>证书状态 of a 工业产品生产许可证 (过期 is derived: 有效 past its valid-to day).</summary>
internal enum LicenceStatus
{
    /// <summary>有效</summary>
    Valid = 1,

    /// <summary>注销</summary>
    Cancelled = 2,

    /// <summary>撤销</summary>
    Withdrawn = 3,

    /// <summary>吊销</summary>
    Revoked = 4,

    /// <summary>过期 (set by the system when shown; a pushed licence may say so)</summary>
    Expired = 5,
}

/// <summary>Where a record came from.</summary>
internal enum LicenceSource
{
    /// <summary>省级生产许可系统推送</summary>
    Pushed = 1,

    /// <summary>本系统登记</summary>
    Entered = 2,

    /// <summary>表格导入</summary>
    Imported = 3,
}

/// <summary>工业产品生产许可证: one licence of a producer (持证企业) for one or more varieties of the catalogue.</summary>
internal sealed class ProductLicence : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>证书编号, canonical "鲁XK06-001-00123".</summary>
    public required string Number { get; set; }

    public required string HolderUscc { get; set; }

    public required string HolderName { get; set; }

    /// <summary>The holder's registry division (属地).</summary>
    public required string DivisionCode { get; set; }

    /// <summary>生产地址.</summary>
    public required string Address { get; set; }

    /// <summary>Variety keys of the catalogue ("07-001,07-002"), in order.</summary>
    public required string Varieties { get; set; }

    /// <summary>Variety names, "、"-joined (for search and display).</summary>
    public required string ProductNames { get; set; }

    public bool FoodRelated { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly ValidTo { get; set; }

    public LicenceStatus Status { get; set; }

    /// <summary>The day the status last changed (注销/撤销/吊销).</summary>
    public DateOnly? StatusOn { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>发证机关 (provincial).</summary>
    public required string Authority { get; set; }

    public LicenceSource Source { get; set; }

    /// <summary>Still producing after expiry (found on a check): listed under 过期仍在生产.</summary>
    public bool ProducingAfterExpiry { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>申请类别.</summary>
internal enum ApplicationKind
{
    /// <summary>发证（新申请）</summary>
    New = 1,

    /// <summary>延续</summary>
    Renewal = 2,

    /// <summary>变更（增加品种、生产地址）</summary>
    Change = 3,
}

/// <summary>审批决定.</summary>
internal enum ApplicationDecision
{
    /// <summary>准予许可</summary>
    Granted = 1,

    /// <summary>不予许可</summary>
    Refused = 2,

    /// <summary>申请人撤回</summary>
    Withdrawn = 3,
}

/// <summary>
/// A licence application the bureau follows (it often does the on-site check for the province): received, the on-site check
/// (result within pq.licence-onsite-check of receipt), sealed samples sent to the lab (pq.licence-samples of the on-site check), and
/// the decision (pq.licence-decision of receipt).
/// </summary>
internal sealed class LicenceApplication : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>受理编号.</summary>
    public required string Number { get; set; }

    public ApplicationKind Kind { get; set; }

    public required string ApplicantUscc { get; set; }

    public required string ApplicantName { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>Variety keys applied for.</summary>
    public required string Varieties { get; set; }

    public required string ProductNames { get; set; }

    /// <summary>The licence renewed or changed.</summary>
    public string? LicenceNumber { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly OnSiteDue { get; set; }

    public DateOnly? OnSiteOn { get; set; }

    /// <summary>实地核查结论: true 符合, false 不符合.</summary>
    public bool? OnSitePassed { get; set; }

    /// <summary>Set when the on-site check is recorded with samples sealed.</summary>
    public DateOnly? SamplesDue { get; set; }

    public DateOnly? SamplesSentOn { get; set; }

    public DateOnly DecisionDue { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public ApplicationDecision? Decision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>证后检查结论.</summary>
internal enum CheckResult
{
    /// <summary>合格</summary>
    Pass = 1,

    /// <summary>限期整改</summary>
    Rectify = 2,

    /// <summary>不合格</summary>
    Fail = 3,
}

/// <summary>
/// 证后监督检查 of a licence holder (items: 生产条件, 检验能力, 标志使用, 产品抽样), or — without a licence — a finding of 无证生产 of a
/// catalogue product. A failing check or an unlicensed finding sends one <c>QualityCaseClue</c>.
/// </summary>
internal sealed class LicenceCheck : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>Null for 无证生产.</summary>
    public long? LicenceId { get; set; }

    public string? LicenceNumber { get; set; }

    public bool Unlicensed { get; set; }

    public required string HolderUscc { get; set; }

    public required string HolderName { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>Variety key (无证生产: the product found).</summary>
    public string? Variety { get; set; }

    public DateOnly On { get; set; }

    /// <summary>执法人员 (two or more, "、"-joined).</summary>
    public required string Officers { get; set; }

    public bool ProductionOk { get; set; }

    public bool TestingOk { get; set; }

    public bool MarkOk { get; set; }

    /// <summary>产品抽样: samples were taken.</summary>
    public bool Sampled { get; set; }

    public CheckResult Result { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public string? Findings { get; set; }

    public bool ClueSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>CCC 证书状态.</summary>
internal enum CccStatus
{
    /// <summary>有效</summary>
    Valid = 1,

    /// <summary>暂停</summary>
    Suspended = 2,

    /// <summary>撤销</summary>
    Withdrawn = 3,

    /// <summary>注销</summary>
    Cancelled = 4,
}

/// <summary>强制性产品认证证书 of a local firm.</summary>
internal sealed class CccCertificate : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public required string HolderUscc { get; set; }

    public required string HolderName { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>CCC catalogue category code (CccCatalog).</summary>
    public required string Category { get; set; }

    public required string Product { get; set; }

    public required string Model { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly ValidTo { get; set; }

    public CccStatus Status { get; set; }

    /// <summary>认证机构.</summary>
    public required string Body { get; set; }

    public LicenceSource Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>CCC 标志检查结论.</summary>
internal enum MarkResult
{
    /// <summary>合格</summary>
    Pass = 1,

    /// <summary>未获认证</summary>
    NotCertified = 2,

    /// <summary>证书失效</summary>
    CertificateInvalid = 3,

    /// <summary>标志不规范</summary>
    MarkIrregular = 4,
}

/// <summary>
/// 市场 CCC 标志检查 at a seller: the product, brand/model, the certificate number on it — verified against the local register when the
/// certificate is local, otherwise recorded as checked on the national query (国家认监委证书查询) — and the result.
/// </summary>
internal sealed class CccMarkCheck : IDivisionScoped
{
    public long Id { get; set; }

    public DateOnly On { get; set; }

    public required string SellerUscc { get; set; }

    public required string SellerName { get; set; }

    public required string DivisionCode { get; set; }

    public required string Product { get; set; }

    public required string BrandModel { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>The local certificate found (null: not local or none).</summary>
    public long? CertificateId { get; set; }

    /// <summary>True: verified against the local register; false: checked on the national query by the officer.</summary>
    public bool VerifiedLocally { get; set; }

    public MarkResult Result { get; set; }

    public string? Findings { get; set; }

    public required string Officers { get; set; }

    public bool ClueSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
