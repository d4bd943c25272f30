namespace Zhijian.Metrology.Domain.Instruments;

/// <summary>
/// 强检方式 (SAMR 公告 2020年第42号, M4 [F-3P]): 只作首次强制检定 — 限期使用、到期轮换 or 失准报废 — or 周期检定.
/// </summary>
internal enum VerificationMode
{
    /// <summary>首次检定，限期使用、到期轮换（水表、燃气表、电能表）</summary>
    FixedLife = 1,

    /// <summary>首次检定，失准报废</summary>
    ScrapOnFailure = 2,

    /// <summary>周期检定</summary>
    Periodic = 3,
}

/// <summary>强检用途 (计量法 第9条, M1 [F]).</summary>
internal enum InstrumentUse
{
    /// <summary>贸易结算</summary>
    Trade = 1,

    /// <summary>安全防护</summary>
    Safety = 2,

    /// <summary>医疗卫生</summary>
    Medical = 3,

    /// <summary>环境监测</summary>
    Environment = 4,
}

/// <summary>
/// One 强检 instrument kind of the 2020 catalogue. <see cref="RuleKey"/> names the rule setting (months)
/// of its fixed life or its verification period; <see cref="SizeBands"/> (water meters) switch the mode and the key by DN.
/// </summary>
internal sealed record InstrumentKind(string Code, string Name, InstrumentUse Use, VerificationMode Mode, string? RuleKey, string? SizeLabel = null,
    IReadOnlyList<SizeBand>? SizeBands = null)
{
    public bool NeedsSize => SizeBands is not null;
}

/// <summary>A DN band of a kind: up to and including <see cref="MaxSize"/> (null = above the last band) → mode and rule key.</summary>
internal sealed record SizeBand(int? MaxSize, VerificationMode Mode, string RuleKey);

/// <summary>
/// 实施强制管理的计量器具目录 (SAMR 公告 2020年第42号) as this system keeps it: the kinds a bureau registers, each with its use, mode
/// and the rule setting of its life or period (M4–M8; water-meter DN bands per JJG 162-2019 [F-3P], the rest [R]). The codes
/// are this system's own (the catalogue numbers items, not codes); names follow the catalogue.
/// </summary>
internal static class InstrumentCatalog
{
    public const string Source = "《实施强制管理的计量器具目录》（市场监管总局公告2020年第42号）";

    public const string WaterMeter = "water-meter";
    public const string GasMeter = "gas-meter";

    public static readonly IReadOnlyList<InstrumentKind> All =
    [
        new(WaterMeter, "水表", InstrumentUse.Trade, VerificationMode.FixedLife, null, "公称口径 DN（毫米）",
        [
            new(25, VerificationMode.FixedLife, "metro.life-months.water-dn25"),
            new(50, VerificationMode.FixedLife, "metro.life-months.water-dn50"),
            new(null, VerificationMode.Periodic, "metro.period-months.water-large"),
        ]),
        new(GasMeter, "燃气表", InstrumentUse.Trade, VerificationMode.FixedLife, "metro.life-months.gas-meter"),
        new("lpg-meter", "液化石油气、其他燃气表", InstrumentUse.Trade, VerificationMode.FixedLife, "metro.life-months.lpg-meter"),
        new("electricity-meter", "电能表", InstrumentUse.Trade, VerificationMode.FixedLife, "metro.life-months.electricity-meter"),
        new("heat-meter", "热能表", InstrumentUse.Trade, VerificationMode.FixedLife, "metro.life-months.heat-meter"),
        new("fuel-dispenser", "燃油加油机", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.fuel-dispenser"),
        new("gas-dispenser", "加气机", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.gas-dispenser"),
        new("taxi-meter", "出租汽车计价器", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.taxi-meter"),
        new("price-scale", "电子计价秤", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.price-scale"),
        new("scale", "非自动衡器（台秤、案秤、电子秤）", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.scale"),
        new("truck-scale", "汽车衡", InstrumentUse.Trade, VerificationMode.Periodic, "metro.period-months.truck-scale"),
        new("sphygmomanometer", "血压计（表）", InstrumentUse.Medical, VerificationMode.Periodic, "metro.period-months.sphygmomanometer"),
        new("ecg", "心电图仪", InstrumentUse.Medical, VerificationMode.Periodic, "metro.period-months.ecg"),
        new("thermometer", "体温计（医用玻璃体温计）", InstrumentUse.Medical, VerificationMode.ScrapOnFailure, null),
        new("breathalyser", "呼出气体酒精含量检测仪", InstrumentUse.Safety, VerificationMode.Periodic, "metro.period-months.breathalyser"),
        new("speed-meter", "机动车测速仪", InstrumentUse.Safety, VerificationMode.Periodic, "metro.period-months.speed-meter"),
        new("gas-detector", "可燃气体检测报警器", InstrumentUse.Safety, VerificationMode.Periodic, "metro.period-months.gas-detector"),
        new("pressure-gauge", "压力表（安全防护用）", InstrumentUse.Safety, VerificationMode.Periodic, "metro.period-months.pressure-gauge"),
        new("emission-analyser", "机动车排放气体分析仪", InstrumentUse.Environment, VerificationMode.Periodic, "metro.period-months.emission-analyser"),
    ];

    private static readonly Dictionary<string, InstrumentKind> ByCode = All.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static InstrumentKind? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    /// <summary>The kind by code or by its Chinese name (imports and forms accept either).</summary>
    public static InstrumentKind? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return Find(t) ?? All.FirstOrDefault(k => k.Name == t || k.Name.StartsWith(t + "（", StringComparison.Ordinal));
    }

    public static string NameOf(string code) => Find(code)?.Name ?? code;

    public static string NameOf(VerificationMode mode) => mode switch
    {
        VerificationMode.FixedLife => "首次检定，限期使用、到期轮换",
        VerificationMode.ScrapOnFailure => "首次检定，失准报废",
        VerificationMode.Periodic => "周期检定",
        _ => "",
    };

    public static string NameOf(InstrumentUse use) => use switch
    {
        InstrumentUse.Trade => "贸易结算",
        InstrumentUse.Safety => "安全防护",
        InstrumentUse.Medical => "医疗卫生",
        InstrumentUse.Environment => "环境监测",
        _ => "",
    };

    /// <summary>The message naming 器具种类 for an unknown kind.</summary>
    public static string UnknownKind(string? text) => string.IsNullOrWhiteSpace(text)
        ? "请填写器具种类"
        : $"器具种类“{text.Trim()}”不在强制检定目录中（可选：{string.Join("、", All.Select(k => k.Name))}）";
}
