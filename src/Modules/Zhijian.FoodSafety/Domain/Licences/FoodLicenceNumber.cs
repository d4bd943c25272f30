using System.Text.RegularExpressions;
using Zhijian.Platform.Codes;

namespace Zhijian.FoodSafety.Domain.Licences;

/// <summary>许可或登记的种类.</summary>
internal enum FoodLicenceKind
{
    /// <summary>食品生产许可（SC）</summary>
    Production = 1,

    /// <summary>食品经营许可（JY）</summary>
    Business = 2,

    /// <summary>仅销售预包装食品备案</summary>
    Filing = 3,

    /// <summary>食品小作坊登记（地方规定）</summary>
    WorkshopRegistration = 4,

    /// <summary>食品摊贩登记（地方规定）</summary>
    VendorRegistration = 5,
}

/// <summary>The result of checking a licence or registration number (<see cref="FoodLicenceNumber.Check"/>).</summary>
internal sealed record FoodLicenceCheck(string Number, bool Valid, FoodLicenceKind? Kind, string? DivisionCode, FoodBusinessType? BusinessType,
    string? Category, string? Reason);

/// <summary>
/// 食品生产许可证编号 <c>SC</c> + 14 digits: 3-digit 食品类别 (1xx 食品, 2xx 食品添加剂), 6-digit GB/T 2260 area, 4-digit serial,
/// 1 check digit. 食品经营许可证编号 <c>JY</c> + 14 digits: 1 主体业态 digit (1 食品销售, 2 餐饮服务, 3 单位食堂), 6-digit area,
/// 6-digit serial, 1 check digit. The check digit's algorithm is not published: format and area (present in the
/// platform's GB/T 2260 table, current or retired) are checked, nothing more. 备案 and local 小作坊/摊贩 登记 numbers have
/// no national format ([?] L8): any 6–30 character identifier of digits and capital letters, its kind given by the caller.
/// </summary>
internal static partial class FoodLicenceNumber
{
    public static string KindName(FoodLicenceKind kind) => kind switch
    {
        FoodLicenceKind.Production => "食品生产许可",
        FoodLicenceKind.Business => "食品经营许可",
        FoodLicenceKind.Filing => "仅销售预包装食品备案",
        FoodLicenceKind.WorkshopRegistration => "食品小作坊登记",
        FoodLicenceKind.VendorRegistration => "食品摊贩登记",
        _ => kind.ToString(),
    };

    /// <summary>Short codes used in files and the API: SC, JY, 备案, 小作坊登记, 摊贩登记.</summary>
    public static string Code(FoodLicenceKind kind) => kind switch
    {
        FoodLicenceKind.Production => "SC",
        FoodLicenceKind.Business => "JY",
        FoodLicenceKind.Filing => "备案",
        FoodLicenceKind.WorkshopRegistration => "小作坊登记",
        FoodLicenceKind.VendorRegistration => "摊贩登记",
        _ => kind.ToString(),
    };

    /// <summary>Reads a kind from its code, Chinese name or enum name (null when unknown).</summary>
    public static FoodLicenceKind? ParseKind(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0) return null;
        foreach (var k in Enum.GetValues<FoodLicenceKind>())
        {
            if (string.Equals(t, Code(k), StringComparison.OrdinalIgnoreCase) || t == KindName(k)
                || string.Equals(t, k.ToString(), StringComparison.OrdinalIgnoreCase))
                return k;
        }

