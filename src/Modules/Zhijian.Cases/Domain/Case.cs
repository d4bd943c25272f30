using Zhijian.Cases.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Cases.Domain;

/// <summary>线索来源.</summary>
internal enum ClueSource
{
    /// <summary>投诉举报（诉转案）</summary>
    Complaint = 1,

    /// <summary>双随机抽查</summary>
    Inspection = 2,

    /// <summary>抽检监测</summary>
    Sampling = 3,

    /// <summary>上级交办、其他部门移送</summary>
    Transfer = 4,

    /// <summary>监督检查中发现</summary>
    OwnFinding = 5,

    /// <summary>食品召回（责令召回）</summary>
    Recall = 6,

    /// <summary>特种设备（重大隐患、逾期未整改、事故、超期未检仍在使用）</summary>
    SpecialEquipment = 7,

    /// <summary>产品质量（监督抽查复查仍不合格、缺陷产品召回、生产许可与 CCC）</summary>
    ProductQuality = 8,

    /// <summary>其他</summary>
    Other = 9,

    /// <summary>药品医疗器械化妆品（药店检查发现违法、无证或超范围经营、含麻制剂可疑购买、不良反应信号）</summary>
    Drugs = 10,
    /// <summary>计量（强检器具未检定或超期仍在使用、检定不合格仍在使用、民生计量检查复查仍不合格）</summary>
    Metrology = 11,

    /// <summary>价格监管（明码标价、价格欺诈检查发现违法，涉企违规收费逾期未清退）</summary>
    Prices = 12,
}

internal enum ClueStatus
{
    /// <summary>待核查</summary>
    Verifying = 0,

    /// <summary>已立案</summary>
    Opened = 1,

    /// <summary>不予立案</summary>
    Declined = 2,
}

/// <summary>不予立案的情形 (SAMR Order 2 第十九条/第二十条).</summary>
internal enum DeclineGround
{
    /// <summary>违法事实不能成立</summary>
    NoViolation = 1,

    /// <summary>依法不予行政处罚（违法行为轻微并及时改正等）</summary>
    NoPenaltyDue = 2,

    /// <summary>不属于本机关管辖（已移送有管辖权的机关）</summary>
    NotOurs = 3,

    /// <summary>超过追责时效</summary>
    TimeBarred = 4,

    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>
/// 案件线索: from a complaint (诉转案), an inspection, sampling, a transfer or the bureau's own finding. The 立案 decision is
/// due <see cref="OpenBy"/> (15 WD, +15 WD with the head's approval; testing time excluded).
/// </summary>
internal sealed class Clue : IDivisionScoped
{
    public long Id { get; set; }

    public string Number { get; set; } = "";

    public ClueSource Source { get; set; }

    /// <summary>The sending module and its record ("complaints" + filing id): an event delivered twice makes one clue.</summary>
    public string? SourceSystem { get; set; }

    public string? SourceId { get; set; }

    public string? SourceNumber { get; set; }

    public string? Uscc { get; set; }

    public string PartyName { get; set; } = "";

