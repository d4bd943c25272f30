using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;

namespace Zhijian.Tests.Cases;

/// <summary>A food case of 历下 with every field of every document filled, as the document tests and the E2E print it.</summary>
internal static class CaseSamples
{
    public const string Authority = "济南市历下区市场监督管理局";
    public const string Company = "济南泉城食品有限公司";
    public const string Uscc = "91370102MA3C4R2X7T";
    public const string Address = "济南市历下区泉城路188号";
    public const string IdNumber = "370102198506152317";

    public static readonly DateOnly Today = new(2026, 12, 4);

    public static Violation Violation => DefaultCatalogue.Violations.Single(v => v.Code == "SP126");

    public static Case CompanyCase(int orgUnitId = 0, string number = "济历市监立〔2026〕7号", bool hearingRight = false) => new()
    {
        Number = number,
        Source = ClueSource.Complaint,
        Procedure = CaseProcedure.Ordinary,
        Stage = CaseStage.Decided,
        CauseOfAction = "未按规定查验进货并保存记录",
        Facts = "2026年11月10日，本局执法人员对当事人位于济南市历下区泉城路188号的经营场所进行检查，发现当事人销售的“泉城牌”速冻水饺（规格500克/袋）共计120袋，当事人不能提供供货者的许可证和产品合格证明文件，也未建立进货查验记录。\n当事人于2026年9月1日至11月10日共购进上述水饺300袋，已销售180袋，货值金额3,600元。",
        Field = CaseField.Food,
        PartyKind = PartyKind.Organisation,
        Uscc = Uscc,
        PartyName = Company,
        Representative = "张建华",
        OrgUnitId = orgUnitId,
        OrgUnitName = Authority,
        DivisionCode = "370102",
        Officers = [new("casehandler", "陈强", "鲁济37010001"), new("inspector", "张伟", "鲁济37010002")],
        LeadOfficer = "casehandler",
        OpenedOn = new(2026, 11, 12),
        OpenedApprovedBy = "赵磊",
        ViolationCode = "SP126",
        Penalties = [new(PenaltyKind.Warning), new(PenaltyKind.Fine, 5000m)],
        Discretion = DiscretionLevel.Lighter,
        DiscretionReason = "当事人系初次违法，积极配合调查并已主动改正",
        NoticeNo = "济历市监罚告〔2026〕3号",
        NoticeServedOn = new(2026, 11, 23),
        StatementBy = new(2026, 11, 30),
        HearingRight = hearingRight,
        DecisionNo = "济历市监处罚〔2026〕5号",
        DecidedOn = Today,
        DecisionApprovedBy = "孙立新",
        ServiceMethod = "直接送达",
        PoliceOrgan = "济南市公安局历下区分局",
        TransferReason = "当事人销售的速冻水饺经检验致病性微生物超标，涉嫌生产、销售不符合安全标准的食品罪",
        ClosedOn = new(2026, 12, 20),
        ClosedApprovedBy = "孙立新",
        Ending = CaseEnding.Penalised,
        ClosingNote = "罚款已缴清，警告已执行",
        PaidOn = new(2026, 12, 15),
        CreatedAt = new(2026, 11, 12, 9, 0, 0, TimeSpan.FromHours(8)),
    };

    public static Case Person(int orgUnitId = 0, string number = "济历市监立〔2026〕8号") => new()
    {
        Number = number,
        Source = ClueSource.OwnFinding,
        Procedure = CaseProcedure.Simple,
        Stage = CaseStage.Decided,
        CauseOfAction = "未将营业执照置于经营场所醒目位置",
        Facts = "2026年12月4日，执法人员检查当事人经营的水果摊点时，发现当事人未将营业执照置于经营场所醒目位置，经责令改正后拒不改正。",
        Field = CaseField.Registration,
        PartyKind = PartyKind.NaturalPerson,
        PartyName = "王小明",
        OrgUnitId = orgUnitId,
        OrgUnitName = Authority,
        DivisionCode = "370102",
        Officers = [new("casehandler", "陈强", "鲁济37010001"), new("inspector", "张伟", "鲁济37010002")],
        LeadOfficer = "casehandler",
        OpenedOn = Today,
        OpenedApprovedBy = "赵磊",
        ViolationCode = "DJ46",
        Penalties = [new(PenaltyKind.Fine, 200m)],
        Discretion = DiscretionLevel.Normal,
        DecidedOn = Today,
        CreatedAt = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8)),
    };

    public static Clue Clue(int orgUnitId = 0) => new()
    {
        Number = "XS-370102-2026-0042",
        Source = ClueSource.Complaint,
        SourceSystem = "complaints",
        SourceId = "42",
        SourceNumber = "JB-2026-000042",
        Uscc = Uscc,
        PartyName = Company,
        Facts = "举报人反映当事人销售过期食品。",
        ReceivedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8)),
        ReceivedOn = new(2026, 11, 20),
        ReceivedBy = "陈强",
        OrgUnitId = orgUnitId,
        OrgUnitName = Authority,
        DivisionCode = "370102",
        Status = ClueStatus.Declined,
        DecidedOn = Today,
        DecidedBy = "赵磊",
        DeclineGround = DeclineGround.NoViolation,
        DeclineReason = "经现场检查，未发现当事人销售过期食品",
    };

    public static List<Evidence> Evidence(long caseId = 0) =>
    [
        E(caseId, EvidenceType.SiteRecord, "现场笔录", "执法人员现场制作", new(2026, 11, 10), "当事人经营场所存放涉案水饺120袋"),
        E(caseId, EvidenceType.PartyStatement, "询问笔录（张建华）", "当事人法定代表人", new(2026, 11, 13), "当事人未查验供货者许可证和产品合格证明"),
        E(caseId, EvidenceType.Documentary, "进货单据及销售记录复印件", "当事人提供", new(2026, 11, 13), "涉案水饺的进货数量、销售数量及货值金额"),
    ];

    private static Evidence E(long caseId, EvidenceType type, string title, string source, DateOnly on, string proves) => new()
    {
        CaseId = caseId,
        Type = type,
        Title = title,
        Source = source,
        CollectedOn = on,
        CollectedBy = "陈强、张伟",
        Description = proves,
        RecordedAt = new(2026, 11, 13, 9, 0, 0, TimeSpan.FromHours(8)),
        DivisionCode = "370102",
    };

    /// <summary>The model of <paramref name="kind"/> for the sample company case (or the sample person / clue).</summary>
    public static DocumentModel Model(DocumentKind kind, Case? c = null, string number = "济历市监文〔2026〕1号") => new()
    {
        Kind = kind,
        Authority = Authority,
        Number = number,
        Date = Today,
        Case = kind == DocumentKind.DeclineApproval ? null : c ?? CompanyCase(),
        Clue = kind == DocumentKind.DeclineApproval ? Clue() : null,
        Violation = DefaultCatalogue.Violations.Single(v => v.Code == (c ?? CompanyCase()).ViolationCode),
        Evidence = Evidence(),
        PartyAddress = Address,
        PartyIdNumber = (c ?? CompanyCase()).PartyKind == PartyKind.NaturalPerson ? IdNumber : null,
        PartyPhone = "0531-86001234",
        ServedDocument = "《行政处罚决定书》（济历市监处罚〔2026〕5号）",
    };
}
