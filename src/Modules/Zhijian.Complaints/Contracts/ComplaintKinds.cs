namespace Zhijian.Complaints.Contracts;

/// <summary>诉求类别: a mixed filing is split into its complaint and its report.</summary>
public enum FilingKind
{
    /// <summary>投诉: a consumer's dispute with a business over everyday consumption, handled by mediation.</summary>
    Complaint = 1,

    /// <summary>举报: a clue that a business broke the law, handled by the penalty procedure.</summary>
    Report = 2,

    /// <summary>咨询</summary>
    Inquiry = 3,

    /// <summary>建议</summary>
    Suggestion = 4,
}

/// <summary>The rules a filing is handled under, fixed by the date it was received.</summary>
public enum RuleVersion
{
    /// <summary>《市场监督管理投诉举报处理暂行办法》（总局令第20号，2022年修正）, received up to 2026-04-14.</summary>
    Order20 = 20,

    /// <summary>《市场监督管理投诉举报处理办法》（总局令第121号）, received from 2026-04-15.</summary>
    Order121 = 121,
}

/// <summary>诉求状态. Values from 10 up are closed (办结).</summary>
public enum FilingStatus
{
    /// <summary>待受理: received and routed, waiting for the accept/refuse decision (7 WD).</summary>
    Received = 0,

    /// <summary>ODR 协商中: sent straight to an ODR enterprise (10 WD, not counted against the bureau).</summary>
    Odr = 1,

    /// <summary>调解中: complaint accepted, mediation running.</summary>
    Mediating = 2,

    /// <summary>核查中: report being verified (15 WD, +15 WD if approved).</summary>
    Verifying = 3,

    /// <summary>已答复: inquiry or suggestion answered.</summary>
    Answered = 10,

    /// <summary>调解成功: agreement reached.</summary>
    Settled = 11,

    /// <summary>终止调解</summary>
    Terminated = 12,

    /// <summary>不予受理</summary>
    Refused = 13,

    /// <summary>已立案: the report became a case clue (诉转案).</summary>
    CaseOpened = 14,

    /// <summary>不予立案</summary>
    NotOpened = 15,

    /// <summary>重复举报: same facts as an earlier report, not handled again.</summary>
    Duplicate = 16,

    /// <summary>ODR 和解: the ODR enterprise settled it; never reached the bureau.</summary>
    OdrSettled = 17,
}

/// <summary>受理渠道.</summary>
public enum FilingChannel
{
    /// <summary>网上（公示门户、12315 平台）</summary>
    Portal = 1,

    /// <summary>12315 热线</summary>
    Hotline12315 = 2,

    /// <summary>12345 政务服务便民热线转办</summary>
    Hotline12345 = 3,

    /// <summary>来访</summary>
    Walkin = 4,

    /// <summary>来信</summary>
    Letter = 5,

    /// <summary>其他平台接口</summary>
    Api = 6,
}

/// <summary>An open or closed filing changed status: the 12345 platform is told (outgoing webhook with retries).</summary>
[Zhijian.Platform.Events.EventName("complaints.status-changed")]
public sealed record FilingStatusChanged(long FilingId, string Number, FilingStatus Status, string StatusName, string Note, DateTimeOffset At,
    string? SourceSystem, string? SourceTicketId, string OrgUnitName) : Zhijian.Platform.Events.IDomainEvent;

/// <summary>
/// 诉转案: a report (or a clue found in mediation) that the bureau decided to open a case on. The cases module turns it
/// into a 线索/立案. No reporter identity is carried: the case refers back to the filing number.
/// </summary>
[Zhijian.Platform.Events.EventName("complaints.case-clue")]
public sealed record ComplaintCaseClue(long FilingId, string Number, string? Uscc, string TargetName, string Facts, string DecidedBy,
    DateOnly DecidedOn, string DivisionCode, int OrgUnitId) : Zhijian.Platform.Events.IDomainEvent;

/// <summary>A complaint was closed: analysis and the credit feed react (repeated complaints are a risk factor).</summary>
[Zhijian.Platform.Events.EventName("complaints.closed")]
public sealed record FilingClosed(long FilingId, FilingKind Kind, FilingStatus Status, string? Uscc, DateOnly ClosedOn, string DivisionCode)
    : Zhijian.Platform.Events.IEntityPublicChange; // the business's complaint counts on its public credit page

/// <summary>
/// What other modules may ask: the public complaint summary of a business (消费投诉信息公示) — counts and categories,
/// no personal data, no report contents.
/// </summary>
public interface IComplaintQueries
{
    Task<PublicComplaintSummary> PublicSummaryAsync(string uscc, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>
    /// Complaints and reports received in [<paramref name="from"/>, <paramref name="to"/>] per USCC of their target, over the
    /// whole deployment (another module's risk grading, run as the system): one GROUP BY, counts only; targets without a
    /// USCC and businesses without any are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, int>> FilingCountsAsync(DateOnly from, DateOnly to, CancellationToken ct);
}

/// <summary>消费投诉信息公示 of one business over a period.</summary>
public sealed record PublicComplaintSummary(string Uscc, DateOnly From, DateOnly To, int Complaints, int Closed, int Resolved, decimal? ResolutionRate,
    IReadOnlyList<PublicComplaintCategory> Categories);

public sealed record PublicComplaintCategory(string Code, string Name, int Count);
