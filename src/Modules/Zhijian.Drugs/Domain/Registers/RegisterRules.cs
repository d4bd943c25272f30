using Zhijian.Platform.Rules;

namespace Zhijian.Drugs.Domain.Registers;

/// <summary>One purchase as the detection sees it (<see cref="Key"/>: the sale id, or a negative placeholder for a sale being staged).</summary>
internal readonly record struct Purchase(long Key, long PharmacyId, DateOnly On, int Packs);

/// <summary>The thresholds in force (rule settings).</summary>
internal sealed record EphedrineThresholds(int MaxPerPurchase, int Pharmacies, int WindowDays, int Packs)
{
    public static EphedrineThresholds From(IRuleBook rules, DateOnly on) => new(rules.GetInt(EphedrineRules.MaxKey, on),
        rules.GetInt(EphedrineRules.PharmaciesKey, on), rules.GetInt(EphedrineRules.WindowKey, on), rules.GetInt(EphedrineRules.PacksKey, on));
}

/// <summary>What a buyer's window showed: the purchases of every window that reached a threshold.</summary>
internal sealed record EphedrineFinding(DateOnly From, DateOnly To, int Pharmacies, int Packs, IReadOnlyList<long> Keys, bool ByPharmacies, bool ByPacks);

/// <summary>
/// 含麻黄碱类复方制剂 purchase rules: a purchase over the per-purchase limit is a violation of the pharmacy; one buyer buying in
/// ≥ N different pharmacies, or ≥ K packs in total, within W days (calendar days, the first and the last day of the window both
/// counted: day 1 and day 7 are within 7 days, day 1 and day 8 are not) is 疑似异常购买.
/// </summary>
internal static class EphedrineRules
{
    public const string MaxKey = "drugs.ephedrine-max-per-purchase";
    public const string PharmaciesKey = "drugs.ephedrine-suspicious-pharmacies";
    public const string WindowKey = "drugs.ephedrine-window-days";
    public const string PacksKey = "drugs.ephedrine-suspicious-packs";

    public static bool IsOverLimit(int packs, EphedrineThresholds t) => packs > t.MaxPerPurchase;

    /// <summary>
    /// Sliding window over one buyer's purchases (any order): null when no window of <see cref="EphedrineThresholds.WindowDays"/>
    /// days reaches a threshold; otherwise the union of all such windows.
    /// </summary>
    public static EphedrineFinding? Detect(IEnumerable<Purchase> purchases, EphedrineThresholds t)
    {
        var p = purchases.OrderBy(x => x.On).ThenBy(x => x.Key).ToList();
        if (p.Count == 0) return null;
        var perPharmacy = new Dictionary<long, int>();
        var packs = 0;
        var left = 0;
        var hit = new HashSet<int>();
        var (byPharmacies, byPacks, maxPharmacies, maxPacks) = (false, false, 0, 0);
        for (var right = 0; right < p.Count; right++)
        {
            perPharmacy[p[right].PharmacyId] = perPharmacy.GetValueOrDefault(p[right].PharmacyId) + 1;
            packs += p[right].Packs;
            var earliest = p[right].On.AddDays(-(t.WindowDays - 1));
            while (p[left].On < earliest)
            {
                var id = p[left].PharmacyId;
                if (--perPharmacy[id] == 0) perPharmacy.Remove(id);
                packs -= p[left].Packs;
                left++;
            }

            var a = perPharmacy.Count >= t.Pharmacies;
            var b = packs >= t.Packs;
            if (!a && !b) continue;
            byPharmacies |= a;
            byPacks |= b;
            maxPharmacies = Math.Max(maxPharmacies, perPharmacy.Count);
            maxPacks = Math.Max(maxPacks, packs);
            for (var k = left; k <= right; k++) hit.Add(k);
        }

        if (hit.Count == 0) return null;
        var rows = hit.Order().Select(k => p[k]).ToList();
        return new EphedrineFinding(rows[0].On, rows[^1].On, maxPharmacies, maxPacks, [.. rows.Select(r => r.Key)], byPharmacies, byPacks);
    }

    public static string NameOf(WarningStatus s) => s switch
    {
        WarningStatus.Open => "待核查",
        WarningStatus.Cleared => "已排除",
        WarningStatus.Referred => "已移交公安",
        _ => "其他",
    };

    public static string Reason(bool byPharmacies, bool byPacks, int pharmacies, int packs, int days) =>
        string.Join("；", new[]
        {
            byPharmacies ? $"{days} 日内在 {pharmacies} 家药店购买" : null,
            byPacks ? $"{days} 日内累计购买 {packs} 个最小包装" : null,
        }.Where(x => x is not null));
}

