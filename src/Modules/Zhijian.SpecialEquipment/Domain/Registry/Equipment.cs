using Zhijian.Platform.Storage;

namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>设备状态 (TSG 08: 在用, 停用, 报废, 注销; 未登记 = in the registry from an import or installation notice, not yet registered for use).</summary>
internal enum EquipmentStatus
{
    /// <summary>未登记（已告知安装，尚未办理使用登记）</summary>
    Unregistered = 0,

    /// <summary>在用</summary>
    InUse = 1,

    /// <summary>停用</summary>
    Stopped = 2,

    /// <summary>报废</summary>
    Scrapped = 3,

    /// <summary>注销（使用登记注销）</summary>
    Cancelled = 4,
}

/// <summary>
/// A piece of special equipment (one 设备代码) and its 使用登记. The registry area owns it; the other areas of the module read
/// it (schedule facts: category, variety, first use, the month of the installation/modification supervision inspection, the
/// vessel safety grade, the cylinder's gas). <see cref="DivisionCode"/> is where it is used (its 属地), not the user's seat.
/// </summary>
internal sealed class Equipment : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>设备代码: 18 characters (4 品种 + 5 maker + 4 year + 5 serial), or a legacy 20-digit 注册代码.</summary>
    public required string Code { get; set; }

    /// <summary>The 8 categories (承压类 锅炉/压力容器/压力管道; 机电类 电梯/起重机械/客运索道/大型游乐设施/场（厂）内专用机动车辆).</summary>
    public EquipmentCategory Category { get; set; }

    /// <summary>品种 code of 《特种设备目录》 (e.g. "3110" 曳引驱动乘客电梯, "2310" 无缝气瓶).</summary>
    public required string Variety { get; set; }

    /// <summary>使用登记证编号 (null until registered).</summary>
    public string? RegistrationNo { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    /// <summary>使用单位 (a registry entity).</summary>
    public required string UserUscc { get; set; }

    public required string UserName { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>设备使用地点.</summary>
    public required string Address { get; set; }

    /// <summary>使用场所 (住宅, 商场, 医院, 学校, 办公楼, 公共交通, 工厂, 其他 — free text from the registry area's list).</summary>
    public string? Place { get; set; }

    /// <summary>单位内部编号 (e.g. "3号楼2单元1号梯").</summary>
    public string? InternalNo { get; set; }

    public required string MakerName { get; set; }

    public string? MakerLicenceNo { get; set; }

    public string? Model { get; set; }

    public string? FactoryNo { get; set; }

    public DateOnly? MadeOn { get; set; }

    public string? InstallerName { get; set; }

    /// <summary>The current maintenance company (denormalised from the maintenance area's active contract).</summary>
    public string? MaintainerUscc { get; set; }

    public string? MaintainerName { get; set; }

    /// <summary>Technical parameters per category (JSON object: 额定载重量, 额定速度, 层站, 设计压力, 容积, 介质, 额定起重量…).</summary>
    public string Parameters { get; set; } = "{}";

    /// <summary>投入使用日期.</summary>
    public DateOnly? FirstUseOn { get; set; }

    /// <summary>Month (first day) of the installation supervision inspection (安装监督检验), or of the modification's (改造监督检验) when later.</summary>
    public DateOnly? SupervisionMonth { get; set; }

    /// <summary>压力容器 安全状况等级 1–5 (null for others).</summary>
    public int? SafetyGrade { get; set; }

    /// <summary>气瓶 充装介质 kind: "corrosive", "general", "inert", "lpg" (null for others).</summary>
    public string? GasKind { get; set; }

    public EquipmentStatus Status { get; set; }

    public DateOnly? StoppedOn { get; set; }

    public DateOnly? ScrappedOn { get; set; }

    public DateOnly? CancelledOn { get; set; }

    /// <summary>电梯安全责任保险: insurer and cover end (optional).</summary>
    public string? Insurer { get; set; }

    public DateOnly? InsuredUntil { get; set; }

    /// <summary>The code is a legacy 20-digit 注册代码 (E17), not an 18-character 设备代码.</summary>
    public bool LegacyCode { get; set; }

    /// <summary>使用登记 deadline: FirstUseOn + sequip.registration-days (E1, calendar days).</summary>
    public DateOnly? RegistrationDueOn { get; set; }

    /// <summary>逾期登记: registered after <see cref="RegistrationDueOn"/> (accepted, flagged, counted).</summary>
    public bool RegisteredLate { get; set; }

    /// <summary>下次检验日期 as stated at registration (from the last inspection report), when given.</summary>
    public DateOnly? NextInspectionOn { get; set; }

    public string? StopReason { get; set; }

    /// <summary>停用 expected to last one year or more (reported to the bureau, E7); restart needs a periodic inspection.</summary>
    public bool StopLongTerm { get; set; }

    /// <summary>A long stop reported after sequip.stop-report-days.</summary>
    public bool StopReportedLate { get; set; }

    /// <summary>Restarted without an inspection after the stop: an inspection is required before use (shown, and staged to the schedule).</summary>
    public bool InspectionRequired { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
