using System.Reflection;
using System.Text;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Import;

namespace Zhijian.Dashboard.Features.Plans;

/// <summary>A row of seed-indicators.csv: every number the five 十四五 plans state, with its quote.</summary>
internal sealed record SeedRow(string SeedFile, string Locality, string Section, string Indicator, string BaseYear, string BaseValue,
    string TargetYear, string TargetValue, string Unit, string Comparator, string Constraint, string Measurable, string DataNeeded, string Quote);

/// <summary>
/// The seeds' plans as data (规划指标库): Anhui 专栏1 (20), Ili's table (14), the targets in the text of Jinan, Rongcheng
/// and Zibo, and Zhijian's own standard monitoring set. Each seed indicator that operations can compute is given its
/// formula (<see cref="StandardIndicators"/>); the rest are manual (手工填报) until a module computes them.
/// </summary>
internal static class SeedPlans
{
    public const string Anhui = "anhui-14";
    public const string Ili = "ili-14";
    public const string Jinan = "jinan-14";
    public const string Rongcheng = "rongcheng-14";
    public const string Zibo = "zibo-14";
    public const string Standard = "zhijian-std";

    private static readonly Lazy<IReadOnlyList<SeedRow>> LazyRows = new(Load);

    public static IReadOnlyList<SeedRow> Rows => LazyRows.Value;

    /// <summary>The seed rows of each plan, in the plans' order.</summary>
    public static IReadOnlyList<SeedRow> RowsOf(string plan) => plan switch
    {
        Anhui => [.. Rows.Where(r => r.Locality.StartsWith("安徽", StringComparison.Ordinal) && r.Section.Contains("专栏1", StringComparison.Ordinal))],
        Ili => [.. Rows.Where(r => r.Locality.StartsWith("伊犁", StringComparison.Ordinal) && r.Section.Contains("主要发展指标", StringComparison.Ordinal))],
        Jinan => TextTargets("济南"),
        Rongcheng => TextTargets("揭阳"),
        Zibo => TextTargets("淄博"),
        _ => [],
    };

    private static List<SeedRow> TextTargets(string locality) =>
        [.. Rows.Where(r => r.Locality.StartsWith(locality, StringComparison.Ordinal) && r.TargetValue.Length > 0)];

    /// <summary>The built-in plans: code, name, locality, years, code prefix.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Locality, int Start, int End, string Prefix)> Plans =
    [
        (Standard, "智监标准监测指标（平台内置，目标取自各地规划的通行值）", "通用", 2026, 2030, "ZJ"),
        (Anhui, "安徽省“十四五”市场监管现代化规划 专栏1 主要指标", "安徽省", 2021, 2025, "AH"),
        (Ili, "伊犁州直市场监督管理“十四五”主要发展指标", "伊犁哈萨克自治州（州直）", 2021, 2025, "YL"),
        (Jinan, "济南市“十四五”市场监管规划（正文中的目标）", "济南市", 2021, 2025, "JN"),
        (Rongcheng, "揭阳市榕城区“十四五”市场监管规划（正文中的目标）", "揭阳市榕城区", 2021, 2025, "RC"),
        (Zibo, "淄博市市场监管工作要点（正文中的目标）", "淄博市", 2021, 2025, "ZB"),
    ];

    /// <summary>Builds a built-in plan's indicators from its seed rows (the standard set from <see cref="StandardIndicators"/>).</summary>
    public static List<PlanIndicator> IndicatorsOf(string plan, string prefix)
    {
        if (plan == Standard) return StandardIndicators.Build();
        var list = new List<PlanIndicator>();
        var order = 0;
        foreach (var r in RowsOf(plan))
        {
            order++;
            var comparator = IndicatorRules.ParseComparator(r.Comparator) ?? Comparator.Equal;
            var target = IndicatorRules.ParseNumber(r.TargetValue);
            var unit = r.Unit.Length == 0 ? "项" : r.Unit;
            var std = StandardIndicators.ForSeed(r.Indicator, unit);
            list.Add(new PlanIndicator
            {
                Order = order,
                Code = $"{prefix}{order:00}",
                Name = r.Indicator,
                Category = Category(r.Section),
                Section = r.Section,
                Unit = unit,
                Comparator = comparator,
                Direction = IndicatorRules.DefaultDirection(comparator, target),
                BaseYear = Blank(r.BaseYear),
                BaseText = Blank(r.BaseValue),
                BaseValue = IndicatorRules.ParseNumber(r.BaseValue),
                TargetYear = Blank(r.TargetYear),
                TargetText = Blank(r.TargetValue),
                TargetValue = target,
                Constraint = IndicatorRules.ParseConstraint(r.Constraint),
                Accumulation = std?.Accumulation ?? Accumulation.YearToDate,
                Formula = std?.Formula,
                WarningMargin = IndicatorRules.DefaultMargin(unit, target),
                Quote = r.Quote,
                DataNeeded = r.DataNeeded,
            });
        }

        return list;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>"专栏1 … > 类别:市场活力" → 市场活力; otherwise the last part of the section path.</summary>
    private static string Category(string section)
    {
        var i = section.IndexOf("类别:", StringComparison.Ordinal);
        if (i >= 0) return section[(i + 3)..].Trim();
        var parts = section.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var last = parts.Length > 0 ? parts[^1] : section;
        return last.Length > 40 ? last[..40] : last;
    }

    private static List<SeedRow> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seed-indicators.csv")
            ?? throw new InvalidOperationException("缺少内置的规划指标数据 seed-indicators.csv");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return [.. TabularFile.CsvRecords(reader).Skip(1).Select(r => r.Cells.Select(c => c as string ?? "").ToArray()).Where(f => f.Length >= 14)
            .Select(f => new SeedRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13]))];
    }
}
