using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Domain.Licences;

/// <summary>许可或备案类别.</summary>
internal enum DrugLicenceKind
{
    /// <summary>药品经营许可证（零售、连锁总部、批发）</summary>
    DrugOperation = 1,

    /// <summary>医疗器械经营许可证（第三类）</summary>
    DeviceClassIII = 2,

    /// <summary>第二类医疗器械经营备案（市级，无有效期）</summary>
    DeviceClassIIFiling = 3,
}

/// <summary>许可证状态 (过期 is derived: 有效 past its valid-to day).</summary>
internal enum DrugLicenceStatus
{
    /// <summary>有效</summary>
    Valid = 1,

    /// <summary>注销</summary>
    Cancelled = 2,

    /// <summary>吊销</summary>
    Revoked = 3,

    /// <summary>过期</summary>
    Expired = 4,
}

/// <summary>
/// 药品经营许可证, 医疗器械经营许可证 (class III) or 第二类医疗器械经营备案凭证 of a business. <see cref="ValidTo"/> is null for a
/// filing (no expiry). <see cref="Scope"/> holds the 经营范围 items, "、"-joined, each one of <see cref="ScopeItems"/>.
/// <see cref="RenewalAppliedOn"/> is the day the business applied to renew (延续/重新审查发证), inside its window.
/// </summary>
internal sealed class DrugLicence : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public DrugLicenceKind Kind { get; set; }

    /// <summary>许可证编号 or 备案编号.</summary>
    public required string Number { get; set; }

    public required string BusinessName { get; set; }

    public required string Uscc { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>经营范围 items, "、"-joined.</summary>
    public required string Scope { get; set; }

    /// <summary>质量负责人 (personal: masked on screen).</summary>
    public string? QualityManager { get; set; }

    public DrugLicenceStatus Status { get; set; } = DrugLicenceStatus.Valid;

    public DateOnly? StatusOn { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>发证机关 / 备案部门.</summary>
    public required string Authority { get; set; }

    public DateOnly? RenewalAppliedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>执业药师 registered at a pharmacy (注册证 with 执业单位). <see cref="Name"/> is personal: masked on screen and in the portal.</summary>
internal sealed class Pharmacist : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public required string Name { get; set; }

    /// <summary>执业药师注册证编号.</summary>
    public required string CertificateNo { get; set; }

    /// <summary>执业范围: 药学, 中药学, 药学与中药学.</summary>
    public required string PracticeScope { get; set; }

    public DateOnly RegisteredOn { get; set; }

    /// <summary>Still registered at this pharmacy (false after 注销/变更执业单位).</summary>
    public bool Active { get; set; } = true;

    public required string DivisionCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>Where an on-duty record comes from.</summary>
internal enum DutyCheckSource
{
    /// <summary>监督检查</summary>
    Inspection = 1,

    /// <summary>企业自报</summary>
    SelfReport = 2,
}

/// <summary>
/// 执业药师在岗 check at a pharmacy during opening hours: present or not. <see cref="Required"/> is whether the pharmacy's licence
/// covers 处方药 or 甲类非处方药 (a licensed pharmacist must then be on duty): an absence there is a violation.
/// </summary>
internal sealed class PharmacistCheck : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public long? PharmacistId { get; set; }

    public DateOnly On { get; set; }

    public bool OnDuty { get; set; }

    public bool Required { get; set; }

    public DutyCheckSource Source { get; set; }

    public string? Note { get; set; }

    public required string DivisionCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>医疗器械经营企业年度自查报告 for <see cref="Year"/> (due the next year's 31 March).</summary>
internal sealed class SelfInspectionReport : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    /// <summary>The year the report covers (上一年度).</summary>
    public int Year { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public bool Late { get; set; }

    /// <summary>自查情况 (summary of findings and corrections).</summary>
    public required string Summary { get; set; }

    public bool ProblemsFound { get; set; }

    public required string DivisionCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>经营范围 items of a 药品经营许可证 (药品经营和使用质量监督管理办法 and the licence form), and cosmetics categories.</summary>
internal static class ScopeItems
{
    public const string Prescription = "处方药";
    public const string OtcA = "甲类非处方药";

    public static readonly IReadOnlyList<string> Drug =
        [Prescription, OtcA, "乙类非处方药", "中药饮片", "中成药", "化学药", "生物制品", "含麻黄碱类复方制剂", "体外诊断试剂（药品）"];

    public static readonly IReadOnlyList<string> Device =
        ["第三类医疗器械", "体外诊断试剂", "植入和介入类医疗器械", "角膜接触镜及护理用液", "一次性使用无菌医疗器械", "第二类医疗器械"];

    public static readonly IReadOnlyList<string> Cosmetics =
        ["普通化妆品", "特殊化妆品", "儿童化妆品", "牙膏", "进口化妆品"];

    public static IReadOnlyList<string> For(DrugLicenceKind kind) => kind == DrugLicenceKind.DrugOperation ? Drug : Device;

    /// <summary>A pharmacy whose scope holds 处方药 or 甲类非处方药 must have a licensed pharmacist on duty while open.</summary>
    public static bool NeedsPharmacist(string scope) =>
        scope.Split('、').Any(s => s is Prescription or OtcA);
}
