using Zhijian.Cases.Contracts;

namespace Zhijian.Cases.Domain;

/// <summary>Chinese names of the module's codes, one place for pages, documents and messages.</summary>
internal static class CaseNames
{
    /// <summary>What the case records as the statement when the party waived it.</summary>
    public const string StatementWaived = "当事人放弃陈述、申辩";

    public static string Of(PenaltyKind kind) => kind switch
    {
        PenaltyKind.Warning => "警告",
        PenaltyKind.PublicReprimand => "通报批评",
        PenaltyKind.Fine => "罚款",
        PenaltyKind.ConfiscateIllegalGains => "没收违法所得",
        PenaltyKind.ConfiscateProperty => "没收非法财物",
        PenaltyKind.SuspendLicence => "暂扣许可证件",
        PenaltyKind.LowerQualification => "降低资质等级",
        PenaltyKind.RevokeLicence => "吊销许可证件",
        PenaltyKind.RestrictOperations => "限制开展生产经营活动",
        PenaltyKind.SuspendOperations => "责令停产停业",
        PenaltyKind.Closure => "责令关闭",
        PenaltyKind.PracticeRestriction => "限制从业",
        PenaltyKind.RevokeBusinessLicence => "吊销营业执照",
        _ => kind.ToString(),
    };

    /// <summary>经办 in the timeline: the staff member's name as recorded, "系统" for jobs, start-up and the demo data, never a login.</summary>
    public static string Actor(string? shownName) =>
        string.IsNullOrWhiteSpace(shownName) || shownName is "system" or "demo" || shownName.StartsWith("demo.", StringComparison.Ordinal) ? "系统"
        : shownName.StartsWith("api:", StringComparison.Ordinal) ? $"外部系统（{shownName[4..]}）" : shownName;

    public static string Of(CaseStage stage) => stage switch
    {
        CaseStage.Investigating => "调查取证",
        CaseStage.Reviewing => "案件审核",
        CaseStage.Notified => "已告知，待陈述申辩",
        CaseStage.Hearing => "听证",
        CaseStage.LegalReview => "法制审核",
        CaseStage.Collective => "集体讨论",
        CaseStage.Deciding => "待决定",
        CaseStage.Decided => "已决定，待送达",
        CaseStage.Executing => "执行中",
        CaseStage.TransferredToPolice => "移送公安，等待结果",
        CaseStage.Closed => "已结案",
        _ => stage.ToString(),
    };

    public static string Of(ClueStatus status) => status switch
    {
        ClueStatus.Verifying => "待核查",
        ClueStatus.Opened => "已立案",
        ClueStatus.Declined => "不予立案",
        _ => status.ToString(),
    };

    public static string Of(ClueSource source) => source switch
    {
        ClueSource.Complaint => "投诉举报",
        ClueSource.Inspection => "双随机抽查",
        ClueSource.Sampling => "抽检监测",
        ClueSource.Transfer => "交办、移送",
        ClueSource.OwnFinding => "监督检查发现",
        ClueSource.Recall => "责令召回",
        ClueSource.SpecialEquipment => "特种设备",
        ClueSource.ProductQuality => "产品质量",
        ClueSource.Drugs => "药品医疗器械化妆品",
        ClueSource.Metrology => "计量",
        ClueSource.Prices => "价格监管",
        ClueSource.Other => "其他",
        _ => source.ToString(),
    };

    public static string Of(DeclineGround ground) => ground switch
    {
        DeclineGround.NoViolation => "违法事实不能成立",
        DeclineGround.NoPenaltyDue => "违法行为轻微并及时改正，没有造成危害后果，依法不予行政处罚",
        DeclineGround.NotOurs => "不属于本机关管辖",
        DeclineGround.TimeBarred => "违法行为超过追责时效",
        DeclineGround.Other => "其他依法不予立案的情形",
        _ => ground.ToString(),
    };

    public static string Of(EvidenceType type) => type switch
    {
        EvidenceType.Documentary => "书证",
        EvidenceType.Physical => "物证",
        EvidenceType.AudioVisual => "视听资料",
        EvidenceType.Electronic => "电子数据",
        EvidenceType.Witness => "证人证言",
        EvidenceType.PartyStatement => "当事人的陈述",
        EvidenceType.Expert => "鉴定意见",
        EvidenceType.SiteRecord => "勘验笔录、现场笔录",
        _ => type.ToString(),
    };

    public static string Of(MeasureKind kind) => kind switch
    {
        MeasureKind.Preservation => "先行登记保存",
        MeasureKind.Sealing => "查封",
        MeasureKind.Detention => "扣押",
        _ => kind.ToString(),
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.OpeningApproval => "立案审批表",
        DocumentKind.Notice => "行政处罚告知书",
        DocumentKind.Decision => "行政处罚决定书",
        DocumentKind.ServiceReceipt => "送达回证",
        DocumentKind.ClosingApproval => "结案审批表",
        DocumentKind.PoliceTransfer => "涉嫌犯罪案件移送书",
        DocumentKind.OnTheSpotDecision => "当场行政处罚决定书",
        DocumentKind.DeclineApproval => "不予立案审批表",
        _ => kind.ToString(),
    };

    /// <summary>The short word of a document kind in its 文号 (e.g. 济历市监<b>处罚</b>〔2026〕12号).</summary>
    public static string NumberWord(DocumentKind kind) => kind switch
    {
        DocumentKind.OpeningApproval => "立",
        DocumentKind.Notice => "罚告",
        DocumentKind.Decision => "处罚",
        DocumentKind.ServiceReceipt => "送",
        DocumentKind.ClosingApproval => "结",
        DocumentKind.PoliceTransfer => "移",
        DocumentKind.OnTheSpotDecision => "当罚",
        DocumentKind.DeclineApproval => "不立",
        _ => "文",
    };

    public static string Of(CaseEnding ending) => ending switch
    {
        CaseEnding.Penalised => "作出行政处罚并执行完毕",
        CaseEnding.NoPenalty => "不予行政处罚",
        CaseEnding.TransferredToPolice => "移送司法机关",
        CaseEnding.TransferredElsewhere => "移送其他行政机关",
        CaseEnding.Enforced => "申请人民法院强制执行",
        CaseEnding.Withdrawn => "撤销立案",
        _ => ending.ToString(),
    };

    public static string Of(CaseField field) => field switch
    {
        CaseField.General => "综合",
        CaseField.Food => "食品安全",
        CaseField.Drug => "药品医疗器械化妆品",
        CaseField.SpecialEquipment => "特种设备",
        CaseField.ProductQuality => "产品质量",
        CaseField.Price => "价格",
        CaseField.Advertising => "广告",
        CaseField.Competition => "反不正当竞争",
        CaseField.Registration => "登记注册",
        CaseField.Measurement => "计量",
        _ => field.ToString(),
    };

    /// <summary>"罚款 5 万元；没收违法所得 1,200 元" as decisions and the summary write it.</summary>
    public static string Penalties(IEnumerable<PenaltyItem> penalties) =>
        string.Join("；", penalties.Select(p => p.Amount is { } a ? $"{Of(p.Kind)}{DiscretionRules.Yuan(a)}元" : Of(p.Kind)));
}
