using Zhijian.Complaints.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Complaints.Domain;

/// <summary>不予受理投诉的情形 (Order 121 art. 15; Order 20 art. 15 in substance).</summary>
internal enum RefusalGround
{
    /// <summary>不属于本部门职责或者本部门不具有处理权限</summary>
    NotOurDutyOrJurisdiction = 1,

    /// <summary>法院、仲裁机构、其他行政机关、消费者协会等已受理或处理</summary>
    HandledElsewhere = 2,

    /// <summary>不是为生活消费需要购买、使用商品或者接受服务，或者不能证明与被投诉人之间存在消费者权益争议</summary>
    NotEverydayConsumption = 3,

    /// <summary>知道或者应当知道权益受侵害之日起超过三年</summary>
    TimeBarred = 4,

    /// <summary>未提供所需材料或材料不实</summary>
    MaterialsMissing = 5,

    /// <summary>冒用他人身份或者拒绝身份核验</summary>
    IdentityIssue = 6,

    /// <summary>法律、法规、规章规定不予受理的其他情形</summary>
    Other = 9,
}

/// <summary>终止调解的情形 (Order 121).</summary>
internal enum TerminationGround
{
    /// <summary>投诉人撤回投诉或者双方自行和解</summary>
    WithdrawnOrSettled = 1,

    /// <summary>投诉人与被投诉人之间一方拒绝调解或者无正当理由不参加调解</summary>
    PartyRefused = 2,

    /// <summary>投诉人或者被投诉人明确表示无法达成调解协议</summary>
    NoAgreementPossible = 3,

    /// <summary>需要进行检定、检验、检测、鉴定，双方不能达成一致费用承担意见</summary>
    TestingCostDispute = 4,

    /// <summary>调解期限届满仍未达成调解协议</summary>
    TimeLimitReached = 5,

    /// <summary>受理后发现存在不予受理情形</summary>
    RefusalGroundFound = 6,

    /// <summary>投诉人或者被投诉人死亡、终止</summary>
    PartyGone = 7,

    /// <summary>其他应当终止的情形</summary>
    Other = 9,
}

/// <summary>The deadlines of one filing, each a local date on the working-day calendar.</summary>
internal sealed record ComplaintDeadlines(RuleVersion Version, DateOnly AcceptBy, DateOnly? MediationBy, DateOnly? VerifyBy, DateOnly? VerifyExtendedBy);

/// <summary>
/// 投诉举报 rules without I/O: which version applies (by date received), the statutory deadlines from the effective-dated
/// rule settings on the real calendar, the 3-year limit, refusal and termination texts.
/// </summary>
internal static class ComplaintRules
{
    /// <summary>Order 121 applies to filings received from this date.</summary>
    public static readonly DateOnly Order121From = RuleCatalog.Order121From;

    public static RuleVersion VersionFor(DateOnly received) => received >= Order121From ? RuleVersion.Order121 : RuleVersion.Order20;

    public static string Name(RuleVersion v) => v == RuleVersion.Order121
        ? "《市场监督管理投诉举报处理办法》（国家市场监督管理总局令第121号）"
        : "《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号，2022年修正）";

    /// <summary>
    /// Accept/refuse within 7 WD of receipt; mediation from acceptance (45 WD under Order 20, 60 CD under Order 121 —
    /// the rule setting in force on the date received decides); a report's verification 15 WD (+15 WD if approved).
    /// </summary>
    public static ComplaintDeadlines Deadlines(IRuleBook rules, IWorkingCalendar calendar, FilingKind kind, DateOnly received, DateOnly? accepted,
        IReadOnlyList<DeadlinePause>? pauses = null, DateOnly? clockStart = null)
    {
        var version = VersionFor(received);
        var start = clockStart ?? received;
        var acceptBy = calendar.Deadline(start, rules.GetPeriod("complaint.accept", received));
        DateOnly? mediationBy = kind == FilingKind.Complaint && accepted is { } a ? calendar.TryDeadline(a, rules.GetPeriod("complaint.mediation", received), pauses) : null;
        DateOnly? verifyBy = null, extendedBy = null;
        if (kind == FilingKind.Report)
        {
            verifyBy = calendar.TryDeadline(start, rules.GetPeriod("report.verify", received), pauses);
            if (verifyBy is { } v) extendedBy = calendar.TryDeadline(v, rules.GetPeriod("report.verify-extension", received), pauses);
        }

        return new ComplaintDeadlines(version, acceptBy, mediationBy, verifyBy, extendedBy);
    }

    /// <summary>超过三年: the harm became known more than the limit (years) before receipt — a flag with the refusal ground, never a silent drop.</summary>
    public static bool TimeBarred(IRuleBook rules, DateOnly harmKnown, DateOnly received) =>
        harmKnown.AddYears(rules.GetInt("complaint.limitation", received)) < received;

    /// <summary>
    /// 首次回应期限: <c>complaint.first-response.hours</c> (the version in force on the day received, China time) after
    /// receipt — what 期限管理 counts as “24 小时未回应”.
    /// </summary>
    public static DateTimeOffset FirstResponseDue(IRuleBook rules, DateTimeOffset received) =>
        received.AddHours(rules.GetInt("complaint.first-response.hours", received.ToChinaDate()));

    public static string Text(RefusalGround g) => g switch
    {
        RefusalGround.NotOurDutyOrJurisdiction => "投诉事项不属于市场监督管理部门职责，或者本行政机关不具有处理权限",
        RefusalGround.HandledElsewhere => "法院、仲裁机构、市场监督管理部门或者其他行政机关、消费者协会或者依法成立的其他调解组织已经受理或者处理过同一消费者权益争议",
        RefusalGround.NotEverydayConsumption => "不是为生活消费需要购买、使用商品或者接受服务，或者不能证明与被投诉人之间存在消费者权益争议",
        RefusalGround.TimeBarred => "除法律另有规定外，投诉人知道或者应当知道自己的权益受到被投诉人侵害之日起超过三年",
        RefusalGround.MaterialsMissing => "未提供投诉人的姓名、电话号码、通讯地址，被投诉人的名称（姓名）、地址，具体的投诉请求以及消费者权益争议事实等材料，或者材料不实",
        RefusalGround.IdentityIssue => "冒用他人身份进行投诉，或者拒绝身份核验",
        _ => "法律、法规、规章规定不予受理的其他情形",
    };

    /// <summary>A refusal tells the complainant the other routes (Order 121).</summary>
    public const string OtherRoutes = "您可以通过与经营者协商和解、请求消费者协会或者依法成立的其他调解组织调解、根据与经营者达成的仲裁协议提请仲裁机构仲裁、向人民法院提起诉讼等途径解决。";

    public static string Text(TerminationGround g) => g switch
    {
        TerminationGround.WithdrawnOrSettled => "投诉人撤回投诉或者双方自行和解",
        TerminationGround.PartyRefused => "投诉人与被投诉人之间一方拒绝调解或者无正当理由不参加调解",
        TerminationGround.NoAgreementPossible => "投诉人或者被投诉人明确表示无法达成调解协议",
        TerminationGround.TestingCostDispute => "需要进行检定、检验、检测、鉴定，投诉人与被投诉人不能就费用承担达成一致",
        TerminationGround.TimeLimitReached => "调解期限届满，投诉人与被投诉人未能达成调解协议",
        TerminationGround.RefusalGroundFound => "受理后发现存在不予受理情形",
        TerminationGround.PartyGone => "投诉人或者被投诉人死亡、终止",
        _ => "应当终止调解的其他情形",
    };
}
