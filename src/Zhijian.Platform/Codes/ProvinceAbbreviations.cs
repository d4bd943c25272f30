using System.Collections.Frozen;

namespace Zhijian.Platform.Codes;

/// <summary>
/// 省级行政区简称 (京 津 冀 … 新) by the first two digits of the GB/T 2260 code: the one table the modules use for numbers that
/// start with the province (使用登记证编号, 工业产品生产许可证编号, demo licence numbers).
/// </summary>
public static class ProvinceAbbreviations
{
    private static readonly FrozenDictionary<string, string> ByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["11"] = "京",
        ["12"] = "津",
        ["13"] = "冀",
        ["14"] = "晋",
        ["15"] = "蒙",
        ["21"] = "辽",
        ["22"] = "吉",
        ["23"] = "黑",
        ["31"] = "沪",
        ["32"] = "苏",
        ["33"] = "浙",
        ["34"] = "皖",
        ["35"] = "闽",
        ["36"] = "赣",
        ["37"] = "鲁",
        ["41"] = "豫",
        ["42"] = "鄂",
        ["43"] = "湘",
        ["44"] = "粤",
        ["45"] = "桂",
        ["46"] = "琼",
        ["50"] = "渝",
        ["51"] = "川",
        ["52"] = "贵",
        ["53"] = "云",
        ["54"] = "藏",
        ["61"] = "陕",
        ["62"] = "甘",
        ["63"] = "青",
        ["64"] = "宁",
        ["65"] = "新",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByAbbreviation = ByCode.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The abbreviation of the province of <paramref name="divisionCode"/> (any level), or <paramref name="fallback"/>.</summary>
    public static string Of(string? divisionCode, string fallback = "?") =>
        divisionCode is { Length: >= 2 } && ByCode.TryGetValue(divisionCode[..2], out var a) ? a : fallback;

    /// <summary>The two-digit province code of an abbreviation (鲁 → 37), or null.</summary>
    public static string? CodeOf(string abbreviation) => ByAbbreviation.GetValueOrDefault(abbreviation);

    /// <summary>Every abbreviation.</summary>
    public static IEnumerable<string> All => ByCode.Values;
}
