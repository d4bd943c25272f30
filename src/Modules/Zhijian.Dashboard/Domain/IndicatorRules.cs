using System.Globalization;

namespace Zhijian.Dashboard.Domain;

/// <summary>The pure rules of plan monitoring: periods and windows, status against target, progress, plausibility, names.</summary>
internal static class IndicatorRules
{
    /// <summary>Units a plan may use (every unit the five seeds use, plus the usual ones).</summary>
    public static readonly IReadOnlySet<string> Units = new HashSet<string>(StringComparer.Ordinal)
    {
        "%", "个", "家", "户", "件", "项", "起", "天", "工作日", "小时", "万户", "份", "万元", "亿元", "元", "批次", "户次", "件/万人",
        "亩", "万平方米", "位", "名", "人", "万人", "等级", "批次/千人", "张", "人次/年", "条", "次/3年", "份/千人·年", "个环节", "宗",
        "台(套)次", "处", "户/千人", "批次/年", "件/万户", "分", "人/万台", "人/万台(表内未标单位)", "项/年", "种", "证", "类", "次", "台",
    };

    public static bool IsPercent(string unit) => unit == "%";

    /// <summary>Parses a comparator as plans and import files write it.</summary>
    public static Comparator? ParseComparator(string? text) => text?.Trim() switch
    {
        "=" or "＝" or "达到" or "" => Comparator.Equal,
        "≥" or ">=" or "不低于" => Comparator.AtLeast,
        "≤" or "<=" or "不高于" or "不超过" => Comparator.AtMost,
        ">" or "＞" or "高于" => Comparator.Above,
        "<" or "＜" or "低于" => Comparator.Below,
        "≈" or "约" => Comparator.About,
        _ => null,
    };

