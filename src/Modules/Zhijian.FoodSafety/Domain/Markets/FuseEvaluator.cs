namespace Zhijian.FoodSafety.Domain.Markets;

/// <summary>A counted failure as the evaluation sees it.</summary>
internal sealed record FailureFact(long Id, string BatchKey, DateTimeOffset At, bool RapidOnly);

/// <summary>The rule version applied.</summary>
internal sealed record FuseRuleVersion(long Id, int Version, FuseBasis Basis, int Threshold, int WindowDays, int SuspensionDays, bool CountRapid);

/// <summary>A trigger: the failures (one per distinct batch, oldest first) and the suspension's period.</summary>
internal sealed record FuseDecision(IReadOnlyList<FailureFact> Failures, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// 熔断 evaluation, pure. At trigger time T (the newest failure's time) the failures of one subject count when
/// <c>T − WindowDays·24h ≤ at ≤ T</c> (the window's lower edge is inclusive), when they came after the subject's last
/// suspension closed (lift or end; <c>countAfter</c>, exclusive), and — for rapid-only failures — when the rule
/// counts rapid positives. Failures are <b>batches</b>: one batch counts once however many failures it has (a rapid positive and
/// its lab confirmation). The Nth distinct batch triggers a suspension from T for SuspensionDays days, unless one is active.
/// </summary>
internal static class FuseEvaluator
{
    public static FuseDecision? Evaluate(FuseRuleVersion rule, IEnumerable<FailureFact> failures, DateTimeOffset trigger, DateTimeOffset? countAfter, bool activeSuspension)
    {
        if (activeSuspension || rule.Threshold < 1) return null;
        var from = trigger.AddDays(-rule.WindowDays);
        var counted = failures
            .Where(f => f.At >= from && f.At <= trigger && (countAfter is null || f.At > countAfter) && (rule.CountRapid || !f.RapidOnly))
            .GroupBy(f => f.BatchKey, StringComparer.Ordinal)
            .Select(g => g.OrderBy(f => f.At).ThenBy(f => f.Id).First())
            .OrderBy(f => f.At).ThenBy(f => f.Id)
            .ToList();
        return counted.Count >= rule.Threshold ? new FuseDecision(counted, trigger, trigger.AddDays(rule.SuspensionDays)) : null;
    }

    /// <summary>The subject key of a failure under a basis (null: the failure names no such subject and cannot count).</summary>
    public static string? SubjectKey(FuseBasis basis, string? supplierKey, string? origin, string productName) => basis switch
    {
        FuseBasis.Supplier => Norm(supplierKey),
        FuseBasis.Origin => Norm(origin),
        FuseBasis.Product => string.IsNullOrWhiteSpace(productName) ? null : productName.Trim(),
        _ => null,
    };

    public static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();

    public static string NameOf(FuseBasis b) => b switch
    {
        FuseBasis.Supplier => "同一供货者",
        FuseBasis.Origin => "同一产地",
        FuseBasis.Product => "同一产品",
        _ => "?",
    };
}

/// <summary>The 4-hour objection window of 食品安全法 第八十八条第二款 (hours from the rule book).</summary>
internal static class ObjectionWindow
{
    public static DateTimeOffset Closes(DateTimeOffset delivered, int hours) => delivered.AddHours(hours);

    /// <summary>An objection at <paramref name="at"/> is in time when at ≤ delivered + hours.</summary>
    public static bool IsOpen(DateTimeOffset delivered, int hours, DateTimeOffset at) => at <= Closes(delivered, hours);
}

/// <summary>Chinese names of the 快检 enums.</summary>
internal static class RapidNames
{
    public static string Of(RapidStatus s) => s switch
    {
        RapidStatus.Negative => "阴性",
        RapidStatus.Stopped => "阳性·停售控制",
        RapidStatus.Objected => "已提出异议·待复检",
        RapidStatus.LabPending => "实验室确认中",
        RapidStatus.Final => "阳性（异议期满）",
        RapidStatus.Confirmed => "确认阳性",
        RapidStatus.Cleared => "复检阴性（解除停售）",
        _ => "?",
    };

    public static string Of(TestPointKind k) => k switch
    {
        TestPointKind.FarmersMarket => "农贸市场",
        TestPointKind.Supermarket => "商超",
        TestPointKind.Canteen => "食堂",
        _ => "?",
    };

    /// <summary>Masks a stall operator who may be a person: 张三丰 → 张**; a company name (≥ 6 characters with 公司/店/行) is kept.</summary>
    public static string Mask(string name)
    {
        var n = name.Trim();
        if (n.Length == 0) return "";
        if (n.Length >= 6 && (n.Contains("公司", StringComparison.Ordinal) || n.EndsWith('店') || n.EndsWith('行') || n.Contains("合作社", StringComparison.Ordinal))) return n;
        return n[0] + new string('*', Math.Max(1, n.Length - 1));
    }
}
