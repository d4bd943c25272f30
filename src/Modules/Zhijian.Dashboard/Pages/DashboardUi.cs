using System.Globalization;
using System.Text;
using MudBlazor;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;

namespace Zhijian.Dashboard.Pages;

/// <summary>Shared bits of the supervision-centre pages: status colours, sparklines, period lists.</summary>
internal static class DashboardUi
{
    public static Color StatusColor(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => Color.Success,
        IndicatorStatus.Warning => Color.Warning,
        IndicatorStatus.NotMet => Color.Error,
        IndicatorStatus.NoTarget => Color.Info,
        _ => Color.Default,
    };

    public static string StatusHex(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => "#2e7d32",
        IndicatorStatus.Warning => "#ed6c02",
        IndicatorStatus.NotMet => "#d32f2f",
        IndicatorStatus.NoTarget => "#1565c0",
        _ => "#9e9e9e",
    };

    /// <summary>The last 24 months, newest first (period pickers).</summary>
    public static IReadOnlyList<string> Periods(DateOnly today) =>
        [.. Enumerable.Range(0, 24).Select(i => IndicatorRules.Period(new DateOnly(today.Year, today.Month, 1).AddMonths(-i)))];

    /// <summary>A 120×28 SVG polyline of the stored months (gaps for months without a value).</summary>
    public static string Sparkline(IReadOnlyList<(string Period, decimal? Value)>? points)
    {
        if (points is null) return "";
        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (values.Count < 2) return "";
        var min = values.Min();
        var max = values.Max();
        var span = max == min ? 1 : max - min;
        var sb = new StringBuilder("<svg width=\"120\" height=\"28\" viewBox=\"0 0 120 28\" role=\"img\" aria-label=\"近12个月趋势\"><polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.5\" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not { } v) continue;
            var x = points.Count == 1 ? 0 : i * 118m / (points.Count - 1) + 1;
            var y = 26 - (v - min) / span * 24;
            sb.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        return sb.Append("\"/></svg>").ToString();
    }

    public static string Pct(decimal? p) => p is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>
    /// A value as a chart label, with its unit: "63.3 户/千人", "97.5%", "1,234 户"; "无数据" without one. One decimal
    /// from 10 up, two below (0.03 人/万台), none from 1,000 up — a chart tile has no room for 63.3333.
    /// </summary>
    public static string ChartLabel(decimal? value, string unit)
    {
        if (value is not { } v) return "无数据";
        var a = Math.Abs(v);
        var text = v.ToString(a >= 1000 ? "#,0" : a >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);
        return unit == "%" ? text + "%" : $"{text} {unit}";
    }

    /// <summary>
    /// Why a breakdown has nothing to draw (a county has no lower divisions; or none of them has a value), or null
    /// when it can be drawn.
    /// </summary>
    public static string? NoBreakdown(string divisionName, IndicatorRow? row)
    {
        if (row is null) return $"{divisionName}本期没有指标。";
        if (row.Children.Count == 0)
            return $"{divisionName}没有下级行政区划，不作分区比较；本辖区的数值见上方指标表。";
        if (row.Children.All(c => c.Value is null))
            return $"“{row.Indicator.Name}”在{divisionName}的各下级区划本期都没有数据（{(row.Indicator.Computed ? "业务记录中没有可计算的件数" : "尚未填报或审核")}）。";
        return null;
    }

    /// <summary>
    /// On a demo instance: the registry is a generated sample while the population is the census figure, so the
    /// per-resident indicators are far below a real bureau's. Says so with the sample's size (null when no shown
    /// indicator is per resident).
    /// </summary>
    public static string? DemoSampleNote(bool demo, PlanView view)
    {
        if (!demo) return null;
        var perCapita = view.Rows.FirstOrDefault(r => r.Value is not null && r.Inputs.ContainsKey(Formula.Population));
        if (perCapita is null) return null;
        var sample = perCapita.Inputs.TryGetValue("entities.active", out var n) ? n : perCapita.Inputs.TryGetValue("entities.enterprises_active", out var e) ? e : (decimal?)null;
        var people = perCapita.Inputs[Formula.Population];
        return $"演示数据：登记库是生成的样本（{view.DivisionName}{(sample is { } s ? $" {s.ToString("#,0", CultureInfo.InvariantCulture)} 户" : "")}），"
            + $"常住人口用的是第七次人口普查的实数（{(people / 10000m).ToString("#,0", CultureInfo.InvariantCulture)} 万人），"
            + "所以“每千人”“每万人”一类指标远低于实际；接入真实登记库后即为实际值。";
    }
}
