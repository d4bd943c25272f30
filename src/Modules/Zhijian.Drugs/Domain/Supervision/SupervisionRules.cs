using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Drugs.Domain.Supervision;

/// <summary>The area's rules as pure functions: conclusions, the 整改 deadline, risk grades and inspection frequency, coverage, cold chain.</summary>
internal static class SupervisionRules
{
    public const string RectifyKey = "drugs.rectify-days";
    public const string RecheckGraceKey = "drugs.recheck-grace-days";
    public const string Grade2Key = "drugs.risk-grade2-score";
    public const string Grade3Key = "drugs.risk-grade3-score";
    public const string Grade4Key = "drugs.risk-grade4-score";
    public const string KindRetailKey = "drugs.risk-weight-retail";
    public const string KindChainKey = "drugs.risk-weight-chain-store";
    public const string KindDevice3Key = "drugs.risk-weight-device-iii";
    public const string KindDevice2Key = "drugs.risk-weight-device-ii";
    public const string KindOtherKey = "drugs.risk-weight-other";
    public const string FailedItemKey = "drugs.risk-weight-failed-item";
    public const string FailedKeyItemKey = "drugs.risk-weight-failed-key-item";
    public const string RectifyWeightKey = "drugs.risk-weight-rectify";
    public const string CaseWeightKey = "drugs.risk-weight-case";
    public const string NeverInspectedKey = "drugs.risk-weight-never-inspected";
    public const string VaccineMinKey = "drugs.vaccine-temp-min";
    public const string VaccineMaxKey = "drugs.vaccine-temp-max";

    public static string FrequencyKey(int grade) => $"drugs.inspect-months-grade{grade}";

    public static string ConclusionName(InspectionConclusion c) => c switch
    {
        InspectionConclusion.Compliant => "符合",
        InspectionConclusion.Rectify => "限期整改",
        _ => "立案查处",
    };

    public static string ConclusionCode(InspectionConclusion c) => c switch
    {
        InspectionConclusion.Compliant => "compliant",
        InspectionConclusion.Rectify => "rectify",
        _ => "case",
    };

    public static InspectionConclusion? ParseConclusion(string? s) => s switch
    {
        "compliant" or "符合" => InspectionConclusion.Compliant,
        "rectify" or "限期整改" => InspectionConclusion.Rectify,
        "case" or "立案查处" => InspectionConclusion.Case,
        _ => null,
    };

    public static string ResultName(ItemResult r) => r switch
    {
        ItemResult.Pass => "符合",
        ItemResult.Fail => "不符合",
        _ => "不适用",
    };

    public static string ResultCode(ItemResult r) => r switch { ItemResult.Pass => "pass", ItemResult.Fail => "fail", _ => "na" };

    public static ItemResult? ParseResult(string? s) => s switch
    {
        "pass" or "符合" => ItemResult.Pass,
        "fail" or "不符合" => ItemResult.Fail,
        "na" or "不适用" => ItemResult.NotApplicable,
        _ => null,
    };

    public static string RectifyName(RectifyState s) => s switch
    {
        RectifyState.None => "无须整改",
        RectifyState.Pending => "整改中，待复查",
        RectifyState.Passed => "复查合格",
        RectifyState.Failed => "复查不合格，已移送",
        _ => "逾期未复查，已移送",
    };

    public static string GradeName(int grade) => grade switch
    {
        1 => "一级（低风险）",
        2 => "二级（较低风险）",
        3 => "三级（较高风险）",
        _ => "四级（高风险）",
    };

    /// <summary>
    /// Whether a conclusion fits the items: 符合 only without any 不符合 item; 限期整改 and 立案查处 need at least one 不符合 item;
    /// a ★ key item 不符合 rules out 符合. Null when it fits, else the Chinese reason.
    /// </summary>
    public static string? CheckConclusion(InspectionConclusion conclusion, int failed, int failedKey) => conclusion switch
    {
        InspectionConclusion.Compliant when failedKey > 0 => $"有 {failedKey} 项关键项目（★）不符合，结论不能为“符合”，应限期整改或立案查处",
        InspectionConclusion.Compliant when failed > 0 => $"有 {failed} 项不符合，结论不能为“符合”，应限期整改或立案查处",
        InspectionConclusion.Rectify or InspectionConclusion.Case when failed == 0 => $"没有不符合的项目，结论不能为“{ConclusionName(conclusion)}”",
        _ => null,
    };

    /// <summary>The conclusion the items suggest (the form's default): none failed → 符合; else 限期整改.</summary>
    public static InspectionConclusion Suggest(int failed) => failed == 0 ? InspectionConclusion.Compliant : InspectionConclusion.Rectify;

    /// <summary>整改期限: <c>drugs.rectify-days</c> from the inspection (calendar days, an end on a day off moves to the next working day).</summary>
    public static DateOnly RectifyDue(DateOnly inspectedOn, IRuleBook rules, IWorkingCalendar calendar) =>
        calendar.Deadline(inspectedOn, rules.GetPeriod(RectifyKey, inspectedOn));