    public string Facts { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public string ReceivedBy { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public ClueStatus Status { get; set; }

    public bool Extended { get; set; }

    public string? ExtensionApprovedBy { get; set; }

    public string? ExtensionReason { get; set; }

    /// <summary>检测、检验、检疫、鉴定 periods: not counted toward the 立案 deadline.</summary>
    public List<DeadlinePause> Pauses { get; set; } = [];

    public DateOnly? OpenBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public DeclineGround? DeclineGround { get; set; }

    public string? DeclineReason { get; set; }

    public long? CaseId { get; set; }

    public int Version { get; set; }
}

internal enum CaseProcedure
{
    /// <summary>普通程序</summary>
    Ordinary = 1,

    /// <summary>简易程序（当场处罚）</summary>
    Simple = 2,
}

/// <summary>案件阶段. ≥ 100 ends the case.</summary>
internal enum CaseStage
{
    /// <summary>调查取证</summary>
    Investigating = 10,

    /// <summary>案件审核（核审）</summary>
    Reviewing = 20,

    /// <summary>已告知，待陈述申辩</summary>
    Notified = 30,

    /// <summary>听证</summary>
    Hearing = 40,

    /// <summary>法制审核</summary>
    LegalReview = 50,

    /// <summary>集体讨论</summary>
    Collective = 60,

    /// <summary>待决定</summary>
    Deciding = 70,

    /// <summary>已决定，待送达</summary>
    Decided = 80,

    /// <summary>执行中</summary>
    Executing = 90,

    /// <summary>移送公安机关，等待结果</summary>
    TransferredToPolice = 95,

    /// <summary>已结案</summary>
    Closed = 100,
}

internal enum PartyKind
{
    /// <summary>法人或其他组织（含个体工商户以字号经营者）</summary>
    Organisation = 1,

    /// <summary>自然人</summary>
    NaturalPerson = 2,
}

/// <summary>裁量阶次.</summary>
internal enum DiscretionLevel
{
    /// <summary>不予处罚</summary>
    None = 0,

    /// <summary>减轻处罚</summary>
    Mitigated = 1,

    /// <summary>从轻处罚</summary>
    Lighter = 2,

    /// <summary>一般处罚</summary>
    Normal = 3,

    /// <summary>从重处罚</summary>
    Heavier = 4,
}

/// <summary>An enforcement officer on the case: the staff user and the certificate number the platform holds for them.</summary>
internal sealed record CaseOfficer(string UserName, string Name, string CertificateNo);

/// <summary>处罚到人: an individual held responsible (e.g. 法定代表人、直接负责的主管人员) and what they get.</summary>
internal sealed record ResponsiblePerson(string Name, string Position, string Penalty);

/// <summary>
/// 一件行政处罚案件. The stage machine is in Features/Workflow; every change appends a <see cref="CaseStep"/> and an
/// audit entry (全过程记录). Natural-person identifiers are stored encrypted (PersonalData).
/// </summary>
internal sealed class Case : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>立案编号 (文号 of the 立案审批表).</summary>
    public string Number { get; set; } = "";

    public long? ClueId { get; set; }

    public ClueSource Source { get; set; }

    public CaseProcedure Procedure { get; set; }

    public CaseStage Stage { get; set; }

    /// <summary>The stage before a transfer to the police, to return to when they decline.</summary>
    public CaseStage? StageBeforeTransfer { get; set; }

    public string CauseOfAction { get; set; } = "";

    public string Facts { get; set; } = "";

    public CaseField Field { get; set; }

    // 当事人
    public PartyKind PartyKind { get; set; }

    public string? Uscc { get; set; }

    public string PartyName { get; set; } = "";

    /// <summary>法定代表人（负责人）for an organisation.</summary>
    public string? Representative { get; set; }

    /// <summary>Encrypted: address, ID number and phone of the party (natural person) or of the contact.</summary>
    public string? PartyAddress { get; set; }

    public string? PartyIdNumber { get; set; }

    public string? PartyPhone { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public List<CaseOfficer> Officers { get; set; } = [];

    /// <summary>主办人 (user name): "my cases".</summary>
    public string LeadOfficer { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public string OpenedApprovedBy { get; set; } = "";

    public DateOnly? ConductEndedOn { get; set; }

    // 办案期限
    public bool HeadExtension { get; set; }

    public int CollectiveDays { get; set; }

    public List<DeadlinePause> Excluded { get; set; } = [];

    public DateOnly? ConcludeBy { get; set; }

    // 重大案件 / 法制审核 / 集体讨论
    public bool Major { get; set; }

    public string? MajorReason { get; set; }

    public bool Complex { get; set; }

    public DateOnly? LegalReviewRequestedOn { get; set; }

    public DateOnly? LegalReviewBy { get; set; }

    public DateOnly? LegalReviewedOn { get; set; }

    public string? LegalReviewer { get; set; }

    public string? LegalReviewOpinion { get; set; }

    public bool? LegalReviewPassed { get; set; }

    public DateOnly? CollectiveOn { get; set; }

    public string? CollectiveConclusion { get; set; }

    // 案件审核（核审）
    public DateOnly? ReviewedOn { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewOpinion { get; set; }

    // 拟处罚意见
    public string? ViolationCode { get; set; }

    public List<PenaltyItem> Penalties { get; set; } = [];

    public DiscretionLevel? Discretion { get; set; }

    /// <summary>Why the amount leaves the 裁量基准 range of the chosen level (required when it does).</summary>
    public string? DiscretionReason { get; set; }

    /// <summary>货值金额 or 违法所得 the band multiplies (when the band is in multiples).</summary>
    public decimal? BaseAmount { get; set; }

    public List<ResponsiblePerson> Responsible { get; set; } = [];

    // 告知 / 陈述申辩 / 听证
    public string? NoticeNo { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    public DateOnly? StatementBy { get; set; }

    public bool HearingRight { get; set; }

    public string? Statement { get; set; }

    public bool HearingRequested { get; set; }

    public DateOnly? HearingOn { get; set; }

    public string? HearingReport { get; set; }

    // 决定 / 送达 / 执行
    public string? DecisionNo { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionApprovedBy { get; set; }

    public DateOnly? ServedOn { get; set; }

    public string? ServiceMethod { get; set; }

    public string? ServiceSignedBy { get; set; }

    public DateOnly? FinePaymentBy { get; set; }

    public DateOnly? PaidOn { get; set; }

    public DateOnly? EnforcementAppliedOn { get; set; }

    // 行刑衔接
    public string? TransferNo { get; set; }

    public DateOnly? TransferredOn { get; set; }

    public string? PoliceOrgan { get; set; }

    public string? TransferReason { get; set; }

    public DateOnly? PoliceReceiptOn { get; set; }

    public PoliceOutcome? PoliceOutcome { get; set; }

    public string? PoliceOutcomeNote { get; set; }

    // 结案
    public DateOnly? ClosedOn { get; set; }

    public string? ClosedApprovedBy { get; set; }

    public CaseEnding? Ending { get; set; }

    public string? ClosingNote { get; set; }

    public int Corrections { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Stage >= CaseStage.Closed;

    public decimal FineTotal => Penalties.Where(p => p.Kind is PenaltyKind.Fine).Sum(p => p.Amount ?? 0);

    public decimal ConfiscatedTotal => Penalties.Where(p => p.Kind is PenaltyKind.ConfiscateIllegalGains or PenaltyKind.ConfiscateProperty).Sum(p => p.Amount ?? 0);

    /// <summary>重大执法决定法制审核 (<see cref="CaseIndicators.LegalReviewRequired"/>).</summary>
    public bool LegalReviewRequired => CaseIndicators.IsLegalReviewRequired(this);

    /// <summary>集体讨论: complex or major cases.</summary>
    public bool CollectiveRequired => Procedure == CaseProcedure.Ordinary && (Major || Complex);
}

/// <summary>监管领域 (the credit module's longer repair wait for food, drugs, special equipment).</summary>
internal enum CaseField
{
    General = 0,
    Food = 1,
    Drug = 2,
    SpecialEquipment = 3,
    ProductQuality = 4,
    Price = 5,
    Advertising = 6,
    Competition = 7,
    Registration = 8,
    Measurement = 9,
}

internal enum PoliceOutcome
{
    /// <summary>公安机关立案侦查</summary>
    Accepted = 1,

    /// <summary>公安机关不予立案，退回</summary>
    Declined = 2,
}

internal enum CaseEnding
{
    /// <summary>作出处罚决定并执行完毕</summary>
    Penalised = 1,

    /// <summary>不予行政处罚</summary>
    NoPenalty = 2,

    /// <summary>移送司法机关</summary>
    TransferredToPolice = 3,

    /// <summary>移送其他行政机关</summary>
    TransferredElsewhere = 4,

    /// <summary>申请人民法院强制执行</summary>
    Enforced = 5,

    /// <summary>撤销立案</summary>
    Withdrawn = 6,
}

/// <summary>全过程记录: one step of a case (or clue), in order; documents and attachments link here.</summary>
internal sealed class CaseStep : IDivisionScoped
{
    public long Id { get; set; }

    public long? CaseId { get; set; }

    public long? ClueId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Action { get; set; } = "";

    public string Text { get; set; } = "";

    public string ActorName { get; set; } = "";

    public string ActorUserName { get; set; } = "";

    public CaseStage? Stage { get; set; }

    public long? DocumentId { get; set; }

    /// <summary>The document issued by this step (EF fills <see cref="DocumentId"/> on save).</summary>
    public CaseDocument? Document { get; set; }

    public long? FileId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>The step of a case's action, by <paramref name="actor"/> (name and shown name) at <paramref name="at"/>, with the document it issued.</summary>
    public static CaseStep Of(Case c, string action, string text, Zhijian.Platform.Identity.Actor actor, DateTimeOffset at, CaseDocument? doc = null) => new()
    {
        CaseId = c.Id,
        ClueId = c.ClueId,
        At = at,
        Action = action,
        Text = text.Truncate(4000),
        ActorName = actor.ShownName,
        ActorUserName = actor.Name,
        Stage = c.Stage,
        Document = doc,
        DivisionCode = c.DivisionCode,
    };
}

/// <summary>证据种类 (《行政处罚法》/《行政诉讼法》).</summary>
internal enum EvidenceType
{
    /// <summary>书证</summary>
    Documentary = 1,

    /// <summary>物证</summary>
    Physical = 2,

    /// <summary>视听资料</summary>
    AudioVisual = 3,

    /// <summary>电子数据</summary>
    Electronic = 4,

    /// <summary>证人证言</summary>
    Witness = 5,

    /// <summary>当事人的陈述（询问笔录）</summary>
    PartyStatement = 6,

    /// <summary>鉴定意见（检验检测报告）</summary>
    Expert = 7,

    /// <summary>勘验笔录、现场笔录</summary>
    SiteRecord = 8,
}

/// <summary>一项证据: what, where from, who collected it when; files attach to it.</summary>
internal sealed class Evidence : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public EvidenceType Type { get; set; }

    public string Title { get; set; } = "";

    public string Source { get; set; } = "";

    public DateOnly CollectedOn { get; set; }

    /// <summary>The officers who collected it (names), at least two.</summary>
    public string CollectedBy { get; set; } = "";

    public string? Description { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>A file of a case (evidence scan, photo, recording, signed document), stored with SHA-256.</summary>
internal sealed class CaseFile : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public long? EvidenceId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

internal enum MeasureKind
{
    /// <summary>先行登记保存</summary>
    Preservation = 1,

    /// <summary>查封</summary>
    Sealing = 2,

    /// <summary>扣押</summary>
    Detention = 3,
}

/// <summary>先行登记保存 / 查封 / 扣押 with its statutory end.</summary>
internal sealed class Measure : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public MeasureKind Kind { get; set; }

    public string Items { get; set; } = "";

    public string Place { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    /// <summary>先行登记保存: the decision is due; 查封扣押: the measure ends.</summary>
    public DateOnly DueOn { get; set; }

    public bool Extended { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Outcome { get; set; }

    public string ApprovedBy { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>文书种类.</summary>
internal enum DocumentKind
{
    /// <summary>立案审批表</summary>
    OpeningApproval = 1,

    /// <summary>行政处罚告知书</summary>
    Notice = 2,

    /// <summary>行政处罚决定书</summary>
    Decision = 3,

    /// <summary>送达回证</summary>
    ServiceReceipt = 4,

    /// <summary>结案审批表</summary>
    ClosingApproval = 5,

    /// <summary>涉嫌犯罪案件移送书</summary>
    PoliceTransfer = 6,

    /// <summary>当场行政处罚决定书</summary>
    OnTheSpotDecision = 7,

    /// <summary>不予立案审批表</summary>
    DeclineApproval = 8,
}

/// <summary>An issued document: its 文号, and the HTML exactly as issued (SHA-256 kept in the audit chain).</summary>
internal sealed class CaseDocument : IDivisionScoped
{
    public long Id { get; set; }

    public long? CaseId { get; set; }

    public long? ClueId { get; set; }

    public DocumentKind Kind { get; set; }

    public string Number { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public string Html { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string IssuedBy { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>文号 counter: one sequence per issuing unit, document kind and year.</summary>
internal sealed class NumberCounter
{
    public int OrgUnitId { get; set; }

    public DocumentKind Kind { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}

/// <summary>违法行为目录: a violation type with its legal basis and the statutory range of its fine.</summary>
internal sealed class Violation
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public CaseField Field { get; set; }

    /// <summary>违法依据 (the provision breached).</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>处罚依据 (the provision that sets the penalty) and its text in short.</summary>
    public string PenaltyBasis { get; set; } = "";

    /// <summary>法定罚款幅度: yuan, or multiples of <see cref="BaseName"/> when set.</summary>
    public decimal? FineMin { get; set; }

    public decimal? FineMax { get; set; }

    /// <summary>"货值金额" or "违法所得" when the fine is set in multiples; null for yuan.</summary>
    public string? BaseName { get; set; }

    /// <summary>A floor in yuan when the multiples give less (e.g. 货值不足一万元的，处五万元以上…).</summary>
    public decimal? FloorFineMin { get; set; }

    public decimal? FloorFineMax { get; set; }

    public decimal? FloorBelowBase { get; set; }

    /// <summary>Penalty kinds the provision allows (besides fines), e.g. "Warning,ConfiscateIllegalGains,RevokeLicence".</summary>
    public List<PenaltyKind> Kinds { get; set; } = [];

    public bool Active { get; set; } = true;
}

/// <summary>裁量基准: the fine range of one discretion level of one violation (yuan, or multiples as the violation).</summary>
internal sealed class DiscretionBand
{
    public int Id { get; set; }

    public string ViolationCode { get; set; } = "";

    public DiscretionLevel Level { get; set; }

    public decimal? FineMin { get; set; }

    public decimal? FineMax { get; set; }

    /// <summary>适用情形.</summary>
    public string Circumstances { get; set; } = "";
}

/// <summary>执法公示: a published decision (summary + redacted text) with its term; withdrawn at term, on change or after repair.</summary>
internal sealed class Publication : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public string DecisionNo { get; set; } = "";

    public string PartyName { get; set; } = "";

    public string? Uscc { get; set; }

    public string ViolationType { get; set; } = "";

    public string PenaltySummary { get; set; } = "";

    public string Authority { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    /// <summary>The decision text with personal data and secrets removed.</summary>
    public string Text { get; set; } = "";

    public DateOnly PublishBy { get; set; }

    public DateOnly PublishedOn { get; set; }

    public DateOnly? PublicUntil { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawnReason { get; set; }

    public string DivisionCode { get; set; } = "";

    public bool IsPublicOn(DateOnly today) => WithdrawnOn is null && PublishedOn <= today && (PublicUntil is null || today <= PublicUntil);
}

/// <summary>案卷评查 checklist item (configurable): what is checked and its weight in points.</summary>
internal sealed class ReviewItem
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Text { get; set; } = "";

    public int Points { get; set; }

    public int Order { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>One review of a closed case file: a score per checklist item, by a reviewer who did not handle the case.</summary>
internal sealed class FileReview : IDivisionScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public string CaseNumber { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string Reviewer { get; set; } = "";

    public string ReviewerName { get; set; } = "";

    public DateOnly ReviewedOn { get; set; }

    public List<ReviewScore> Scores { get; set; } = [];

    public int Score { get; set; }

    public int MaxScore { get; set; }

    public string Grade { get; set; } = "";

    public string? Comment { get; set; }

    public string DivisionCode { get; set; } = "";
}

internal sealed record ReviewScore(string Code, int Points, int Max, string? Note);
