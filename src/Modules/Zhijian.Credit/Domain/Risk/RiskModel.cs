using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Zhijian.Credit.Contracts;

namespace Zhijian.Credit.Domain.Risk;

/// <summary>风险指标维度 (SAMR 2022): 基础属性、动态信息、监管信息、关联关系、社会评价.</summary>
internal enum RiskDimension
{
    /// <summary>基础属性</summary>
    Basic = 1,

    /// <summary>动态信息</summary>
    Dynamic = 2,

    /// <summary>监管信息</summary>
    Supervision = 3,

    /// <summary>关联关系</summary>
    Related = 4,

    /// <summary>社会评价</summary>
    Public = 5,
}

/// <summary>
/// One indicator's settings in a model: points per occurrence (the weight), at most <see cref="MaxCount"/> occurrences
/// counted, records of the last <see cref="Years"/> years.
/// </summary>
internal sealed record IndicatorSettings(decimal Points, int? MaxCount = null, int? Years = null);

/// <summary>Lower bounds of classes B, C and D on the 0–100 score (A below B).</summary>
internal sealed record RiskThresholds(
    [property: JsonPropertyName("B")] decimal B,
    [property: JsonPropertyName("C")] decimal C,
    [property: JsonPropertyName("D")] decimal D);

/// <summary>
/// A versioned risk model: which indicators count and how much, where the classes begin, and class floors
/// (an indicator present puts the entity at least in that class). Pure configuration, stored as JSON.
/// </summary>
internal sealed record RiskModel(
    string Version,
    string Name,
    RiskThresholds Thresholds,
    IReadOnlyDictionary<string, IndicatorSettings> Indicators,
    IReadOnlyDictionary<string, RiskClass>? Floors = null,
    IReadOnlyList<string>? KeyIndustries = null,
    decimal LargeFineAmount = 100_000m)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RiskModel FromJson(string json) =>
        JsonSerializer.Deserialize<RiskModel>(json, Json) ?? throw new JsonException("风险模型配置为空");

    /// <summary>The largest window any record indicator looks back (the full recompute reads records no older).</summary>
    public int MaxYears => Indicators.Values.Select(i => i.Years ?? RiskIndicators.DefaultYears).DefaultIfEmpty(RiskIndicators.DefaultYears).Max();

    public RiskClass ClassOf(decimal score) =>
        score >= Thresholds.D ? RiskClass.D : score >= Thresholds.C ? RiskClass.C : score >= Thresholds.B ? RiskClass.B : RiskClass.A;

    /// <summary>The default model "v1" (docs/credit-risk-model.md explains each number).</summary>
    public static RiskModel Default { get; } = new(
        "v1",
        "默认模型（2026）",
        new RiskThresholds(15, 35, 60),
        new Dictionary<string, IndicatorSettings>(StringComparer.Ordinal)
        {
            ["newlyEstablished"] = new(6),
            ["young"] = new(3),
            ["keyIndustry"] = new(5),
            ["revoked"] = new(15),
            ["branch"] = new(2),
            ["abnormalListed"] = new(25),
            ["seriousListed"] = new(60),
            ["judicialAssistance"] = new(3, 3, 3),
            ["pledge"] = new(2, 3, 3),
            ["penalty"] = new(9, 4, 3),
            ["severePenalty"] = new(15, 2, 3),
            ["largeFine"] = new(5, 2, 3),
            ["samplingFailure"] = new(8, 3, 3),
            ["keyFieldViolation"] = new(4, 3, 3),
            ["listedByOthers"] = new(10, 2, 3),
            ["complaint"] = new(3, 4, 1),
            ["commendation"] = new(-3, 2, 3),
        },
        new Dictionary<string, RiskClass>(StringComparer.Ordinal) { ["seriousListed"] = RiskClass.D, ["abnormalListed"] = RiskClass.C },
        ["13", "14", "15", "27", "35", "3581", "5125", "5126", "5221", "5222", "5223", "5224", "5225", "5226", "5227", "5251", "62"],
        100_000m);
}

/// <summary>Validation of a model before it is saved: every message in Chinese, keyed by the field it names.</summary>
internal static partial class RiskModelRules
{
    public static IReadOnlyDictionary<string, string[]> Validate(RiskModel? m)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (m is null)
        {
            Add("model", "请提交风险模型配置。");
            return Freeze(errors);
        }

