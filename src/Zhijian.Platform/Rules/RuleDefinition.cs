using System.Globalization;
using Zhijian.Platform.Calendar;

namespace Zhijian.Platform.Rules;

/// <summary>The kind of value a rule holds; decides parsing, validation and display.</summary>
public enum RuleKind
{
    /// <summary>期限: "7WD" (工作日) or "60CD" (自然日).</summary>
    Period,

    /// <summary>整数 with a unit (月, 年, 日, 分钟, 人, 批次).</summary>
    Count,

    /// <summary>金额, yuan.</summary>
    Money,

    /// <summary>比例, 0–1 stored, shown as a percentage.</summary>
    Ratio,

    /// <summary>月-日, e.g. "06-30".</summary>
    MonthDay,

    /// <summary>年份序列: ascending whole years (1–100) separated by commas, e.g. "1,4,7,9,11,13,15" (电梯定期检验年份).</summary>
    YearList,

    /// <summary>数值: a decimal not below 0 with a unit (猪粮比 6 “:1”, 涨幅 30 “%”).</summary>
    Number,
}

/// <summary>Confidence of the legal number (DOMAIN.md): S seen in the source, Q quoted, C configurable/varies.</summary>
public enum RuleConfidence
{
    S,
    Q,
    C,
}

/// <summary>
/// 规则层级: who sets the number. 全国 — a national law or order (changed when the law changes); 省级 — set by each
/// province; 本地 — a bureau's own working threshold. Every value applies to the whole deployment, so whatever the
/// level only administrators of the top unit change it (see <see cref="Identity.OrgHierarchy"/>).
/// </summary>
public enum RuleLevel
{
    /// <summary>全国</summary>
    National,

    /// <summary>省级</summary>
    Province,

    /// <summary>本地</summary>
    Local,
}

/// <summary>A shipped default of a rule, in force from a date.</summary>
public sealed record RuleDefault(DateOnly From, string Value, string Source);

/// <summary>A rule setting's definition: what it means, its kind and unit, and its shipped defaults.</summary>
public sealed record RuleDefinition(
    string Key, string Area, string Name, RuleKind Kind, string Unit, RuleConfidence Confidence,
    IReadOnlyList<RuleDefault> Defaults)
{
    /// <summary>
    /// Who sets it: a number seen or quoted in a national source (S, Q) is 全国; a configurable one (C) is 省级 when its
    /// source says provinces set it, otherwise 本地.
    /// </summary>
    public RuleLevel Level => Confidence != RuleConfidence.C ? RuleLevel.National
        : Defaults.Any(d => d.Source.Contains('省', StringComparison.Ordinal)) ? RuleLevel.Province : RuleLevel.Local;

    public static string LevelName(RuleLevel level) => level switch
    {
        RuleLevel.National => "全国",
        RuleLevel.Province => "省级",
        _ => "本地",
    };

    /// <summary>Checks a raw value against the kind; returns a Chinese message or null.</summary>
    public string? Validate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "取值不能为空";
        raw = raw.Trim();
        return Kind switch
        {
            RuleKind.Period => Period.TryParse(raw, out var p) && p.Count > 0 && p.Count <= 3650
                ? null : "期限格式应为“数字+WD”（工作日）或“数字+CD”（自然日），如 7WD、60CD，且在 1–3650 之间",
            RuleKind.Count => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0
                ? null : "应为不小于 0 的整数",
            RuleKind.Money => decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) && m >= 0
                ? null : "金额应为不小于 0 的数字（单位：元）",
            RuleKind.Ratio => decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) && r >= 0 && r <= 1
                ? null : "比例应为 0 到 1 之间的小数（如 0.05 表示 5%）",
            RuleKind.MonthDay => DateOnly.TryParseExact("2024-" + raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : "应为“月-日”格式，如 06-30",
            RuleKind.YearList => IsYearList(raw) ? null : "应为以英文逗号分隔、从小到大排列的年份序号（1–100），如 1,4,7,9,11,13,15",
            RuleKind.Number => decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? null : "应为不小于 0 的数字，如 6 或 5.5",
            _ => "未知的规则类型",
        };
    }

    private static bool IsYearList(string raw)
    {
        var last = 0;
        foreach (var part in raw.Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y <= last || y > 100) return false;
            last = y;
        }

        return true;
    }

    /// <summary>Human display: "7个工作日", "60日", "100,000 元", "5%".</summary>
    public string Display(string raw) => Kind switch
    {
        RuleKind.Period when Period.TryParse(raw, out var p) => p.ToChinese(),
        RuleKind.Money when decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) =>
            m.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元",
        RuleKind.Ratio when decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var r) =>
            (r * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        RuleKind.Count => raw + " " + Unit,
        RuleKind.YearList => "第 " + raw.Replace(",", "、", StringComparison.Ordinal) + " 年",
        RuleKind.Number => raw + (Unit.Length == 0 || Unit.StartsWith(':') || Unit == "%" ? Unit : " " + Unit),
        _ => raw,
    };
}
