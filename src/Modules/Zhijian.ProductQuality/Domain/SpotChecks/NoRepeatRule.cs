using System.Globalization;
using System.Text;

namespace Zhijian.ProductQuality.Domain.SpotChecks;

/// <summary>抽查层级: the level of the checking bureau (a smaller number is a higher level).</summary>
internal enum PlanLevel
{
    /// <summary>国家</summary>
    National = 1,

    /// <summary>省</summary>
    Provincial = 2,

    /// <summary>市</summary>
    City = 3,

    /// <summary>县</summary>
    County = 4,
}

/// <summary>
/// “同一产品” of Order 18: the same producer (USCC, or the name for an unregistered producer), standard, brand and model,
/// each trimmed, full-width folded to half-width, inner whitespace removed and compared case-insensitively.
/// </summary>
internal static class ProductKey
{
    public static string Of(string producer, string? standard, string? brand, string? model) =>
        string.Join("|", Normalise(producer), Normalise(standard), Normalise(brand), Normalise(model));

    /// <summary>Trimmed, full-width ASCII (U+FF01–U+FF5E) and the ideographic space folded to half-width, whitespace removed, upper case.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' => ' ',
                _ => ch,
            };
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}

/// <summary>An earlier check of the same product (or, at the draw, of the same producer and category).</summary>
internal sealed record PriorCheck(string SampleNumber, DateOnly CheckedOn, int? OrgUnitId, PlanLevel Level, DateOnly? PlanFrom, DateOnly? PlanTo);

/// <summary>The new check as the rule sees it.</summary>
internal sealed record NewCheck(DateOnly On, int? OrgUnitId, PlanLevel Level, bool Emergency, bool FollowUp, bool FailedProductOpen);

/// <summary>What the rule decided: null <see cref="Blocking"/> = allowed; <see cref="HigherLevel"/> says which branch refused it.</summary>
internal sealed record RepeatVerdict(PriorCheck? Blocking, bool HigherLevel, bool Exempt)
{
    public bool Allowed => Blocking is null;
}

/// <summary>
/// 六个月内不重复抽查 (Order 18; 产品质量法 第15条), pure. (1) The same bureau does not check the same product again while the
/// new date is before the earlier date plus <c>pq.no-repeat-months</c> months (DateOnly.AddMonths: a check on 2026-08-31
/// blocks until 2027-02-27 and allows 2027-02-28 — the month end clamps). (2) A lower level does not re-check what a higher
/// level checked while the new date falls in the higher plan's period (from–to), or — the period unknown — within the
/// same months. Exempt: 应急抽查, 跟踪抽查 (the plan's flag) and a product with an open 后处理 (a failed product).
/// </summary>
internal static class NoRepeatRule
{
    public static RepeatVerdict Decide(NewCheck check, IEnumerable<PriorCheck> priors, int months)
    {
        if (check.Emergency || check.FollowUp || check.FailedProductOpen) return new(null, false, true);
        foreach (var p in priors.OrderByDescending(p => p.CheckedOn))
        {
            if (p.CheckedOn > check.On) continue;
            var withinMonths = check.On < p.CheckedOn.AddMonths(months);
            if (p.OrgUnitId is { } u && u == check.OrgUnitId && withinMonths) return new(p, false, false);
            if (p.Level < check.Level)
            {
                var inPeriod = p.PlanFrom is { } from && p.PlanTo is { } to ? check.On >= from && check.On <= to : withinMonths;
                if (inPeriod) return new(p, true, false);
            }
        }

        return new(null, false, false);
    }

    /// <summary>The first day the same bureau may check the product again.</summary>
    public static DateOnly AllowedFrom(DateOnly checkedOn, int months) => checkedOn.AddMonths(months);

    public static string LevelName(PlanLevel l) => l switch
    {
        PlanLevel.National => "国家",
        PlanLevel.Provincial => "省",
        PlanLevel.City => "市",
        _ => "县",
    };

    public static bool TryLevel(string? text, out PlanLevel level)
    {
        level = text?.Trim() switch
        {
            "国家" or "国家级" => PlanLevel.National,
            "省" or "省级" => PlanLevel.Provincial,
            "市" or "市级" => PlanLevel.City,
            "县" or "县级" or "区县" => PlanLevel.County,
            _ => 0,
        };
        return level != 0;
    }

    public static string Describe(RepeatVerdict v, int months) => v.Blocking is not { } p ? "" : v.HigherLevel
        ? $"该产品已由{LevelName(p.Level)}级监督抽查（抽样单 {p.SampleNumber}，{p.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}），下级不得在其计划期内重复抽查"
        : $"本单位已于 {p.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 抽查同一产品（抽样单 {p.SampleNumber}），{months} 个月内不得重复抽查（{AllowedFrom(p.CheckedOn, months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 起可再次抽查）";
}
