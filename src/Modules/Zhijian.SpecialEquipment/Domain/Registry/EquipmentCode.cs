using System.Globalization;
using Zhijian.Platform.Codes;

namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>A checked 设备代码: its 品种 (or class) from the catalogue, its category, and whether it is a legacy 注册代码.</summary>
internal sealed record EquipmentCodeInfo(string Code, EquipmentVariety Variety, bool Legacy, int? Year, string? MakerCode, string? AreaCode);

/// <summary>
/// 设备代码 (research/wave2-rules.md §5 E16, [F-3P]): 18 characters = 4-character 品种 (or class) code of 《特种设备目录》 + 5-digit
/// maker code (2-digit licensing region, "10" for a national licence, + 3-digit licence serial) + 4-digit year of manufacture +
/// 5-character serial (digits; letters allowed once the digits run out above 99999). A legacy 20-digit 注册代码 (E17): 4-digit
/// class + 6-digit area (a GB/T 2260 division) + 6-digit year-month + 4-digit serial — accepted and flagged legacy. Pure.
/// </summary>
internal static class EquipmentCode
{
    public const int Length = 18;
    public const int LegacyLength = 20;

    /// <summary>The 2-digit licensing regions: "10" national, else a GB/T 2260 province (11 北京 … 65 新疆).</summary>
    private static readonly HashSet<string> Regions =
    [
        "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    ];

    /// <summary>Normalises (trim, upper case) and checks a code; <paramref name="error"/> is the Chinese reason when it fails.</summary>
    public static EquipmentCodeInfo? Parse(string? raw, DateOnly today, out string? error)
    {
        error = null;
        var code = Normalise(raw);
        if (code.Length == 0)
        {
            error = "设备代码不能为空";
            return null;
        }

        if (code.Length == LegacyLength && code.All(char.IsAsciiDigit)) return ParseLegacy(code, today, out error);
        if (code.Length != Length)
        {
            error = $"设备代码应为 18 位（品种 4 位 + 制造单位 5 位 + 制造年份 4 位 + 顺序号 5 位）或 20 位旧注册代码，现为 {code.Length} 位";
            return null;
        }

        if (!code.All(char.IsAsciiLetterOrDigit))
        {
            error = "设备代码只能由数字和大写字母组成";
            return null;
        }

        var variety = EquipmentCatalog.Find(code[..4]);
        if (variety is null || variety.Level < 2)
        {
            error = $"设备代码前 4 位“{code[..4]}”不是《特种设备目录》中的类别或品种代码";
            return null;
        }

        var maker = code[4..9];
        if (!maker.All(char.IsAsciiDigit))
        {
            error = $"设备代码第 5–9 位（制造单位代码“{maker}”）应为 5 位数字";
            return null;
        }

        if (!Regions.Contains(maker[..2]))
        {
            error = $"设备代码第 5–6 位（许可地区“{maker[..2]}”）应为 10（国家）或省级行政区划代码的前两位";
            return null;
        }

        var yearText = code[9..13];
        if (!yearText.All(char.IsAsciiDigit))
        {
            error = $"设备代码第 10–13 位（制造年份“{yearText}”）应为 4 位数字";
            return null;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1950 || year > today.Year + 1)
        {
            error = $"设备代码第 10–13 位的制造年份 {year} 不合理（应在 1950 至 {today.Year + 1} 年之间）";
            return null;
        }

        var serial = code[13..];
        if (serial.All(char.IsAsciiDigit) && serial == "00000")
        {
            error = "设备代码第 14–18 位（顺序号）不能为 00000";
            return null;
        }

        if (!serial.All(char.IsAsciiLetterOrDigit))
        {
            error = $"设备代码第 14–18 位（顺序号“{serial}”）应为数字，超过 99999 时可用字母";
            return null;
        }

        return new EquipmentCodeInfo(code, variety, false, year, maker, null);
    }

    private static EquipmentCodeInfo? ParseLegacy(string code, DateOnly today, out string? error)
    {
        error = null;
        var variety = EquipmentCatalog.Find(code[..4]);
        if (variety is null || variety.Level < 2)
        {
            error = $"旧注册代码前 4 位“{code[..4]}”不是《特种设备目录》中的类别或品种代码";
            return null;
        }

        var area = code[4..10];
        if (!DivisionTable.IsWellFormed(area) || area.EndsWith("0000", StringComparison.Ordinal) || DivisionTable.Default.Find(area) is null)
        {
            error = $"旧注册代码第 5–10 位（地区“{area}”）不是县级行政区划代码";
            return null;
        }

        var year = int.Parse(code[10..14], CultureInfo.InvariantCulture);
        var month = int.Parse(code[14..16], CultureInfo.InvariantCulture);
        if (year < 1950 || month is < 1 or > 12 || new DateOnly(year, month, 1) > today)
        {
            error = $"旧注册代码第 11–16 位（注册年月“{code[10..16]}”）不是不晚于本月的有效年月";
            return null;
        }

        if (code[16..] == "0000")
        {
            error = "旧注册代码第 17–20 位（顺序号）不能为 0000";
            return null;
        }

        return new EquipmentCodeInfo(code, variety, true, year, null, area);
    }

    public static string Normalise(string? raw) => (raw ?? "").Trim().ToUpperInvariant();
}
