using System.Globalization;

namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>A technical parameter a category requires (key in the JSON object, Chinese label, unit; numeric or text).</summary>
internal sealed record ParameterSpec(string Key, string Label, string? Unit, bool Numeric = true);

/// <summary>
/// The registry's pure rules: required technical parameters per category, the 气瓶 gas kind from its 充装介质, the 使用登记
/// deadline (E1: 30 日, calendar days), the 使用登记证编号 layout (E18 [?]: documented in docs/special-equipment-registry.md) and the
/// status names and transitions.
/// </summary>
internal static class RegistryRules
{
    public static IReadOnlyList<ParameterSpec> ParametersOf(string variety)
    {
        var category = EquipmentCatalog.CategoryOf(variety);
        return category switch
        {
            EquipmentCategory.Elevator when EquipmentCatalog.IsUnder(variety, "3300") =>
                [new("ratedSpeed", "名义速度", "m/s"), new("riseHeight", "提升高度", "m"), new("stepWidth", "名义宽度", "mm")],
            EquipmentCategory.Elevator => [new("ratedLoad", "额定载重量", "kg"), new("ratedSpeed", "额定速度", "m/s"), new("stops", "层站数", "层")],
            EquipmentCategory.Boiler => [new("ratedCapacity", "额定蒸发量（热功率）", "t/h 或 MW"), new("ratedPressure", "额定工作压力", "MPa")],
            EquipmentCategory.PressureVessel when EquipmentCatalog.IsUnder(variety, "2300") || EquipmentCatalog.IsUnder(variety, "23T0") =>
                [new("nominalPressure", "公称工作压力", "MPa"), new("volume", "公称容积", "L"), new("medium", "充装介质", null, Numeric: false)],
            EquipmentCategory.PressureVessel => [new("designPressure", "设计压力", "MPa"), new("volume", "容积", "L"), new("medium", "介质", null, Numeric: false)],
            EquipmentCategory.Crane => [new("ratedLift", "额定起重量", "t")],
            EquipmentCategory.FieldVehicle => [new("ratedLoad", "额定起重量（载重量）", "kg"), new("power", "动力方式", null, Numeric: false)],
            EquipmentCategory.Ride => [new("passengers", "额定乘客人数", "人"), new("speed", "最大运行速度", "m/s")],
            EquipmentCategory.Ropeway => [new("length", "斜长", "m"), new("capacity", "运量", "人/小时")],
            EquipmentCategory.Pipeline => [new("length", "长度", "m"), new("designPressure", "设计压力", "MPa"), new("medium", "介质", null, Numeric: false)],
            _ => [],
        };
    }