/// <summary>
/// 不良反应报告时限 and 信号 rules: the deadline counts calendar days from the day the reporter learnt of the event (0 days: the same
/// day); a report received after it is late. A signal: one product reported by ≥ N different reporters within W days (event dates),
/// or any death.
/// </summary>
internal static class AdverseRules
{
    public const string SignalReportersKey = "drugs.signal-reporters";
    public const string SignalWindowKey = "drugs.signal-window-days";

    public static string DeadlineKey(AdverseKind kind, Seriousness s) => (kind, s) switch
    {
        (AdverseKind.Drug, Seriousness.Death) => "drugs.adr-death-days",
        (AdverseKind.Drug, Seriousness.Serious) => "drugs.adr-serious-days",
        (AdverseKind.Drug, _) => "drugs.adr-general-days",
        (AdverseKind.Device, Seriousness.Death) => "drugs.mdr-death-days",
        (AdverseKind.Device, Seriousness.Serious) => "drugs.mdr-serious-days",
        (AdverseKind.Device, _) => "drugs.mdr-general-days",
        (AdverseKind.Cosmetic, Seriousness.General) => "drugs.cosmetic-general-days",
        _ => "drugs.cosmetic-serious-days", // 化妆品: 严重 and 死亡 alike
    };

    public static DateOnly DueOn(AdverseKind kind, Seriousness s, DateOnly knownOn, IRuleBook rules) =>
        knownOn.AddDays(rules.GetInt(DeadlineKey(kind, s), knownOn));

    public static bool IsLate(DateOnly received, DateOnly due) => received > due;

    /// <summary>Normalised product key: 批准文号/注册证号 without spaces, else name + manufacturer (spaces and brackets removed).</summary>
    public static string ProductKey(string? productNo, string name, string? manufacturer)
    {
        static string N(string? s) => new string((s ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('(' or ')' or '（' or '）' or '·')).ToArray()).ToUpperInvariant();
        var no = N(productNo);
        return no.Length > 0 ? "no:" + no : "nm:" + N(name) + "|" + N(manufacturer);
    }

    /// <summary>The reports (ids) of every window of <paramref name="windowDays"/> days with ≥ <paramref name="reporters"/> distinct reporters; empty when none.</summary>
    public static IReadOnlyList<long> SignalWindow(IEnumerable<(long Id, string Reporter, DateOnly On)> reports, int reporters, int windowDays)
    {
        var p = reports.OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var hit = new HashSet<int>();
        var left = 0;
        for (var right = 0; right < p.Count; right++)
        {
            count[p[right].Reporter] = count.GetValueOrDefault(p[right].Reporter) + 1;
            var earliest = p[right].On.AddDays(-(windowDays - 1));
            while (p[left].On < earliest)
            {
                if (--count[p[left].Reporter] == 0) count.Remove(p[left].Reporter);
                left++;
            }

            if (count.Count < reporters) continue;
            for (var k = left; k <= right; k++) hit.Add(k);
        }

        return [.. hit.Order().Select(k => p[k].Id)];
    }

    public static string NameOf(AdverseKind k) => k switch
    {
        AdverseKind.Drug => "药品不良反应",
        AdverseKind.Device => "医疗器械不良事件",
        AdverseKind.Cosmetic => "化妆品不良反应",
        _ => "其他",
    };

    public static string NameOf(Seriousness s) => s switch
    {
        Seriousness.General => "一般",
        Seriousness.Serious => "严重",
        Seriousness.Death => "死亡",
        _ => "其他",
    };

    public static AdverseKind? ParseKind(string? s) => s?.Trim() switch
    {
        "drug" => AdverseKind.Drug,
        "device" => AdverseKind.Device,
        "cosmetic" => AdverseKind.Cosmetic,
        _ => null,
    };

    public static string CodeOf(AdverseKind k) => k switch { AdverseKind.Device => "device", AdverseKind.Cosmetic => "cosmetic", _ => "drug" };

    public static Seriousness? ParseSeriousness(string? s) => s?.Trim() switch
    {
        "general" => Seriousness.General,
        "serious" => Seriousness.Serious,
        "death" => Seriousness.Death,
        _ => null,
    };

    public static string CodeOf(Seriousness s) => s switch { Seriousness.Serious => "serious", Seriousness.Death => "death", _ => "general" };
}
