using Zhijian.Complaints.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Complaints.Domain;

/// <summary>
/// 一件诉求 (complaint, report, inquiry or suggestion). A mixed filing is stored as two rows sharing
/// <see cref="SubmissionId"/>. Personal data of the complainant/reporter is stored encrypted (PersonalData) and shown
/// masked except to the handling role. <see cref="DivisionCode"/> is the handling unit's division: the jurisdiction
/// filter shows the filing to that unit and its superiors.
/// </summary>
internal sealed class Filing : IDivisionScoped
{
    public long Id { get; set; }

    public Guid SubmissionId { get; set; }

    /// <summary>0 for the first part of a submission, 1 for the report split off a mixed filing.</summary>
    public int Part { get; set; }

    public FilingKind Kind { get; set; }

    /// <summary>The rules it is handled under, fixed by the date received.</summary>
    public RuleVersion Rules { get; set; }

    public FilingChannel Channel { get; set; }

    public FilingStatus Status { get; set; }

    /// <summary>Other platform's name (e.g. "12345") and its ticket id, kept for the status exchange; unique together.</summary>
    public string? SourceSystem { get; set; }

    public string? SourceTicketId { get; set; }

    /// <summary>
    /// The console or portal form instance that registered the filing ("{user}|console-{guid}", "portal|{guid}"), unique
    /// per part: a form posted twice is refused. API retries are the platform's Idempotency-Key filter, not this column
    /// (filings from the API leave it empty; rows registered before that change still carry "{caller}|{key}").
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>No longer written (the request hash of the module's former idempotency handling); kept until a migration drops it.</summary>
    public string? RequestHash { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>China date received: decides the rule version and starts every deadline.</summary>
    public DateOnly ReceivedOn { get; set; }

    // 投诉人/举报人 — encrypted at rest.
    public string? PersonName { get; set; }

    public string? PersonPhone { get; set; }

    public string? PersonIdNumber { get; set; }

    public string? PersonAddress { get; set; }

    /// <summary>Keyed hash of the phone number (not reversible): finds "one phone, many complainants" without decrypting.</summary>
    public string? PhoneKey { get; set; }

    /// <summary>Keyed hash of name + ID number (or name + phone): one complainant across filings.</summary>
    public string? PersonKey { get; set; }

    /// <summary>匿名举报: no identity given (reports only).</summary>
    public bool Anonymous { get; set; }

    // 被投诉/被举报对象
    public string? Uscc { get; set; }

    public string TargetName { get; set; } = "";

    public string? ShopName { get; set; }

    public string? TargetAddress { get; set; }

    public BusinessChannel BusinessChannel { get; set; } = BusinessChannel.Premises;

    public string? PlatformName { get; set; }

    public string? OperatingDivision { get; set; }

    public string? DomicileDivision { get; set; }

    public string? PublishedAddressDivision { get; set; }

    public string? PlatformDivision { get; set; }

    public string? ConductDivision { get; set; }

    public bool Advertising { get; set; }

    public string? AdPublisherDivision { get; set; }

    /// <summary>GB/T 4754 code of the business (from the registry when found).</summary>
    public string? IndustryCode { get; set; }

    // 诉求内容
    public string? CategoryCode { get; set; }

    public string? ProblemCode { get; set; }

    public decimal? Amount { get; set; }

    public string Title { get; set; } = "";

    public string Facts { get; set; } = "";

    public string? Demand { get; set; }

    public DateOnly? HarmKnownOn { get; set; }

    /// <summary>Sent via an ODR enterprise first (the consumer chose it).</summary>
    public bool ViaOdr { get; set; }

    // 分流
    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string RoutingBasis { get; set; } = "";

    public string? ReceivedByDivision { get; set; }

    public int TransferCount { get; set; }

    // 办理
    public string? HandlerUserName { get; set; }

    public string? HandlerName { get; set; }

    /// <summary>The day the current unit's accept/verify clock started: received, or the day a transfer or a failed ODR brought it.</summary>
    public DateOnly ClockStartOn { get; set; }

    /// <summary>A deadline runs into a year whose 放假安排 is not loaded: 暂定, recomputed when it is.</summary>
    public bool ProvisionalDue { get; set; }

    public DateOnly AcceptBy { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? MediationBy { get; set; }

    public DateOnly? VerifyBy { get; set; }

    public bool VerifyExtended { get; set; }

    public DateOnly? OdrBy { get; set; }

    /// <summary>The next statutory deadline while open (indexed: SLA lists); null when closed or paused.</summary>
    public DateOnly? DueOn { get; set; }

    public DateTimeOffset FirstResponseDue { get; set; }

    public DateTimeOffset? FirstRespondedAt { get; set; }

    public List<DeadlinePause> Pauses { get; set; } = [];

    public DateTimeOffset? ClosedAt { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>办结 within the limit that applied (accept / mediation / verification).</summary>
    public bool? OnTime { get; set; }

    public RefusalGround? RefusalGround { get; set; }

    public TerminationGround? TerminationGround { get; set; }

    /// <summary>处理结果 / 调解协议 / 答复 text.</summary>
    public string? Outcome { get; set; }

    /// <summary>挽回经济损失 (yuan).</summary>
    public decimal? Recovered { get; set; }

    /// <summary>Signals for the handler (never an automatic refusal): see <see cref="FilingFlags"/>.</summary>
    public List<string> Flags { get; set; } = [];

    public long? DuplicateOfId { get; set; }

    public int? Satisfaction { get; set; }

    public string? SatisfactionComment { get; set; }

    /// <summary>Lets the complainant follow the filing on the portal (query code, hashed).</summary>
    public string? QueryCodeHash { get; set; }

    public int Version { get; set; }

    public bool IsClosed => (int)Status >= 10;
}

/// <summary>Handler-facing signals. Strings so a new signal needs no migration.</summary>
internal static class FilingFlags
{
    public const string SamePhone = "same-phone";
    public const string FrequentComplainant = "frequent";
    public const string BulkPurchase = "bulk";
    public const string TimeBarred = "time-barred";
    public const string TargetUnknown = "target-unknown";
    public const string RoutingManual = "routing-manual";

    public static string Text(string flag) => flag switch
    {
        SamePhone => "同一电话号码被多名投诉人使用（可能不属于生活消费，请人工判断）",
        FrequentComplainant => "同一投诉人近期投诉频繁（可能不属于生活消费，请人工判断）",
        BulkPurchase => "购买数量或金额较大（可能不属于生活消费，请人工判断）",
        TimeBarred => "知道或应当知道权益受侵害之日起已超过三年（不予受理情形，请核实）",
        TargetUnknown => "被投诉人未能在主体库中找到，按填报信息登记",
        RoutingManual => "无法自动确定管辖地，需人工分流",
        _ => flag,
    };
}

/// <summary>处理记录: every step of a filing, in order (also what the 12345 platform is told).</summary>
internal sealed class FilingStep : IDivisionScoped
{
    public long Id { get; set; }

    public long FilingId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Action { get; set; } = "";

    public string Text { get; set; } = "";

    public string ActorName { get; set; } = "";

    public FilingStatus Status { get; set; }

    /// <summary>Shown to the complainant on the portal (notices, decisions) — internal notes are not.</summary>
    public bool Public { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>附件 (evidence from the complainant, documents from the handler), stored with SHA-256.</summary>
internal sealed class FilingAttachment : IDivisionScoped
{
    public long Id { get; set; }

    public long FilingId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>移送: a filing moved to another unit, with the reason (counted per unit).</summary>
internal sealed class FilingTransfer : IDivisionScoped
{
    public long Id { get; set; }

    public long FilingId { get; set; }

    public int FromOrgUnitId { get; set; }

    public string FromOrgUnitName { get; set; } = "";

    public string FromDivision { get; set; } = "";

    public int ToOrgUnitId { get; set; }

    public string ToOrgUnitName { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string ByName { get; set; } = "";

    /// <summary>The receiving unit's division (the sender sees it through <see cref="FromDivision"/> in statistics).</summary>
    public string DivisionCode { get; set; } = "";
}

internal enum CategoryKind
{
    /// <summary>商品类</summary>
    Goods = 1,

    /// <summary>服务类</summary>
    Service = 2,

    /// <summary>问题类型</summary>
    Problem = 3,
}

/// <summary>投诉分类字典 (configurable): goods and services categories, problem types.</summary>
internal sealed class Category
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public CategoryKind Kind { get; set; }

    public int Sort { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>在线消费纠纷解决（ODR）企业: approved by the bureau; answers its complaints on the enterprise page or by API.</summary>
internal sealed class OdrEnterprise : IDivisionScoped
{
    public long Id { get; set; }

    public string Uscc { get; set; } = "";

    public string Name { get; set; } = "";

    public string Contact { get; set; } = "";

    public DateOnly ApprovedOn { get; set; }

    public string ApprovedBy { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>SHA-256 of the enterprise's access key (issued at approval, shown once).</summary>
    public string KeyHash { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>投诉激增预警: this week's count against the trailing weeks, per business or category and unit.</summary>
internal sealed class SpikeWarning : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>"business" or "category".</summary>
    public string Dimension { get; set; } = "";

    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    public DateOnly WeekStart { get; set; }

    public int Count { get; set; }

    public decimal Baseline { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public string DivisionCode { get; set; } = "";
}

internal enum ConsumerWarningStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

/// <summary>消费提示: drafted from a hot spot, published on the portal.</summary>
internal sealed class ConsumerWarning : IDivisionScoped
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? CategoryCode { get; set; }

    /// <summary>The hot spot it was drafted from, in words.</summary>
    public string Basis { get; set; } = "";

    public ConsumerWarningStatus Status { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DraftedBy { get; set; } = "";

    public DateTimeOffset DraftedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string DivisionCode { get; set; } = "";
}
