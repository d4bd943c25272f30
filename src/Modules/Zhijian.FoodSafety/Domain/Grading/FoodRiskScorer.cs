using System.Text.Json;

namespace Zhijian.FoodSafety.Domain.Grading;

/// <summary>What the scorer needs of one business: its static attributes and its dynamic event counts by factor code.</summary>
internal sealed record FoodRiskFacts(FoodBusinessType Type, CanteenKind Canteen, FoodBusinessScale Scale, IReadOnlyCollection<string> Items,
    IReadOnlyDictionary<string, int> Counts);

/// <summary>One line of a grade's explanation: 静态 or 动态, the factor, what was found, the points it gave.</summary>
internal sealed record FoodRiskLine(string Part, string Factor, string Detail, decimal Points);

internal sealed record FoodRiskResult(string Grade, decimal Score, string ModelVersion, IReadOnlyList<FoodRiskLine> Lines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string LinesJson() => JsonSerializer.Serialize(Lines, Json);

    public static IReadOnlyList<FoodRiskLine> ReadLines(string json) => JsonSerializer.Deserialize<List<FoodRiskLine>>(json, Json) ?? [];
}

/// <summary>
/// 风险分级计算: static part = 业态 + 集中用餐单位类别 + 规模 + 高风险经营项目 (capped at ItemsMax), capped at StaticMax; dynamic
/// part = Σ points × min(count, MaxCount) over the model's factors (a factor without a source counts 0), capped at
/// DynamicMax; grade by the model's bands. All points are non-negative and caps are monotone, so more or worse events
/// never lower the score nor improve the grade. Every line of the sum is returned (the explanation).
/// </summary>
internal static class FoodRiskScorer
{
    public const string Static = "静态";
    public const string Dynamic = "动态";

    public static FoodRiskResult Evaluate(FoodRiskFacts f, FoodRiskModel m)
    {
        var lines = new List<FoodRiskLine>();
        var typeName = Licences.FoodLicenceNumber.BusinessTypeName(f.Type);
        lines.Add(new(Static, "业态", typeName, m.TypePoints.GetValueOrDefault(f.Type)));
        if (f.Canteen != CanteenKind.None && m.CanteenPoints.GetValueOrDefault(f.Canteen) is var c and not 0)
            lines.Add(new(Static, "集中用餐单位", CanteenName(f.Canteen), c));
        if (m.ScalePoints.GetValueOrDefault(f.Scale) is var s and not 0) lines.Add(new(Static, "经营规模", ScaleName(f.Scale), s));

        decimal items = 0;
        var hits = new List<string>();
        foreach (var item in m.Items)
        {
            if (!f.Items.Any(i => i.Contains(item.Keyword, StringComparison.Ordinal))) continue;
            items += item.Points;
            hits.Add(item.Keyword);
        }

        if (hits.Count > 0)
        {
            var capped = Math.Min(items, m.ItemsMax);
            lines.Add(new(Static, "高风险经营项目", string.Join("、", hits) + (capped < items ? $"（合计 {items:0.##} 分，上限 {m.ItemsMax:0.##} 分）" : ""), capped));
        }

        var staticSum = lines.Sum(l => l.Points);
        if (staticSum > m.StaticMax)
        {
            lines.Add(new(Static, "静态分值上限", $"静态因素合计 {staticSum:0.##} 分，按上限 {m.StaticMax:0.##} 分计", m.StaticMax - staticSum));
            staticSum = m.StaticMax;
        }

        decimal dynamicSum = 0;
        foreach (var (code, factor) in m.Dynamic)
        {
            var n = f.Counts.GetValueOrDefault(code);
            if (n <= 0) continue;
            var counted = Math.Min(n, factor.MaxCount);
            var points = factor.Points * counted;
            dynamicSum += points;
            lines.Add(new(Dynamic, factor.Name, $"近{m.LookbackMonths}个月 {n} 次" + (counted < n ? $"（计 {counted} 次）" : "") + $"，每次 {factor.Points:0.##} 分", points));
        }

        if (dynamicSum > m.DynamicMax)
        {
            lines.Add(new(Dynamic, "动态分值上限", $"动态因素合计 {dynamicSum:0.##} 分，按上限 {m.DynamicMax:0.##} 分计", m.DynamicMax - dynamicSum));
            dynamicSum = m.DynamicMax;
        }

        var score = staticSum + dynamicSum;
        return new(m.GradeOf(score), score, m.Version, lines);
    }

    public static string CanteenName(CanteenKind k) => k switch
    {
        CanteenKind.School => "学校食堂",
        CanteenKind.Nursery => "托幼机构食堂",
        CanteenKind.ElderlyCare => "养老机构食堂",
        CanteenKind.Hospital => "医疗机构食堂",
        CanteenKind.Workplace => "机关、企事业单位食堂",
        CanteenKind.ConstructionSite => "建筑工地食堂",
        _ => "—",
    };

    public static string ScaleName(FoodBusinessScale s) => s switch
    {
        FoodBusinessScale.Small => "小型",
        FoodBusinessScale.Medium => "中型",
        FoodBusinessScale.Large => "大型",
        _ => s.ToString(),
    };
}
