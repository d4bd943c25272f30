using System.Globalization;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>
/// 行政处罚信息公示 rules without I/O (《市场监督管理行政处罚信息公示规定》, DOMAIN.md §4): what is published, for how long,
/// which penalties are too severe for early repair, and the summary in front of the text.
/// </summary>
internal static class PublicationRules
{
    /// <summary>Only ordinary-procedure decisions with a penalty other than a warning alone are published.</summary>
    public static bool IsPublished(CaseProcedure procedure, IReadOnlyList<PenaltyItem> penalties) =>
        procedure == CaseProcedure.Ordinary && penalties.Any(p => p.Kind != PenaltyKind.Warning);

    /// <summary>The last day to publish a decision made on <paramref name="decidedOn"/> (20 WD, rule setting <c>disclosure.publish</c>).</summary>
    public static DateOnly PublishBy(IRuleBook rules, IWorkingCalendar calendar, DateOnly decidedOn) =>
        calendar.Deadline(decidedOn, rules.GetPeriod("disclosure.publish", decidedOn));

    /// <summary>
    /// 仅受到通报批评或者较低数额罚款 (a warning besides does not change that): the fine total not above the province's "low"
    /// threshold (0 = not set, so no fine counts as low).
    /// </summary>
    public static bool IsLight(IReadOnlyList<PenaltyItem> penalties, decimal lowFine)
    {
        var kinds = penalties.Where(p => p.Kind != PenaltyKind.Warning).Select(p => p.Kind).ToList();
        if (kinds.Count == 0 || kinds.Any(k => k is not (PenaltyKind.PublicReprimand or PenaltyKind.Fine))) return false;
        var fine = penalties.Where(p => p.Kind == PenaltyKind.Fine).Sum(p => p.Amount ?? 0);
        return !kinds.Contains(PenaltyKind.Fine) || (lowFine > 0 && fine <= lowFine);
    }

    /// <summary>
    /// The last day public, counted from the day of publication (第十四条): <paramref name="lowMonths"/> months when light,
    /// otherwise <paramref name="normalYears"/> years. A restriction that lasts longer (限制开展生产经营活动、限制从业) keeps it
    /// public until the restriction ends — the case records no term for it yet, so the normal period applies.
    /// </summary>
    public static DateOnly PublicUntil(DateOnly publishedOn, IReadOnlyList<PenaltyItem> penalties, decimal lowFine, int lowMonths, int normalYears) =>
        IsLight(penalties, lowFine) ? publishedOn.AddMonths(lowMonths).AddDays(-1) : publishedOn.AddYears(normalYears).AddDays(-1);

    /// <summary>责令停产停业、责令关闭、限制从业、吊销许可证件（含营业执照）: the credit module refuses early repair for these.</summary>
    public static bool IsSevere(IReadOnlyList<PenaltyItem> penalties) =>
        penalties.Any(p => p.Kind is PenaltyKind.Closure or PenaltyKind.SuspendOperations or PenaltyKind.PracticeRestriction or PenaltyKind.RevokeLicence or PenaltyKind.RevokeBusinessLicence);

    /// <summary>The credit module's field for a case field (food, drugs, special equipment and product quality; else general).</summary>
    public static CreditField FieldOf(CaseField field) => field switch
    {
        CaseField.Food => CreditField.Food,
        CaseField.Drug => CreditField.Drug,
        CaseField.SpecialEquipment => CreditField.SpecialEquipment,
        CaseField.ProductQuality => CreditField.ProductQuality,
        _ => CreditField.General,
    };

    /// <summary>"警告；罚款" as the credit module reads penalty kinds.</summary>
    public static string KindsText(IReadOnlyList<PenaltyItem> penalties) =>
        string.Join("；", penalties.Select(p => p.Kind).Distinct().Select(CaseNames.Of));

    /// <summary>The summary published in front of the text (第九条): one "名称：内容" line per item.</summary>
    public static string Summary(Publication p) => string.Join("\n",
        Lines(p).Select(l => $"{l.Label}：{l.Value}"));

    public static IReadOnlyList<(string Label, string Value)> Lines(Publication p) =>
    [
        ("行政处罚决定书文号", p.DecisionNo),
        ("当事人", p.PartyName),
        ("统一社会信用代码", string.IsNullOrEmpty(p.Uscc) ? "—" : p.Uscc),
        ("违法行为类型", p.ViolationType),
        ("行政处罚内容", p.PenaltySummary),
        ("作出行政处罚决定机关", p.Authority),
        ("作出行政处罚决定日期", p.DecidedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
    ];
}
