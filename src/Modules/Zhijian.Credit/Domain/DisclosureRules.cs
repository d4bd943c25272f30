using Zhijian.Credit.Contracts;

namespace Zhijian.Credit.Domain;

/// <summary>How long a record is public (《市场监督管理行政处罚信息公示规定》, DOMAIN.md §4): pure, no I/O.</summary>
internal static class DisclosureRules
{
    /// <summary>Penalty kinds as the decisions name them.</summary>
    public const string Warning = "警告";

    public const string Reprimand = "通报批评";

    public const string Fine = "罚款";

    /// <summary>
    /// Whether a record of <paramref name="kind"/> is public and until when. Penalties: a warning alone is not
    /// published; public reprimand alone, or a fine not above the province's "low" threshold (0 = not set), for
    /// <paramref name="lowMonths"/> months; otherwise <paramref name="normalYears"/> years. Complaints are not
    /// published through this route (complaint disclosure has its own rules). Other kinds are public with no end.
    /// </summary>
    public static (bool IsPublic, DateOnly? Until) Period(CreditRecordKind kind, DateOnly decidedOn, IReadOnlyList<string> penaltyKinds,
        decimal? amount, decimal lowFine, int lowMonths, int normalYears)
    {
        switch (kind)
        {
            case CreditRecordKind.Complaint:
                return (false, null);
            case CreditRecordKind.Penalty:
                var kinds = penaltyKinds.Where(k => k.Length > 0).ToList();
                if (kinds.Count > 0 && kinds.All(k => k == Warning)) return (false, null);
                var light = kinds.Count > 0 && kinds.All(k => k == Reprimand || (k == Fine && lowFine > 0 && (amount ?? 0) <= lowFine) || k == Warning);
                return (true, light ? decidedOn.AddMonths(lowMonths).AddDays(-1) : decidedOn.AddYears(normalYears).AddDays(-1));
            default:
                return (true, null);
        }
    }

    /// <summary>Splits "警告；罚款" (also 、,，;) into its kinds.</summary>
    public static IReadOnlyList<string> SplitKinds(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(['；', ';', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
