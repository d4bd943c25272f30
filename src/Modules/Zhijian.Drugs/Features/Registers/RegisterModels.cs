namespace Zhijian.Drugs.Features.Registers;

/// <summary>
/// 含麻黄碱类复方制剂销售记录：药店（统一社会信用代码或许可证号）、药店销售单号（同一药店重复报送的单号视为已收到）、销售时间、
/// 品名、批准文号、含量类别、数量（最小包装数，必填）、购买人身份证号（必填，加密保存、脱敏显示）、购买人姓名.
/// </summary>
internal sealed record EphedrineSaleInput(string? Pharmacy, string? SaleNo, DateTimeOffset? SoldAt, string? ProductName, string? ApprovalNo,
    string? ContentClass, int? Quantity, string? BuyerIdNumber, string? BuyerName);

/// <summary>A batch of sales (all or nothing, every row's error).</summary>
internal sealed record EphedrineBatch(IReadOnlyList<EphedrineSaleInput>? Rows);

/// <summary>What a batch did: sales accepted, duplicates skipped, over-limit sales among them, warnings raised or extended.</summary>
internal sealed record EphedrineBatchResult(int Accepted, int Duplicates, int OverLimit, int Warnings);

/// <summary>A sale in a list (buyer masked).</summary>
internal sealed record EphedrineSaleRow(long Id, string BusinessName, string DivisionCode, string SaleNo, DateTimeOffset SoldAt, string ProductName,
    string ApprovalNo, string? ContentClass, int Packs, string BuyerId, string? BuyerName, bool OverLimit, int Limit, long? WarningId, bool ClueSent);

internal sealed record EphedrineSaleList(IReadOnlyList<EphedrineSaleRow> Rows, int Total, int Page, int Size);

/// <summary>A warning in a list.</summary>
internal sealed record EphedrineWarningRow(long Id, string Number, string BuyerId, string DivisionCode, DateOnly FromOn, DateOnly ToOn, int Pharmacies,
    int Packs, int Purchases, string Reason, string StatusCode, string Status, string? Note, string? PoliceNote, DateOnly? HandledOn, string? HandledBy);

internal sealed record EphedrineWarningList(IReadOnlyList<EphedrineWarningRow> Rows, int Total, int Page, int Size, int Open);

/// <summary>A warning with the purchases behind it.</summary>
internal sealed record EphedrineWarningView(EphedrineWarningRow Warning, IReadOnlyList<EphedrineSaleRow> Purchases);

/// <summary>核查结果：result = cleared（排除）| police（移交公安，须填写移交情况）；note 核查说明.</summary>
internal sealed record HandleWarning(string? Result, string? Note, string? PoliceNote);

/// <summary>The buyer in clear (audited read, section chiefs and admins).</summary>
internal sealed record BuyerIdentity(string IdNumber, string? Name);

/// <summary>What a full pass did.</summary>
internal sealed record FullPassResult(int Candidates, int NewWarnings, int Sales, long Milliseconds);

/// <summary>处方药销售检查记录：药店、日期、药品、是否凭处方、来源（inspection 现场检查 | upload 企业上报）、说明.</summary>
internal sealed record RxCheckInput(string? Pharmacy, DateOnly? CheckedOn, string? DrugName, bool? WithPrescription, string? Source, string? Note);

internal sealed record RxCheckRow(long Id, string BusinessName, string DivisionCode, DateOnly CheckedOn, string DrugName, bool WithPrescription, string Source,
    string? Note, string CreatedBy);

internal sealed record RxCheckList(IReadOnlyList<RxCheckRow> Rows, int Total, int Page, int Size);

/// <summary>A pharmacy with 处方药 sold without prescription.</summary>
internal sealed record RxPharmacyRow(long BusinessId, string BusinessName, string DivisionCode, int Without, int Checks, DateOnly LastOn);

/// <summary>产品：名称（必填）、批准文号/注册证号/备案编号、批号、生产企业.</summary>
internal sealed record ProductInput(string? Name, string? Number, string? Batch, string? Manufacturer);

/// <summary>患者：年龄、性别（男/女/未知）；不收集姓名.</summary>
internal sealed record PatientInput(int? Age, string? Sex);

/// <summary>
/// 不良反应/不良事件报告：报告编号（幂等）、类别 kind（drug | device | cosmetic）、报告单位名称与代码、所在区县、产品、患者、事件发生日期、
/// 获知日期（默认发生日期）、严重程度 seriousness（general | serious | death）、是否新的、描述.
/// </summary>
internal sealed record AdverseReportInput(string? ReportNo, string? Kind, string? ReporterName, string? ReporterCode, string? DivisionCode,
    ProductInput? Product, PatientInput? Patient, DateOnly? EventOn, DateOnly? KnownOn, string? Seriousness, bool? IsNew, string? Description);

internal sealed record AdverseReportRow(long Id, string ReportNo, string KindCode, string Kind, string ReporterName, string DivisionCode, string ProductName,
    string? ProductNo, string? Batch, string? Manufacturer, int? PatientAge, string PatientSex, DateOnly EventOn, DateOnly KnownOn, DateOnly ReceivedOn,
    string SeriousnessCode, string Seriousness, bool IsNew, DateOnly DueOn, bool Late, long? SignalId, string Description);

internal sealed record AdverseReportList(IReadOnlyList<AdverseReportRow> Rows, int Total, int Page, int Size, int LateCount);

internal sealed record AdverseSignalRow(long Id, string Number, string KindCode, string Kind, string ProductName, string? Manufacturer, string DivisionCode,
    DateOnly FromOn, DateOnly ToOn, int Reporters, int Reports, bool Death, bool Reviewed, string? ReviewNote);

internal sealed record AdverseSignalList(IReadOnlyList<AdverseSignalRow> Rows, int Total, int Page, int Size, int New);

internal sealed record AdverseSignalView(AdverseSignalRow Signal, IReadOnlyList<AdverseReportRow> Reports);

/// <summary>信号研判：说明.</summary>
internal sealed record ReviewSignal(string? Note);