    public static string Symbol(Comparator c) => c switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.Above => ">",
        Comparator.Below => "<",
        Comparator.About => "≈",
        _ => "=",
    };

    /// <summary>越低越好 for ≤ / &lt; targets and for "= 0" targets (accidents, deaths); otherwise 越高越好.</summary>
    public static Direction DefaultDirection(Comparator c, decimal? target) =>
        c is Comparator.AtMost or Comparator.Below || target == 0 ? Direction.Lower : Direction.Higher;

    public static ConstraintType ParseConstraint(string? text) => text?.Trim() switch
    {
        "约束性" => ConstraintType.Binding,
        "预期性" => ConstraintType.Expected,
        _ => ConstraintType.None,
    };

    public static Accumulation? ParseAccumulation(string? text) => text?.Trim() switch
    {
        "时点" or "时点值" or "期末" => Accumulation.PointInTime,
        "年度累计" or "年累计" or "" or null => Accumulation.YearToDate,
        "当月" or "月度" => Accumulation.Month,
        "规划期累计" or "累计" => Accumulation.PlanToDate,
        _ => null,
    };

    public static string Name(Accumulation a) => a switch
    {
        Accumulation.PointInTime => "时点",
        Accumulation.Month => "当月",
        Accumulation.PlanToDate => "规划期累计",
        _ => "年度累计",
    };

    public static string Name(ConstraintType c) => c switch
    {
        ConstraintType.Binding => "约束性",
        ConstraintType.Expected => "预期性",
        _ => "—",
    };

    public static string Name(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => "达标",
        IndicatorStatus.Warning => "预警",
        IndicatorStatus.NotMet => "未达标",
        IndicatorStatus.NoTarget => "仅监测",
        _ => "无数据",
    };

    public static string Code(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.Warning => "warning",
        IndicatorStatus.NotMet => "not-met",
        IndicatorStatus.NoTarget => "no-target",
        _ => "no-data",
    };

    public static string Name(ManualStatus s) => s switch
    {
        ManualStatus.Approved => "已审核",
        ManualStatus.Rejected => "已退回",
        _ => "待审核",
    };

    /// <summary>Parses a period "yyyy-MM" (2020-01 … 2099-12).</summary>
    public static bool TryParsePeriod(string? text, out DateOnly monthStart)
    {
        monthStart = default;
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        if (d.Year is < 2000 or > 2099) return false;
        monthStart = d;
        return true;
    }

    public static string Period(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The window a period's value covers: [from, to] where to is the month's last day (or <paramref name="today"/> for
    /// the running month) and from depends on the accumulation.
    /// </summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly monthStart, Accumulation a, int planStartYear, DateOnly today)
    {
        var end = monthStart.AddMonths(1).AddDays(-1);
        if (end > today && monthStart <= today) end = today;
        var from = a switch
        {
            Accumulation.Month => monthStart,
            Accumulation.PlanToDate => new DateOnly(Math.Min(planStartYear, monthStart.Year), 1, 1),
            Accumulation.PointInTime => end,
            _ => new DateOnly(monthStart.Year, 1, 1),
        };
        return (from, end);
    }

    /// <summary>
    /// 达标 when the value satisfies the target; 预警 when it misses by no more than the margin (in the indicator's unit);
    /// 未达标 otherwise; 无数据 without a value; 仅监测 with a value but no target. "=" targets are read by direction: reaching the target
    /// (at least for 越高越好, at most for 越低越好) meets it; ≈ within the margin meets it.
    /// </summary>
    public static IndicatorStatus Status(decimal? value, decimal? target, Comparator comparator, Direction direction, decimal margin)
    {
        if (value is not { } v) return IndicatorStatus.NoData;
        if (target is not { } t) return IndicatorStatus.NoTarget;
        if (comparator == Comparator.About)
        {
            var tolerance = margin > 0 ? margin : Math.Abs(t) * 0.05m;
            return Math.Abs(v - t) <= tolerance ? IndicatorStatus.Met : IndicatorStatus.NotMet;
        }

        var met = comparator switch
        {
            Comparator.AtLeast => v >= t,
            Comparator.AtMost => v <= t,
            Comparator.Above => v > t,
            Comparator.Below => v < t,
            _ => direction == Direction.Higher ? v >= t : v <= t,
        };
        if (met) return IndicatorStatus.Met;
        var shortfall = direction == Direction.Higher || comparator is Comparator.AtLeast or Comparator.Above ? t - v : v - t;
        return shortfall <= margin ? IndicatorStatus.Warning : IndicatorStatus.NotMet;
    }

    /// <summary>The default 预警 margin: 2 percentage points for rates, 10 % of the target otherwise (0 for "= 0" targets).</summary>
    public static decimal DefaultMargin(string unit, decimal? target) =>
        IsPercent(unit) ? 2m : target is { } t ? Math.Round(Math.Abs(t) * 0.1m, 4) : 0m;

    /// <summary>目标进度: (actual − base) ÷ (target − base), as a percentage; null without a base or when base = target.</summary>
    public static decimal? Progress(decimal? actual, decimal? baseValue, decimal? target)
    {
        if (actual is not { } a || baseValue is not { } b || target is not { } t || t == b) return null;
        return Math.Round((a - b) / (t - b) * 100m, 1);
    }

    /// <summary>Why a value is implausible for its unit, or null: rates are 0–100 %, counts and times are not negative.</summary>
    public static string? Implausible(decimal value, string unit)
    {
        if (IsPercent(unit) && value is < 0 or > 100) return $"数值 {value.ToString(CultureInfo.InvariantCulture)}% 超出合理范围：百分比应在 0 到 100 之间";
        if (value < 0) return $"数值 {value.ToString(CultureInfo.InvariantCulture)} 不合理：{unit}不能为负数";
        return null;
    }

    /// <summary>A value as shown: "—" without one; rates with one or two decimals.</summary>
    public static string Show(decimal? value, string unit)
    {
        if (value is not { } v) return "—";
        var text = Math.Abs(v) >= 1000 ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);
        return unit == "%" ? text + "%" : text;
    }

    /// <summary>Parses a number as the plans write it ("≤3", "99.80", "-", "完成"): null when there is none.</summary>
    public static decimal? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().TrimStart('≤', '≥', '<', '>', '约', '≈').Replace(",", "", StringComparison.Ordinal).TrimEnd('%');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
