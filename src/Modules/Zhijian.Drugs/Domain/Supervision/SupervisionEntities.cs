using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Domain.Supervision;

/// <summary>
/// 监管网格: a county's grid (code unique per county) with its streets, the responsible officer (监管责任人, from the org-unit
/// directory's staff) and the 网格员. Pharmacies, device and cosmetics businesses are assigned to exactly one grid.
/// </summary>
internal sealed class DrugGrid : IDivisionScoped
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>County (区县) division code, 6 digits.</summary>
    public required string DivisionCode { get; set; }

    /// <summary>街道（乡镇）, separated by "、".</summary>
    public string Streets { get; set; } = "";

    /// <summary>监管责任人 (staff user name), null while none is named (then the grid does not count for 覆盖率).</summary>
    public string? OfficerUser { get; set; }

    public string? OfficerName { get; set; }

    /// <summary>网格员 (free text: a name or several).</summary>
    public string? GridWorker { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>A business's grid (one row per business; reassignment updates it and is audited).</summary>
internal sealed class DrugGridAssignment
{
    public long BusinessId { get; set; }

    public long GridId { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public required string AssignedBy { get; set; }
}

/// <summary>检查表类别.</summary>
internal enum ChecklistKind
{
    /// <summary>药品零售 (GSP 零售章节).</summary>
    Pharmacy = 1,

    /// <summary>医疗器械经营.</summary>
    Device = 2,

    /// <summary>化妆品经营.</summary>
    Cosmetics = 3,
}

/// <summary>检查项目结果.</summary>
internal enum ItemResult
{
    /// <summary>符合</summary>
    Pass = 1,

    /// <summary>不符合</summary>
    Fail = 2,

    /// <summary>不适用</summary>
    NotApplicable = 3,
}

/// <summary>检查结论.</summary>
internal enum InspectionConclusion
{
    /// <summary>符合</summary>
    Compliant = 1,

    /// <summary>限期整改</summary>
    Rectify = 2,

    /// <summary>立案查处</summary>
    Case = 3,
}

/// <summary>整改跟踪状态.</summary>
internal enum RectifyState
{
    /// <summary>无须整改</summary>
    None = 0,

    /// <summary>整改中，待复查</summary>
    Pending = 1,

    /// <summary>复查合格</summary>
    Passed = 2,

    /// <summary>复查不合格（移送案件线索）</summary>
    Failed = 3,

    /// <summary>逾期未复查（移送案件线索）</summary>
    Overdue = 4,
}

/// <summary>
/// 监督检查记录 of a pharmacy, device or cosmetics business: two officers, the checklist's items with their results, the
/// conclusion; 限期整改 sets the 整改 deadline (<c>drugs.rectify-days</c>) and waits for the 复查; 立案查处, a failed 复查 or an
/// overdue one raise a <c>DrugCaseClue</c> once (<see cref="ClueRaisedAt"/>).
/// </summary>
internal sealed class DrugInspection : IDivisionScoped
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public long BusinessId { get; set; }

    public required string BusinessName { get; set; }

    public required string Uscc { get; set; }

    public Licences.DrugBusinessKind BusinessKind { get; set; }

    public required string DivisionCode { get; set; }

    public long? GridId { get; set; }

    public ChecklistKind Checklist { get; set; }

    public DateOnly InspectedOn { get; set; }

    public required string Officer1 { get; set; }

    public required string Officer2 { get; set; }

    public int FailedItems { get; set; }

    public int FailedKeyItems { get; set; }

    public InspectionConclusion Conclusion { get; set; }

    public string? Findings { get; set; }

    public RectifyState Rectify { get; set; }

    public DateOnly? RectifyDueOn { get; set; }

    /// <summary>复查期限 (the 整改 deadline + <c>drugs.recheck-grace-days</c>); past it without a 复查 the inspection goes to a case clue.</summary>
    public DateOnly? RecheckDueOn { get; set; }

    public DateOnly? RecheckOn { get; set; }

    public string? RecheckNote { get; set; }

    public DateTimeOffset? ClueRaisedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<DrugInspectionItem> Items { get; set; } = [];
}

/// <summary>One checklist item of an inspection.</summary>
internal sealed class DrugInspectionItem
{
    public long Id { get; set; }

    public long InspectionId { get; set; }

    public required string ItemCode { get; set; }

    public ItemResult Result { get; set; }

    public string? Note { get; set; }
}

/// <summary>风险等级 (药品经营企业风险分级: 一级 lowest … 四级 highest) of a business, recomputed on demand and nightly.</summary>
internal sealed class DrugRiskGrade : IDivisionScoped
{
    public long BusinessId { get; set; }

    public required string DivisionCode { get; set; }

    public int Grade { get; set; }

    public int Score { get; set; }

    public string Reasons { get; set; } = "";

    public DateOnly? LastInspectedOn { get; set; }

    public DateOnly NextDueOn { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>预防接种单位 (hospitals, community health centres): a small table of their own.</summary>
internal sealed class VaccinationPoint : IDivisionScoped
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string DivisionCode { get; set; }

    public required string Address { get; set; }

    /// <summary>医院、社区卫生服务中心、乡镇卫生院、门诊部 ….</summary>
    public required string Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// 疫苗储存和冷链检查 at a vaccination point: the refrigerator temperatures read (min/max °C), whether the temperature records are
/// complete, whether the 追溯码 are scanned on receipt and use, expired vaccines found; 不合格 → 限期整改 with a 复查.
/// </summary>
internal sealed class VaccineCheck : IDivisionScoped
{
    public long Id { get; set; }

    public long PointId { get; set; }

    public required string PointName { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly CheckedOn { get; set; }

    public required string Officer1 { get; set; }

    public required string Officer2 { get; set; }

    public decimal MinTemperature { get; set; }

    public decimal MaxTemperature { get; set; }

    public bool RecordsComplete { get; set; }

    public bool TraceScanned { get; set; }

    public int ExpiredDoses { get; set; }

    public bool Passed { get; set; }

    public required string Findings { get; set; }

    public RectifyState Rectify { get; set; }

    public DateOnly? RectifyDueOn { get; set; }

    public DateOnly? RecheckOn { get; set; }

    public string? RecheckNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
