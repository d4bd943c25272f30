using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhijian.FoodSafety.Domain.Trace;

/// <summary>A batch (what) normalised to one key: GTIN-14 + lot, or a Chinese 追溯码.</summary>
internal sealed record BatchRef(string Key, string? Gtin, string? Lot, string? TraceCode);

/// <summary>
/// The identifiers the 追溯 area accepts (docs/food-traceability.md). Batches: EPC class <c>urn:epc:class:lgtin:{companyPrefix}.{itemRef}.{lot}</c>
/// (GTIN-14 computed with its check digit), GS1 Digital Link <c>https://id.gs1.org/01/{gtin}/10/{lot}</c> (any host), a bare
/// <c>01/{gtin}/10/{lot}</c>, or a 追溯码 <c>urn:zhijian:trace:{code}</c>. One key per batch: <c>01/{gtin14}/10/{lot}</c> or
/// <c>zj/{code}</c>. Parties: <c>urn:epc:id:sgln:{companyPrefix}.{locationRef}.{ext}</c>, <c>urn:epc:id:pgln:{companyPrefix}.{partyRef}</c>,
/// <c>urn:zhijian:party:{USCC}</c> or <c>urn:zhijian:party:{USCC}:{premises}</c> (a stall: the market's USCC and its stall number).
/// </summary>
internal static partial class TraceIds
{
    public const string LgtinPrefix = "urn:epc:class:lgtin:";
    public const string TraceCodePrefix = "urn:zhijian:trace:";
    public const string PartyPrefix = "urn:zhijian:party:";

    [GeneratedRegex(@"^[0-9A-Za-z!%-?_""&'()*+,./:;<=>]{1,20}$")]
    private static partial Regex LotRegex();

    [GeneratedRegex(@"^[0-9A-Za-z\-]{6,40}$")]
    private static partial Regex TraceCodeRegex();

    [GeneratedRegex(@"^[0-9A-Z]{18}$")]
    private static partial Regex UsccShape();

    [GeneratedRegex(@"^[0-9A-Za-z\-_]{1,30}$")]
    private static partial Regex PremisesRegex();

    /// <summary>The GS1 check digit (mod 10, weights 3/1 from the right) of the digits before it.</summary>
    public static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>A batch identifier in any accepted form, or null with the reason in Chinese.</summary>
    public static BatchRef? ParseBatch(string? value, out string? error)
    {
        error = null;
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            error = "批次标识不能为空";
            return null;
        }

        if (v.StartsWith(LgtinPrefix, StringComparison.OrdinalIgnoreCase)) return FromLgtin(v[LgtinPrefix.Length..], out error);
        if (v.StartsWith(TraceCodePrefix, StringComparison.OrdinalIgnoreCase)) return FromTraceCode(v[TraceCodePrefix.Length..], out error);
        if (v.StartsWith("zj/", StringComparison.Ordinal)) return FromTraceCode(v[3..], out error);
        var path = v;
        if (v.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(v, UriKind.Absolute, out var uri))
            {
                error = $"“{v}”不是有效的 GS1 数字链接";
                return null;
            }

