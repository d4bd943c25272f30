using Zhijian.Platform.Storage;

namespace Zhijian.ProductQuality.Domain.FollowUp;

/// <summary>
/// 后处理的阶段 (Order 18 第44–50条). Stopped → Correcting → Corrected → (复查合格) Closed | (复查不合格) RecheckFailed → Announced →
/// (再次复查合格) Closed | (再次复查不合格) SecondFailed → Transferred; Withdrawn from any open stage (复检推翻); Referred for the
/// checking bureau's part when the producer is out of area and its bureau has been notified.
/// </summary>
internal enum FollowUpStage
{
    /// <summary>已责令停止生产、销售，待责令整改.</summary>
    Stopped = 1,

    /// <summary>已责令整改，整改中（整改期限 60 日）.</summary>
    Correcting = 2,

    /// <summary>已提交整改报告，待复查（复查期限 75 日）.</summary>
    Corrected = 3,

    /// <summary>复查不合格，待报告省局并公告.</summary>
    RecheckFailed = 4,

    /// <summary>已公告，待再次复查（公告后 60–90 日）.</summary>
    Announced = 5,

    /// <summary>再次复查不合格，待移送（停业整顿、吊销许可证）.</summary>
    SecondFailed = 6,

    /// <summary>复查合格，整改到位，结束.</summary>
    Closed = 7,

    /// <summary>已移送案件线索（停业整顿、吊销许可证），结束.</summary>
    Transferred = 8,

    /// <summary>复检推翻原结论，撤销，结束.</summary>
    Withdrawn = 9,

    /// <summary>外地生产者：已通报生产者所在地市场监管局，本局销售者部分已完成，结束.</summary>
    Referred = 10,
}

/// <summary>
/// 不合格后处理: one per failed sample and part (<see cref="Part"/> 0 = the checking bureau; 1 = the producer's bureau in this
/// platform, opened when the checking bureau notifies it). The failed sample is copied from <see cref="FailedSample"/> (the
/// SpotChecks area's tables are not read). <see cref="DueOn"/> is the deadline of the current step (null when the step has none).
/// </summary>
internal sealed class QualityFollowUp : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>后处理编号 HC{year}{000001}.</summary>
    public string Number { get; set; } = "";

    public long SampleId { get; set; }

    /// <summary>0 = the checking bureau's follow-up; 1 = the producer's bureau's (referred from an out-of-area check).</summary>
    public int Part { get; set; }

    public string SampleNumber { get; set; } = "";

    public long PlanId { get; set; }

    public string PlanName { get; set; } = "";

    public string Level { get; set; } = "";

    public int? OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string ProductCategoryCode { get; set; } = "";

    public string ProductName { get; set; } = "";

    public string ProductKey { get; set; } = "";

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public string? Standard { get; set; }

    public string ProducerUscc { get; set; } = "";

    public string ProducerName { get; set; } = "";

    public string ProducerDivision { get; set; } = "";

    public string? SellerUscc { get; set; }

    public string? SellerName { get; set; }

    public string? SellerDivision { get; set; }

    public string FailedItems { get; set; } = "";

    public bool ConsumerGood { get; set; }

    /// <summary>检验结果通知企业之日 = 责令停止生产、销售之日 (Q5: 立即).</summary>
    public DateOnly NotifiedOn { get; set; }

    /// <summary>The 属地 of this part: the producer's division (in area), else the seller's (the seller's part stays here).</summary>
    public string DivisionCode { get; set; } = "";

    public FollowUpStage Stage { get; set; }

    /// <summary>Deadline of the current step (see <see cref="DueStep"/>), null when it has none.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>correction | recheck | second-recheck | null.</summary>
    public string? DueStep { get; set; }

    public DateOnly? StopConfirmedOn { get; set; }

    /// <summary>How the firm confirmed it stopped (书面确认、现场检查 …).</summary>
    public string? StopConfirmedHow { get; set; }

    public string? OrderNo { get; set; }

    public DateOnly? OrderedOn { get; set; }

    public DateOnly? CorrectionDueOn { get; set; }

    public DateOnly? CorrectionReportOn { get; set; }

    public string? CorrectionReport { get; set; }

    public DateOnly? RecheckDueOn { get; set; }

    public DateOnly? RecheckOn { get; set; }

    public string? RecheckReportNo { get; set; }

    public bool? RecheckPassed { get; set; }

    public string? RecheckConclusion { get; set; }

    public DateOnly? ReportedUpOn { get; set; }

    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>公告文号或网址.</summary>
    public string? Announcement { get; set; }

    public DateOnly? SecondFromOn { get; set; }

    public DateOnly? SecondDueOn { get; set; }

    public DateOnly? SecondRecheckOn { get; set; }

    public string? SecondReportNo { get; set; }

    public bool? SecondPassed { get; set; }

    public string? SecondConclusion { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? WithdrawReason { get; set; }

    /// <summary>The producer's division is outside the checking bureau's jurisdiction.</summary>
    public bool OutOfArea { get; set; }

    /// <summary>The producer's bureau (when it is in this platform).</summary>
    public int? ProducerBureauId { get; set; }

    public string? ProducerBureauName { get; set; }

    public DateOnly? ProducerNotifiedOn { get; set; }

    public string? ProducerLetterNo { get; set; }

    /// <summary>For <see cref="Part"/> 1: the checking bureau that referred it.</summary>
    public string? ReferredBy { get; set; }

    /// <summary>停业整顿、吊销许可证 clue sent (once).</summary>
    public DateTimeOffset? ClueRaisedAt { get; set; }

    /// <summary>拒不停止生产销售或拒不整改 clue sent (once).</summary>
    public DateTimeOffset? RefusalClueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One line of a follow-up's timeline.</summary>
internal sealed class QualityFollowUpEvent
{
    public long Id { get; set; }

    public long FollowUpId { get; set; }

    public QualityFollowUp? FollowUp { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}
