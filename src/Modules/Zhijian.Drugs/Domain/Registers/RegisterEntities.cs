using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Domain.Registers;

/// <summary>
/// 含麻黄碱类复方制剂 sale reported by a pharmacy. The buyer's ID number is stored encrypted (<see cref="BuyerIdProtected"/>) and as a
/// keyed fingerprint (<see cref="BuyerHash"/>) for matching the same buyer across pharmacies; the (<see cref="BuyerHash"/>,
/// <see cref="SoldOn"/>) index serves both the per-sale check at intake and the full pass. <see cref="OverLimit"/>: more packs than
/// the per-purchase limit in force on the day (accepted — it happened — and a violation of the pharmacy).
/// </summary>
internal sealed class EphedrineSale : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public required string BusinessName { get; set; }

    public required string Uscc { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>The pharmacy's own record number (idempotency: one sale per pharmacy and number).</summary>
    public required string SaleNo { get; set; }

    public DateTimeOffset SoldAt { get; set; }

    /// <summary>China date of <see cref="SoldAt"/>.</summary>
    public DateOnly SoldOn { get; set; }

    public required string ProductName { get; set; }

    /// <summary>批准文号.</summary>
    public required string ApprovalNo { get; set; }

    /// <summary>含量类别 (e.g. 单位剂量麻黄碱类药物含量 ≤ 30 mg).</summary>
    public string? ContentClass { get; set; }

    /// <summary>最小包装数.</summary>
    public int Packs { get; set; }

    public required string BuyerHash { get; set; }

    public required string BuyerIdProtected { get; set; }

    /// <summary>Masked ID number as shown (e.g. 3701**********1234).</summary>
    public required string BuyerIdMasked { get; set; }

    public string? BuyerNameProtected { get; set; }

    public string? BuyerNameMasked { get; set; }

    public bool OverLimit { get; set; }

    /// <summary>Per-purchase limit in force on the day (for the record).</summary>
    public int Limit { get; set; }

    public long? WarningId { get; set; }

    public EphedrineWarning? Warning { get; set; }

    /// <summary>Over-limit sale already sent as a case clue.</summary>
    public DateTimeOffset? ClueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Status of a 疑似异常购买 warning.</summary>
internal enum WarningStatus
{
    /// <summary>待核查</summary>
    Open = 1,

    /// <summary>已排除</summary>
    Cleared = 2,

    /// <summary>已移交公安</summary>
    Referred = 3,
}

/// <summary>
/// 疑似异常购买: one buyer's purchases within the window reached the pharmacies or packs threshold. The purchases behind it carry its id.
/// Handling: 排除 or 移交公安 (行刑衔接 note recorded), with a note.
/// </summary>
internal sealed class EphedrineWarning : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public required string BuyerHash { get; set; }

    public required string BuyerIdMasked { get; set; }

    /// <summary>County of the latest purchase.</summary>
    public required string DivisionCode { get; set; }

    public DateOnly FromOn { get; set; }

    public DateOnly ToOn { get; set; }

    public int Pharmacies { get; set; }

    public int Packs { get; set; }

    public int Purchases { get; set; }

    public bool ByPharmacies { get; set; }

    public bool ByPacks { get; set; }

    public WarningStatus Status { get; set; } = WarningStatus.Open;

    public string? Note { get; set; }

    /// <summary>移交公安: 移交函号/接收单位 etc. (行刑衔接).</summary>
    public string? PoliceNote { get; set; }

    public DateOnly? HandledOn { get; set; }

    public string? HandledBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>处方药销售检查: one observation (from an inspection or uploaded by the pharmacy) of a prescription-drug sale with or without a prescription.</summary>
internal sealed class RxSaleCheck : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public required string BusinessName { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly CheckedOn { get; set; }

    public required string DrugName { get; set; }

    public bool WithPrescription { get; set; }

    /// <summary>"inspection" 现场检查 or "upload" 企业上报.</summary>
    public required string Source { get; set; }

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Kind of adverse-reaction report.</summary>
internal enum AdverseKind
{
    /// <summary>药品不良反应</summary>
    Drug = 1,

    /// <summary>医疗器械不良事件</summary>
    Device = 2,

    /// <summary>化妆品不良反应</summary>
    Cosmetic = 3,
}

/// <summary>Seriousness of the reported event.</summary>
internal enum Seriousness
{
    /// <summary>一般</summary>
    General = 1,

    /// <summary>严重</summary>
    Serious = 2,

    /// <summary>死亡</summary>
    Death = 3,
}

/// <summary>
/// 不良反应/不良事件报告 received from a hospital or business (idempotent by <see cref="ReportNo"/>). No patient name is kept (age and sex
/// only). <see cref="DueOn"/> follows from the kind and seriousness (rule settings) and the day the reporter learnt of it.
/// <see cref="ProductKey"/> is the normalised product (批准文号/注册证号, else name + manufacturer) used for signals.
/// </summary>
internal sealed class AdverseReport : IDivisionScoped
{
    public long Id { get; set; }

    public required string ReportNo { get; set; }

    public AdverseKind Kind { get; set; }

    public required string ReporterName { get; set; }

    /// <summary>Reporter's USCC or institution code (distinct reporters for signals).</summary>
    public required string ReporterCode { get; set; }

    public required string DivisionCode { get; set; }

    public required string ProductName { get; set; }

    public string? ProductNo { get; set; }

    public string? Batch { get; set; }

    public string? Manufacturer { get; set; }

    public required string ProductKey { get; set; }

    public int? PatientAge { get; set; }

    /// <summary>"男", "女" or "未知".</summary>
    public required string PatientSex { get; set; }

    public DateOnly EventOn { get; set; }

    /// <summary>发现或获知日期 (the deadline runs from it).</summary>
    public DateOnly KnownOn { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public Seriousness Seriousness { get; set; }

    /// <summary>新的 (not in the label) vs 已知.</summary>
    public bool IsNew { get; set; }

    public required string Description { get; set; }

    public DateOnly DueOn { get; set; }

    public bool Late { get; set; }

    public long? SignalId { get; set; }

    public AdverseSignal? Signal { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>不良反应信号: the same product reported by several reporters within the window, or any death.</summary>
internal sealed class AdverseSignal : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public AdverseKind Kind { get; set; }

    public required string ProductKey { get; set; }

    public required string ProductName { get; set; }

    public string? Manufacturer { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly FromOn { get; set; }

    public DateOnly ToOn { get; set; }

    public int Reporters { get; set; }

    public int Reports { get; set; }

    public bool Death { get; set; }

    /// <summary>Reviewed by staff (false: 新信号).</summary>
    public bool Reviewed { get; set; }

    public string? ReviewNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