            path = uri.AbsolutePath.TrimStart('/');
        }

        var parts = path.Split('/');
        if (parts.Length >= 4 && parts[0] == "01" && parts[2] == "10") return FromGtinLot(parts[1], Uri.UnescapeDataString(parts[3]), out error);
        if (v.Length is >= 6 and <= 40 && TraceCodeRegex().IsMatch(v) && !v.Contains(':', StringComparison.Ordinal)) return FromTraceCode(v, out error);
        error = $"“{Short(v)}”不是可识别的批次标识（应为 urn:epc:class:lgtin:厂商识别代码.商品项目代码.批号、GS1 数字链接 https://id.gs1.org/01/GTIN/10/批号 或 urn:zhijian:trace:追溯码）";
        return null;
    }

    private static BatchRef? FromLgtin(string rest, out string? error)
    {
        error = null;
        var parts = rest.Split('.', 3);
        if (parts.Length != 3 || parts[0].Length == 0 || !parts[0].All(char.IsAsciiDigit) || !parts[1].All(char.IsAsciiDigit))
        {
            error = $"EPC 类标识“{LgtinPrefix}{Short(rest)}”格式应为 厂商识别代码.指示符与商品项目代码.批号";
            return null;
        }

        if (parts[0].Length + parts[1].Length != 13 || parts[0].Length is < 6 or > 12)
        {
            error = $"EPC 类标识“{LgtinPrefix}{Short(rest)}”的厂商识别代码与商品项目代码合计应为 13 位（现 {parts[0].Length + parts[1].Length} 位）";
            return null;
        }

        // The itemRef's first digit is the GTIN's indicator digit: GTIN-14 = indicator + company prefix + item ref (rest) + check.
        var body = string.Concat(parts[1].AsSpan(0, 1), parts[0], parts[1].AsSpan(1));
        var gtin = body + CheckDigit(body).ToString(CultureInfo.InvariantCulture);
        return Make(gtin, Uri.UnescapeDataString(parts[2]), out error);
    }

    private static BatchRef? FromGtinLot(string gtin, string lot, out string? error)
    {
        error = null;
        if (!gtin.All(char.IsAsciiDigit) || gtin.Length is not (8 or 12 or 13 or 14))
        {
            error = $"GTIN“{Short(gtin)}”应为 8、12、13 或 14 位数字";
            return null;
        }

        var g14 = gtin.PadLeft(14, '0');
        if (CheckDigit(g14[..13]) != g14[13] - '0')
        {
            error = $"GTIN“{gtin}”的校验位错误（应为 {CheckDigit(g14[..13])}）";
            return null;
        }

        return Make(g14, lot, out error);
    }

    private static BatchRef? Make(string gtin14, string lot, out string? error)
    {
        error = null;
        if (!LotRegex().IsMatch(lot))
        {
            error = $"批号“{Short(lot)}”应为 1–20 位 GS1 允许的字符";
            return null;
        }

        return new BatchRef($"01/{gtin14}/10/{lot}", gtin14, lot, null);
    }

    private static BatchRef? FromTraceCode(string code, out string? error)
    {
        error = null;
        code = code.Trim();
        if (!TraceCodeRegex().IsMatch(code))
        {
            error = $"追溯码“{Short(code)}”应为 6–40 位字母、数字或连字符";
            return null;
        }

        return new BatchRef($"zj/{code.ToUpperInvariant()}", null, null, code.ToUpperInvariant());
    }

    /// <summary>A party identifier normalised (GS1 SGLN/PGLN or the platform form), or null with the reason in Chinese. <paramref name="uscc"/> is the USCC a platform id carries.</summary>
    public static string? ParseParty(string? value, out string? uscc, out string? error)
    {
        uscc = null;
        error = null;
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            error = "参与方标识不能为空";
            return null;
        }

        if (v.StartsWith("urn:epc:id:sgln:", StringComparison.OrdinalIgnoreCase))
        {
            var p = v[16..].Split('.');
            if (p.Length != 3 || !p[0].All(char.IsAsciiDigit) || !p[1].All(char.IsAsciiDigit) || p[0].Length + p[1].Length != 12 || p[0].Length < 6 || p[2].Length is 0 or > 20)
            {
                error = $"位置标识“{Short(v)}”应为 urn:epc:id:sgln:厂商识别代码.位置代码.扩展码（前两段合计 12 位数字）";
                return null;
            }

            return "urn:epc:id:sgln:" + v[16..];
        }

        if (v.StartsWith("urn:epc:id:pgln:", StringComparison.OrdinalIgnoreCase))
        {
            var p = v[16..].Split('.');
            if (p.Length != 2 || !p[0].All(char.IsAsciiDigit) || !p[1].All(char.IsAsciiDigit) || p[0].Length + p[1].Length != 12 || p[0].Length < 6)
            {
                error = $"参与方标识“{Short(v)}”应为 urn:epc:id:pgln:厂商识别代码.参与方代码（合计 12 位数字）";
                return null;
            }

            return "urn:epc:id:pgln:" + v[16..];
        }

        if (v.StartsWith(PartyPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var p = v[PartyPrefix.Length..].Split(':');
            var code = p[0].ToUpperInvariant();
            if (p.Length > 2 || !UsccShape().IsMatch(code) || !Zhijian.Platform.Codes.Uscc.IsValid(code))
            {
                error = $"参与方标识“{Short(v)}”应为 urn:zhijian:party:统一社会信用代码[:场所编号]，且统一社会信用代码须有效";
                return null;
            }

            if (p.Length == 2 && !PremisesRegex().IsMatch(p[1]))
            {
                error = $"参与方标识“{Short(v)}”的场所编号应为 1–30 位字母、数字、连字符或下划线";
                return null;
            }

            uscc = code;
            return PartyPrefix + code + (p.Length == 2 ? ":" + p[1] : "");
        }

        error = $"参与方标识“{Short(v)}”不是可识别的形式（urn:epc:id:sgln:…、urn:epc:id:pgln:… 或 urn:zhijian:party:统一社会信用代码[:场所编号]）";
        return null;
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
