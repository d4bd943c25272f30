using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Zhijian.FoodSafety.Domain.Grading;

/// <summary>Upper bounds of grades A, B and C on the 0–100 score (D above <see cref="C"/>): A 0–30, B 30–45, C 45–60, D &gt; 60.</summary>
internal sealed record GradeBands(decimal A, decimal B, decimal C);

/// <summary>A high-risk 经营项目 / 生产类别: items containing <see cref="Keyword"/> add <see cref="Points"/> (each keyword once).</summary>
internal sealed record ItemFactor(string Keyword, decimal Points);

/// <summary>A dynamic factor: <see cref="Points"/> per event in the look-back period, at most <see cref="MaxCount"/> events counted.</summary>
internal sealed record DynamicFactor(string Name, decimal Points, int MaxCount);

/// <summary>
/// 食品生产经营者风险分级模型 (2016 trial rule as summarised [F-3P] G6: static 40 + dynamic 60 = 100, higher = riskier; bands [R] G7).
/// Pure configuration, versioned and effective from a date, stored as JSON; every number is here, none in the scorer.
/// docs/food-risk-model.md explains each default.
/// </summary>
internal sealed record FoodRiskModel(
    string Version,
    string Name,
    DateOnly EffectiveFrom,
    GradeBands Bands,
    decimal StaticMax,
    decimal DynamicMax,
    IReadOnlyDictionary<FoodBusinessType, decimal> TypePoints,
    IReadOnlyDictionary<CanteenKind, decimal> CanteenPoints,
    IReadOnlyDictionary<FoodBusinessScale, decimal> ScalePoints,
    IReadOnlyList<ItemFactor> Items,
    decimal ItemsMax,
    IReadOnlyDictionary<string, DynamicFactor> Dynamic,
    int LookbackMonths)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FoodRiskModel FromJson(string json) => JsonSerializer.Deserialize<FoodRiskModel>(json, Json) ?? throw new JsonException("风险分级模型配置为空");

    public string GradeOf(decimal score) => score <= Bands.A ? "A" : score <= Bands.B ? "B" : score <= Bands.C ? "C" : "D";

    /// <summary>Factor codes agreed between the module's areas and the other modules (the facts' sources register under them).</summary>
    public static class Codes
    {
        public const string InspectionNoncompliant = "inspection-noncompliant";
        public const string InspectionBasic = "inspection-basic";
        public const string SamplingFailure = "sampling-failure";
        public const string Complaint = "complaint";
        public const string Penalty = "penalty";
    }

    /// <summary>The built-in model "v1" (effective from the 2016 trial rule): what the bureau grades with until it adds a version.</summary>
    public static FoodRiskModel Default { get; } = new(
        "v1",
        "默认模型（静态40分 + 动态60分）",
        new DateOnly(2016, 9, 1),
        new GradeBands(30, 45, 60),
        40,
        60,
        new Dictionary<FoodBusinessType, decimal>
        {
            [FoodBusinessType.Production] = 20,
            [FoodBusinessType.Canteen] = 16,
            [FoodBusinessType.Catering] = 15,
            [FoodBusinessType.Workshop] = 14,
            [FoodBusinessType.Vendor] = 10,
            [FoodBusinessType.Sales] = 8,
            [FoodBusinessType.PrepackagedSales] = 4,
        },
        new Dictionary<CanteenKind, decimal>
        {
            [CanteenKind.None] = 0,
            [CanteenKind.School] = 10,
            [CanteenKind.Nursery] = 10,
            [CanteenKind.ElderlyCare] = 6,
            [CanteenKind.Hospital] = 6,
            [CanteenKind.ConstructionSite] = 4,
            [CanteenKind.Workplace] = 2,
        },
        new Dictionary<FoodBusinessScale, decimal> { [FoodBusinessScale.Small] = 0, [FoodBusinessScale.Medium] = 3, [FoodBusinessScale.Large] = 6 },
        [
            new("婴幼儿配方", 8), new("特殊医学用途", 8), new("特殊食品", 6), new("保健食品", 6), new("中央厨房", 8), new("集体用餐配送", 8),
            new("乳制品", 5), new("肉制品", 4), new("冷食类", 4), new("生食类", 4), new("裱花蛋糕", 3), new("散装熟食", 3), new("自制饮品", 1),
        ],
        12,
        new Dictionary<string, DynamicFactor>(StringComparer.Ordinal)
        {
            [Codes.InspectionNoncompliant] = new("监督检查结果为不符合", 15, 2),
            [Codes.InspectionBasic] = new("监督检查结果为基本符合", 5, 3),
            [Codes.SamplingFailure] = new("抽检不合格", 12, 3),
            [Codes.Penalty] = new("食品安全行政处罚", 10, 3),
            [Codes.Complaint] = new("食品投诉举报", 2, 5),
        },
        12);
}

