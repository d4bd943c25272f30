using System.Globalization;
using System.Text;
using MudBlazor;
using Zhijian.Dashboard.Domain;

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
}