        return t switch
        {
            "生产许可" or "食品生产许可证" => FoodLicenceKind.Production,
            "经营许可" or "食品经营许可证" => FoodLicenceKind.Business,
            "仅销售预包装食品" or "预包装食品备案" => FoodLicenceKind.Filing,
            "小作坊" => FoodLicenceKind.WorkshopRegistration,
            "摊贩" => FoodLicenceKind.VendorRegistration,
            _ => null,
        };
    }

    public static string BusinessTypeName(FoodBusinessType type) => type switch
    {
        FoodBusinessType.Production => "食品生产",
        FoodBusinessType.Sales => "食品销售",
        FoodBusinessType.Catering => "餐饮服务",
        FoodBusinessType.Canteen => "单位食堂",
        FoodBusinessType.PrepackagedSales => "仅销售预包装食品",
        FoodBusinessType.Workshop => "食品小作坊",
        FoodBusinessType.Vendor => "食品摊贩",
        _ => type.ToString(),
    };

    /// <summary>The 业态 a kind of licence implies when its number does not say (SC, 备案, 登记).</summary>
    public static FoodBusinessType? ImpliedType(FoodLicenceKind kind) => kind switch
    {
        FoodLicenceKind.Production => FoodBusinessType.Production,
        FoodLicenceKind.Filing => FoodBusinessType.PrepackagedSales,
        FoodLicenceKind.WorkshopRegistration => FoodBusinessType.Workshop,
        FoodLicenceKind.VendorRegistration => FoodBusinessType.Vendor,
        _ => null,
    };

    /// <summary>
    /// Checks <paramref name="number"/>. SC and JY numbers are recognised by their prefix; a 备案 or 登记 identifier needs
    /// <paramref name="declared"/> (its format is local). A declared SC/JY kind must match the prefix.
    /// </summary>
    public static FoodLicenceCheck Check(string? number, DivisionTable divisions, FoodLicenceKind? declared = null)
    {
        var n = (number ?? "").Trim().ToUpperInvariant();
        FoodLicenceCheck Bad(string reason, FoodLicenceKind? kind = null) => new(n, false, kind ?? declared, null, null, null, reason);
        if (n.Length == 0) return Bad("许可证编号不能为空");

        if (declared is FoodLicenceKind.Filing or FoodLicenceKind.WorkshopRegistration or FoodLicenceKind.VendorRegistration)
        {
            return LocalId().IsMatch(n)
                ? new(n, true, declared, null, ImpliedType(declared.Value), null, null)
                : Bad($"{KindName(declared.Value)}编号应为6–30位数字或大写字母（各地格式不同，不校验结构）");
        }

        var prefix = n.Length >= 2 ? n[..2] : n;
        var kind = prefix switch { "SC" => FoodLicenceKind.Production, "JY" => FoodLicenceKind.Business, _ => (FoodLicenceKind?)null };
        if (kind is null)
            return Bad($"许可证编号应以 SC（食品生产许可）或 JY（食品经营许可）开头，“{n}”的开头是“{prefix}”；备案或小作坊、摊贩登记编号请同时注明种类");
        if (declared is { } d && d != kind)
            return Bad($"许可种类为{KindName(d)}，但编号以 {prefix} 开头（{KindName(kind.Value)}）", kind);

        var digits = n[2..];
        if (digits.Length != 14)
            return Bad($"{KindName(kind.Value)}证编号应为 {prefix} 加14位数字（共16位），“{n}”共 {n.Length} 位", kind);
        if (!digits.All(char.IsAsciiDigit))
            return Bad($"{KindName(kind.Value)}证编号 {prefix} 之后应全为数字", kind);

        string area;
        FoodBusinessType type;
        string? category = null;
        if (kind == FoodLicenceKind.Production)
        {
            category = digits[..3];
            if (category[0] is not ('1' or '2'))
                return Bad($"食品生产许可证编号第3–5位为食品类别编码，应以1（食品）或2（食品添加剂）开头，实际为“{category}”", kind);
            area = digits.Substring(3, 6);
            type = FoodBusinessType.Production;
        }
        else
        {
            type = digits[0] switch
            {
                '1' => FoodBusinessType.Sales,
                '2' => FoodBusinessType.Catering,
                '3' => FoodBusinessType.Canteen,
                _ => 0,
            };
            if (type == 0)
                return Bad($"食品经营许可证编号第3位为主体业态：1 食品销售、2 餐饮服务、3 单位食堂，实际为“{digits[0]}”", kind);
            area = digits.Substring(1, 6);
        }

        if (divisions.Find(area) is null)
            return Bad($"许可证编号中的行政区划代码“{area}”不在 GB/T 2260 行政区划代码表中（{divisions.Source}，{divisions.Date}）", kind);
        return new(n, true, kind, area, type, category is null ? null : category[0] == '1' ? "食品" : "食品添加剂", null);
    }

    [GeneratedRegex("^[A-Z0-9]{6,30}$")]
    private static partial Regex LocalId();
}