/// <summary>Validation of a model version before it is saved: Chinese messages keyed by the field they name.</summary>
internal static partial class FoodRiskModelRules
{
    public static IReadOnlyDictionary<string, string[]> Validate(FoodRiskModel? m, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (m is null)
        {
            Add("model", "请提交风险分级模型配置");
            return Freeze(errors);
        }

        if (string.IsNullOrWhiteSpace(m.Version) || !VersionPattern().IsMatch(m.Version)) Add("version", "版本号只能由字母、数字、点、横线组成（如 v2），长度不超过 40");
        if (string.IsNullOrWhiteSpace(m.Name) || m.Name.Length > 100) Add("name", "请填写模型名称（不超过 100 字）");
        if (m.EffectiveFrom < today) Add("effectiveFrom", $"生效日期（{m.EffectiveFrom:yyyy-MM-dd}）不能早于今天，已作出的分级不追溯改变");
        if (m.StaticMax < 0 || m.DynamicMax < 0 || m.StaticMax + m.DynamicMax != 100)
            Add("staticMax", $"静态风险分值上限与动态风险分值上限之和应为 100（现为 {N(m.StaticMax)} + {N(m.DynamicMax)}）");
        if (m.Bands is null) Add("bands", "请填写 A、B、C 级的分数上限");
        else if (!(m.Bands.A > 0 && m.Bands.A < m.Bands.B && m.Bands.B < m.Bands.C && m.Bands.C < 100))
            Add("bands", $"分级分数线应满足 0 < A（{N(m.Bands.A)}）< B（{N(m.Bands.B)}）< C（{N(m.Bands.C)}）< 100");
        foreach (var t in Enum.GetValues<FoodBusinessType>())
        {
            if (m.TypePoints is null || !m.TypePoints.TryGetValue(t, out var p)) Add($"typePoints.{t}", $"缺少业态“{Licences.FoodLicenceNumber.BusinessTypeName(t)}”的分值");
            else if (p < 0) Add($"typePoints.{t}", "分值不能为负数");
        }

        if (m.CanteenPoints?.Values.Any(p => p < 0) == true || m.ScalePoints?.Values.Any(p => p < 0) == true || m.Items?.Any(i => i.Points < 0 || string.IsNullOrWhiteSpace(i.Keyword)) == true)
            Add("staticFactors", "静态因素的分值不能为负数，经营项目关键词不能为空");
        if (m.Dynamic is null || m.Dynamic.Count == 0) Add("dynamic", "请至少配置一个动态因素");
        else
        {
            // Monotonicity: a further or worse event must never lower the score, so no factor may carry negative points.
            foreach (var (code, f) in m.Dynamic)
            {
                if (f.Points < 0) Add($"dynamic.{code}", $"动态因素“{f.Name}”的每次分值不能为负数（更多违法记录不能降低风险）");
                if (f.MaxCount < 1) Add($"dynamic.{code}", $"动态因素“{f.Name}”的计数上限至少为 1");
            }
        }

        if (m.LookbackMonths is < 1 or > 60) Add("lookbackMonths", "动态因素的统计期应为 1–60 个月");
        return Freeze(errors);
    }

    private static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9.\\-_]{1,40}$")]
    private static partial Regex VersionPattern();
}