    /// <summary>Checks the parameters of a 品种: every required key present, numbers positive; field errors keyed parameters.&lt;key&gt;.</summary>
    public static Dictionary<string, string> CheckParameters(string variety, IReadOnlyDictionary<string, string>? values)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in ParametersOf(variety))
        {
            var v = values?.GetValueOrDefault(p.Key)?.Trim();
            if (string.IsNullOrEmpty(v)) errors[$"parameters.{p.Key}"] = $"技术参数“{p.Label}”不能为空";
            else if (p.Numeric && !(decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d > 0))
                errors[$"parameters.{p.Key}"] = $"技术参数“{p.Label}”应为大于 0 的数字{(p.Unit is null ? "" : $"（单位：{p.Unit}）")}";
            else if (v.Length > 100) errors[$"parameters.{p.Key}"] = $"技术参数“{p.Label}”不能超过 100 个字符";
        }

        return errors;
    }

    /// <summary>
    /// 气瓶 充装介质 → inspection group (E14): 液化石油气 "lpg"; 氯、氨、硫化氢、二氧化硫、氯化氢、氟 etc. "corrosive"; 氮、氩、氦、氖、氪、氙
    /// "inert"; every other gas "general". Null for a non-cylinder.
    /// </summary>
    public static string? GasKindOf(string variety, string? medium)
    {
        if (!(EquipmentCatalog.IsUnder(variety, "2300") || EquipmentCatalog.IsUnder(variety, "23T0"))) return null;
        var m = medium?.Trim() ?? "";
        if (m.Contains("液化石油气", StringComparison.Ordinal) || m.Equals("LPG", StringComparison.OrdinalIgnoreCase)) return "lpg";
        string[] corrosive = ["氯", "氨", "硫化氢", "二氧化硫", "氯化氢", "氟", "光气", "溴化氢"];
        if (corrosive.Any(c => m.Contains(c, StringComparison.Ordinal))) return "corrosive";
        string[] inert = ["氮", "氩", "氦", "氖", "氪", "氙"];
        if (inert.Any(c => m.StartsWith(c, StringComparison.Ordinal))) return "inert";
        return "general";
    }

    /// <summary>The 使用登记 deadline: FirstUseOn + the rule's days (E1: 30 日, calendar days — holidays do not extend it).</summary>
    public static DateOnly RegistrationDue(DateOnly firstUseOn, int days) => firstUseOn.AddDays(days);

    /// <summary>The 使用登记证 category character (TSG 08: 锅 容 瓶 氧 梯 起 车 游 索 管).</summary>
    public static char CategoryChar(string variety) => EquipmentCatalog.CategoryOf(variety) switch
    {
        EquipmentCategory.Boiler => '锅',
        EquipmentCategory.PressureVessel when EquipmentCatalog.IsUnder(variety, "2300") || EquipmentCatalog.IsUnder(variety, "23T0") => '瓶',
        EquipmentCategory.PressureVessel when EquipmentCatalog.IsUnder(variety, "2400") => '氧',
        EquipmentCategory.PressureVessel => '容',
        EquipmentCategory.Elevator => '梯',
        EquipmentCategory.Crane => '起',
        EquipmentCategory.FieldVehicle => '车',
        EquipmentCategory.Ride => '游',
        EquipmentCategory.Ropeway => '索',
        _ => '管',
    };

    /// <summary>Shandong's 地市 letters (as on its plates: 济南 A … 菏泽 R; 莱芜 now part of 济南).</summary>
    private static readonly Dictionary<string, char> ShandongCities = new(StringComparer.Ordinal)
    {
        ["3701"] = 'A',
        ["3702"] = 'B',
        ["3703"] = 'C',
        ["3704"] = 'D',
        ["3705"] = 'E',
        ["3706"] = 'F',
        ["3707"] = 'G',
        ["3708"] = 'H',
        ["3709"] = 'J',
        ["3710"] = 'K',
        ["3711"] = 'L',
        ["3713"] = 'Q',
        ["3714"] = 'N',
        ["3715"] = 'P',
        ["3716"] = 'M',
        ["3717"] = 'R',
    };

    /// <summary>
    /// The prefix of a 使用登记证编号 (E18 [?]): category character + the county's last two digits + 省简称 + 地市字母, e.g.
    /// "梯02鲁A" for an elevator in 历下区 (370102). The number is prefix + serial (sequip.registration-no-serial-digits digits, per prefix) + "(yy)".
    /// </summary>
    public static string RegistrationPrefix(string variety, string divisionCode)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[4..6] : "00";
        var province = Zhijian.Platform.Codes.ProvinceAbbreviations.Of(divisionCode);
        var city = divisionCode[..2] == "37" ? ShandongCities.GetValueOrDefault(divisionCode[..4], 'A') : 'A';
        return $"{CategoryChar(variety)}{county}{province}{city}";
    }

    public static string RegistrationNo(string prefix, int serial, int serialDigits, DateOnly registeredOn) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{serial.ToString(new string('0', Math.Clamp(serialDigits, 1, 9)), CultureInfo.InvariantCulture)}({registeredOn.Year % 100:D2})");

    /// <summary>The serial of a number made with <paramref name="prefix"/> (0 when it does not parse).</summary>
    public static int SerialOf(string number, string prefix)
    {
        var rest = number[prefix.Length..];
        var end = rest.IndexOf('(', StringComparison.Ordinal);
        return int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    public static string NameOf(EquipmentStatus s) => s switch
    {
        EquipmentStatus.Unregistered => "未登记",
        EquipmentStatus.InUse => "在用",
        EquipmentStatus.Stopped => "停用",
        EquipmentStatus.Scrapped => "报废",
        _ => "注销",
    };

    /// <summary>Null when <paramref name="from"/> → the step is allowed, else the Chinese reason.</summary>
    public static string? CheckTransition(EquipmentStatus from, string step) => (step, from) switch
    {
        ("register", EquipmentStatus.Unregistered) => null,
        ("register", _) => $"设备当前为“{NameOf(from)}”，已办理过使用登记",
        ("stop", EquipmentStatus.InUse) => null,
        ("stop", _) => $"只有在用设备可以办理停用，设备当前为“{NameOf(from)}”",
        ("restart", EquipmentStatus.Stopped) => null,
        ("restart", _) => $"只有停用设备可以重新启用，设备当前为“{NameOf(from)}”",
        ("scrap", EquipmentStatus.InUse or EquipmentStatus.Stopped or EquipmentStatus.Unregistered) => null,
        ("scrap", _) => $"设备当前为“{NameOf(from)}”，不能再办理报废",
        ("cancel", EquipmentStatus.InUse or EquipmentStatus.Stopped or EquipmentStatus.Scrapped) => null,
        ("cancel", EquipmentStatus.Unregistered) => "设备尚未办理使用登记，无需注销",
        ("cancel", _) => "使用登记已注销",
        ("change", EquipmentStatus.Unregistered or EquipmentStatus.InUse or EquipmentStatus.Stopped) => null,
        ("change", _) => $"设备当前为“{NameOf(from)}”，不能再办理变更",
        _ => "未知的办理事项",
    };
}
