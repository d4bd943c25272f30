using System.Globalization;
using MudBlazor;
using Zhijian.Inspections.Domain;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Pages;

/// <summary>How the 双随机 console pages write dates, ratios, risk classes and statuses (one place, so every page reads alike).</summary>
internal static class InspectionUi
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Chinese month and day names for the date pickers.</summary>
    public static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public static readonly string[] RiskLabels = ["A", "B", "C", "D", "U"];

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string D(DateOnly? d) => d is { } x ? D(x) : "—";

    public static string T(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", Inv);

    public static string T(DateTimeOffset? t) => t is { } x ? T(x) : "—";

    public static string N(int n) => n.ToString("N0", Inv);

    /// <summary>0.05 → "5%", 0.005 → "0.5%"; null → "—".</summary>
    public static string Pct(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.##", Inv) + "%" : "—";

    /// <summary>The percent a clerk types (5 for 5 %) as the ratio the services take (0.05).</summary>
    public static decimal? Ratio(decimal? percent) => percent is { } p ? Math.Round(p / 100m, 6) : null;

    public static decimal? Percent(decimal? ratio) => ratio is { } r ? r * 100m : null;

    public static DateTime? Dt(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? Do(DateTime? d) => d is { } x ? DateOnly.FromDateTime(x) : null;

    /// <summary>A risk stratum's label as a clerk reads it.</summary>
    public static string ClassName(string label) => label switch
    {
        "A" => "A 类（低风险）",
        "B" => "B 类（一般风险）",
        "C" => "C 类（较高风险）",
        "D" => "D 类（高风险）",
        "U" => "未分类",
        "*" => "全部对象（不分类）",
        _ => label,
    };

    public static string ClassShort(string label) => label switch
    {
        "U" => "未分类",
        "*" => "—",
        _ => label + " 类",
    };

    public static Color ClassColor(string label) => label switch
    {
        "A" => Color.Success,
        "B" => Color.Info,
        "C" => Color.Warning,
        "D" => Color.Error,
        _ => Color.Default,
    };

    public static Color StatusColor(TaskStatus s) => s switch
    {
        TaskStatus.Draft => Color.Default,
        TaskStatus.Committed => Color.Warning,
        TaskStatus.Drawn => Color.Warning,
        TaskStatus.Assigned => Color.Info,
        _ => Color.Success,
    };

    public static Color TargetColor(string status) => status switch
    {
        "已公示" => Color.Success,
        "待检查" => Color.Default,
        "已被补抽替换" => Color.Dark,
        _ => Color.Info,
    };

    /// <summary>Splits what a clerk types as a list: 、，,；; or new lines.</summary>
    public static List<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(['、', '，', ',', '；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The messages of one field, for the field's own error text (null when it has none).</summary>
    public static string? Err(IReadOnlyDictionary<string, string[]>? errors, string field) => Zhijian.Platform.Web.FormErrors.Of(errors, field);

    /// <summary>The messages no field on the form shows (for the summary under the form).</summary>
    public static IReadOnlyDictionary<string, string[]>? Rest(IReadOnlyDictionary<string, string[]>? errors, IEnumerable<string> shown) =>
        Zhijian.Platform.Web.FormErrors.Rest(errors, shown);
}