    /// <summary>A re-check is overdue after the 整改 deadline plus <c>drugs.recheck-grace-days</c> working days.</summary>
    public static DateOnly RecheckDue(DateOnly rectifyDue, IRuleBook rules, IWorkingCalendar calendar) =>
        calendar.Deadline(rectifyDue, rules.GetPeriod(RecheckGraceKey, rectifyDue));

    /// <summary>One inspection's weight in the risk score (only those in the last 12 months count).</summary>
    internal sealed record Finding(DateOnly On, int Failed, int FailedKey, InspectionConclusion Conclusion, RectifyState Rectify);

    /// <summary>
    /// 风险分值: the kind's base weight + per 不符合 item and per ★ item in the last 12 months + 限期整改 and 立案查处 (a failed or
    /// overdue re-check counts as 立案查处) + never inspected. Grade by thresholds (二级 ≥ t2, 三级 ≥ t3, 四级 ≥ t4).
    /// </summary>
    public static (int Grade, int Score, string Reasons) Grade(DrugBusinessKind kind, IEnumerable<Finding> findings, DateOnly today, IRuleBook rules)
    {
        var reasons = new List<string>();
        var baseKey = kind switch
        {
            DrugBusinessKind.RetailPharmacy => KindRetailKey,
            DrugBusinessKind.ChainStore => KindChainKey,
            DrugBusinessKind.DeviceClassIII => KindDevice3Key,
            DrugBusinessKind.DeviceClassII => KindDevice2Key,
            _ => KindOtherKey,
        };
        var score = rules.GetInt(baseKey, today);
        reasons.Add($"{DrugBusinessNames.Of(kind)} {score} 分");
        var recent = findings.Where(f => f.On > today.AddMonths(-12) && f.On <= today).ToList();
        if (recent.Count == 0)
        {
            var n = rules.GetInt(NeverInspectedKey, today);
            score += n;
            reasons.Add($"近12个月未检查 +{n}");
        }

        var failed = recent.Sum(f => f.Failed - f.FailedKey);
        var key = recent.Sum(f => f.FailedKey);
        if (failed > 0)
        {
            score += failed * rules.GetInt(FailedItemKey, today);
            reasons.Add($"一般项目不符合 {failed} 项 +{failed * rules.GetInt(FailedItemKey, today)}");
        }

        if (key > 0)
        {
            score += key * rules.GetInt(FailedKeyItemKey, today);
            reasons.Add($"关键项目不符合 {key} 项 +{key * rules.GetInt(FailedKeyItemKey, today)}");
        }

        var cases = recent.Count(f => f.Conclusion == InspectionConclusion.Case || f.Rectify is RectifyState.Failed or RectifyState.Overdue);
        var rectify = recent.Count(f => f.Conclusion == InspectionConclusion.Rectify) - recent.Count(f => f.Conclusion == InspectionConclusion.Rectify
            && f.Rectify is RectifyState.Failed or RectifyState.Overdue);
        if (rectify > 0)
        {
            score += rectify * rules.GetInt(RectifyWeightKey, today);
            reasons.Add($"限期整改 {rectify} 次 +{rectify * rules.GetInt(RectifyWeightKey, today)}");
        }

        if (cases > 0)
        {
            score += cases * rules.GetInt(CaseWeightKey, today);
            reasons.Add($"立案查处或复查不合格 {cases} 次 +{cases * rules.GetInt(CaseWeightKey, today)}");
        }

        var grade = score >= rules.GetInt(Grade4Key, today) ? 4 : score >= rules.GetInt(Grade3Key, today) ? 3 : score >= rules.GetInt(Grade2Key, today) ? 2 : 1;
        return (grade, score, string.Join("；", reasons));
    }

    /// <summary>Next inspection due: the last one + the grade's interval (months); never inspected → due today.</summary>
    public static DateOnly NextDue(int grade, DateOnly? lastInspectedOn, DateOnly today, IRuleBook rules) =>
        lastInspectedOn is { } last ? last.AddMonths(rules.GetInt(FrequencyKey(grade), today)) : today;

    /// <summary>零售药店网格化监管覆盖率 = pharmacies in a grid with a responsible officer / active pharmacies (null without pharmacies).</summary>
    public static decimal? Coverage(int gridded, int active) => active == 0 ? null : Math.Round(100m * gridded / active, 1);

    /// <summary>Whether a vaccine check passes: temperatures within [min, max], records complete, codes scanned, no expired doses.</summary>
    public static IReadOnlyList<string> VaccineFindings(decimal minRead, decimal maxRead, bool recordsComplete, bool traceScanned, int expired, DateOnly on,
        IRuleBook rules)
    {
        var (lo, hi) = (rules.GetDecimal(VaccineMinKey, on), rules.GetDecimal(VaccineMaxKey, on));
        var list = new List<string>();
        if (minRead < lo || maxRead > hi) list.Add($"冷藏温度 {minRead:0.#}–{maxRead:0.#} ℃ 超出 {lo:0.#}–{hi:0.#} ℃");
        if (!recordsComplete) list.Add("温度监测记录不完整");
        if (!traceScanned) list.Add("疫苗追溯码未按规定扫码");
        if (expired > 0) list.Add($"发现过期疫苗 {expired} 剂");
        return list;
    }
}