        if (string.IsNullOrWhiteSpace(m.Version)) Add("version", "请填写模型版本号（如 v2）。");
        else if (!VersionPattern().IsMatch(m.Version)) Add("version", $"版本号“{m.Version}”只能由字母、数字、点、横线、下划线组成，长度不超过 40。");
        if (string.IsNullOrWhiteSpace(m.Name)) Add("name", "请填写模型名称。");
        else if (m.Name.Length > 100) Add("name", "模型名称不能超过 100 个字。");

        if (m.Thresholds is null)
        {
            Add("thresholds", "请填写 B、C、D 类的分数下限。");
        }
        else
        {
            var t = m.Thresholds;
            foreach (var (cls, value) in new[] { ("B", t.B), ("C", t.C), ("D", t.D) })
            {
                if (value is <= 0 or > 100) Add($"thresholds.{cls}", $"{cls} 类下限（{N(value)}）必须大于 0 且不超过 100。");
            }

            if (t.C <= t.B) Add("thresholds.C", $"C 类下限（{N(t.C)}）必须高于 B 类下限（{N(t.B)}）。");
            if (t.D <= t.C) Add("thresholds.D", $"D 类下限（{N(t.D)}）必须高于 C 类下限（{N(t.C)}）。");
        }

        if (m.Indicators is null || m.Indicators.Count == 0)
        {
            Add("indicators", "请至少配置一个指标。");
        }
        else
        {
            foreach (var (id, s) in m.Indicators)
            {
                var field = $"indicators.{id}";
                if (!RiskIndicators.ById.TryGetValue(id, out var ind))
                {
                    Add(field, $"未知指标“{id}”。可用指标：{string.Join("、", RiskIndicators.All.Select(i => i.Id))}。");
                    continue;
                }

                if (s is null)
                {
                    Add(field, $"请填写“{ind.Title}”的分值。");
                    continue;
                }

                if (ind.Favourable && s.Points > 0)
                    Add($"{field}.points", $"“{ind.Title}”是守信因素，分值（{N(s.Points)}）不能为正数。");
                if (!ind.Favourable && s.Points < 0)
                    Add($"{field}.points", $"“{ind.Title}”是风险因素，分值（{N(s.Points)}）不能为负数：违法失信只能加分。");
                if (Math.Abs(s.Points) > 100) Add($"{field}.points", $"“{ind.Title}”的分值（{N(s.Points)}）绝对值不能超过 100。");
                if (s.MaxCount is < 1 or > 100) Add($"{field}.maxCount", $"“{ind.Title}”的计数上限（{s.MaxCount}）必须在 1 到 100 之间。");
                if (s.Years is not null && !ind.UsesRecords) Add($"{field}.years", $"“{ind.Title}”不按年限统计，请删除 years。");
                if (s.Years is < 1 or > 10) Add($"{field}.years", $"“{ind.Title}”的统计年限（{s.Years}）必须在 1 到 10 年之间。");
            }
        }

        foreach (var (id, cls) in m.Floors ?? new Dictionary<string, RiskClass>())
        {
            if (!RiskIndicators.ById.TryGetValue(id, out var ind))
                Add($"floors.{id}", $"未知指标“{id}”，不能作为最低类别的依据。");
            else if (ind.Favourable)
                Add($"floors.{id}", $"“{ind.Title}”是守信因素，不能规定最低风险类别。");
            else if (m.Indicators?.ContainsKey(id) != true)
                Add($"floors.{id}", $"“{ind.Title}”未在 indicators 中配置，不能作为最低类别的依据。");
            if (!Enum.IsDefined(cls)) Add($"floors.{id}", "最低类别只能是 A、B、C、D。");
        }

        foreach (var code in m.KeyIndustries ?? [])
        {
            if (!IndustryPattern().IsMatch(code ?? "")) Add("keyIndustries", $"行业代码“{code}”应为 GB/T 4754 的 2 至 4 位数字（大类、中类或小类）。");
        }

        if (m.LargeFineAmount <= 0) Add("largeFineAmount", $"大额罚没金额标准（{N(m.LargeFineAmount)} 元）必须大于 0。");
        return Freeze(errors);
    }

    private static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[0-9]{2,4}$")]
    private static partial Regex IndustryPattern();
}
