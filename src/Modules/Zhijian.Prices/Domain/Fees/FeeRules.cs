namespace Zhijian.Prices.Domain.Fees;

/// <summary>
/// The words of 涉企收费 (charger kinds, case sources, statuses, violation kinds) and its pure rules: a case's state on a day (a refund
/// ordered and not made in full by its deadline is 逾期未清退) and whether a refund may be recorded.
/// </summary>
internal static class FeeRules
{
    public static readonly IReadOnlyDictionary<ChargerKind, string> ChargerKindNames = new Dictionary<ChargerKind, string>
    {
        [ChargerKind.Department] = "政府部门",
        [ChargerKind.Association] = "行业协会商会",
        [ChargerKind.Utility] = "公用事业",
        [ChargerKind.Intermediary] = "中介服务机构",
        [ChargerKind.Bank] = "金融机构",
    };

    public static readonly IReadOnlyDictionary<FeeCaseSource, string> SourceNames = new Dictionary<FeeCaseSource, string>
    {
        [FeeCaseSource.Complaint] = "投诉举报",
        [FeeCaseSource.Check] = "监督检查",
    };

    public static readonly IReadOnlyDictionary<FeeCaseStatus, string> StatusNames = new Dictionary<FeeCaseStatus, string>
    {
        [FeeCaseStatus.Open] = "核查中",
        [FeeCaseStatus.NoViolation] = "未发现违规",
        [FeeCaseStatus.RefundOrdered] = "责令清退中",
        [FeeCaseStatus.Refunded] = "已清退",
    };

    /// <summary>违规类型 (the fixed list a violation is classed by).</summary>
    public static readonly IReadOnlyList<string> ViolationKinds = ["无依据收费", "超标准收费", "超范围收费", "强制服务并收费", "重复收费", "其他"];

    /// <summary>A case still being checked this many days after it was opened shows on the to-do list.</summary>
    public const int OpenCaseDays = 30;

    public static string NameOf(ChargerKind k) => ChargerKindNames.GetValueOrDefault(k, "");

    public static string NameOf(FeeCaseSource s) => SourceNames.GetValueOrDefault(s, "");

    public static ChargerKind? ParseChargerKind(string? text) =>
        ChargerKindNames.FirstOrDefault(p => p.Value == text?.Trim()) is { Value: not null } p ? p.Key : null;

    public static FeeCaseSource? ParseSource(string? text) =>
        SourceNames.FirstOrDefault(p => p.Value == text?.Trim()) is { Value: not null } p ? p.Key : null;

    public static FeeCaseStatus? ParseStatus(string? text) =>
        StatusNames.FirstOrDefault(p => p.Value == text?.Trim()) is { Value: not null } p ? p.Key : null;

    /// <summary>A refund ordered, not made in full, and its deadline before <paramref name="today"/>.</summary>
    public static bool IsOverdue(FeeCaseStatus status, DateOnly? refundDue, DateOnly today) =>
        status == FeeCaseStatus.RefundOrdered && refundDue is { } due && due < today;

    /// <summary>The state shown for a case: its status, or 逾期未清退 when the refund is overdue.</summary>
    public static string State(FeeCaseStatus status, DateOnly? refundDue, DateOnly today) =>
        IsOverdue(status, refundDue, today) ? "逾期未清退" : StatusNames.GetValueOrDefault(status, "");

    /// <summary>
    /// Why a refund of <paramref name="amount"/> cannot be recorded against <paramref name="ordered"/> with <paramref name="made"/> already
    /// refunded (null when it can): only while a refund is ordered, more than zero, and not beyond what remains.
    /// </summary>
    public static string? RefundRefusal(FeeCaseStatus status, decimal ordered, decimal made, decimal amount)
    {
        if (status == FeeCaseStatus.Refunded) return "该案已全额清退";
        if (status != FeeCaseStatus.RefundOrdered) return "该案未责令清退，不能登记清退";
        if (amount <= 0m) return "清退金额应大于 0";
        if (decimal.Round(amount, 2) != amount) return "清退金额最多保留两位小数";
        var remaining = ordered - made;
        return amount > remaining ? $"清退金额超过尚未清退的 {Money(remaining)} 元" : null;
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture);
}
