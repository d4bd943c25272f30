using System.Globalization;

namespace Zhijian.Platform.Codes;

/// <summary>
/// 统一社会信用代码校验结果（GB 32100-2015）。
/// </summary>
/// <param name="Code">规范化后的代码（去空白、大写）。</param>
/// <param name="Valid">是否通过格式与校验码检查。</param>
/// <param name="Error">不通过时的中文原因，通过时为 null。</param>
/// <param name="Authority">登记管理部门（第1位）名称，未知时为 null。</param>
/// <param name="EntityType">机构类别（第2位）名称，未知时为 null。</param>
/// <param name="DivisionCode">登记管理机关行政区划码（第3–8位）。</param>
/// <param name="ExpectedCheckChar">按前17位算出的校验码（第18位）。</param>
public sealed record UsccCheck(
    string Code,
    bool Valid,
    string? Error,
    string? Authority,
    string? EntityType,
    string? DivisionCode,
    string? ExpectedCheckChar);

/// <summary>
/// 统一社会信用代码（GB 32100-2015）：18位 = 登记管理部门码1位 + 机构类别码1位 + 行政区划码6位
/// + 主体标识码（组织机构代码）9位 + 校验码1位。
/// </summary>
public static class Uscc
{
    /// <summary>代码字符集（31个，值即下标）：不使用 I、O、S、V、Z。</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>代码长度。</summary>
    public const int Length = 18;

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly Dictionary<char, string> Authorities = new()
    {
        ['1'] = "机构编制",
        ['5'] = "民政",
        ['9'] = "市场监管（工商）",
        ['Y'] = "其他",
    };

    private static readonly Dictionary<char, string> MarketTypes = new()
    {
        ['1'] = "企业",
        ['2'] = "个体工商户",
        ['3'] = "农民专业合作社",
    };

    /// <summary>校验统一社会信用代码，返回规范化代码、结论、中文错误与显示信息。</summary>
    public static UsccCheck Check(string? code)
    {
        var normalized = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (normalized.Length == 0)
        {
            return Fail(normalized, "统一社会信用代码不能为空");
        }

        if (normalized.Length != Length)
        {
            return Fail(normalized, $"统一社会信用代码应为18位，实际为{normalized.Length}位");
        }

        for (var i = 0; i < Length; i++)
        {
            var c = normalized[i];
            var error = CharError(c, i);
            if (error is not null)
            {
                return Fail(normalized, $"第{i + 1}位字符“{c}”不合法：{error}");
            }
        }

        var expected = ComputeCheckChar(normalized[..17]);
        var authority = Authorities.GetValueOrDefault(normalized[0]);
        var entityType = normalized[0] == '9' ? MarketTypes.GetValueOrDefault(normalized[1]) : null;
        var division = normalized.Substring(2, 6);
        var expectedText = expected.ToString(CultureInfo.InvariantCulture);
        if (normalized[17] != expected)
        {
            return new UsccCheck(
                normalized,
                false,
                $"校验码错误：第18位应为“{expected}”，实际为“{normalized[17]}”",
                authority,
                entityType,
                division,
                expectedText);
        }

        return new UsccCheck(normalized, true, null, authority, entityType, division, expectedText);
    }

    /// <summary>是否为合法的统一社会信用代码（含校验码）。</summary>
    public static bool IsValid(string? code) => Check(code).Valid;

    /// <summary>按 GB 32100-2015 由前17位计算第18位校验码。</summary>
    /// <exception cref="ArgumentException">不是17位或含非法字符。</exception>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17)
        {
            throw new ArgumentException($"统一社会信用代码本体应为17位，实际为{first17.Length}位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(first17[i]), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"第{i + 1}位字符“{first17[i]}”不在统一社会信用代码字符集中", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>由17位本体生成完整的统一社会信用代码（追加校验码），供测试数据生成器使用。</summary>
    public static string Build(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var body = first17.Trim().ToUpperInvariant();
        return body + ComputeCheckChar(body);
    }

    /// <summary>
    /// 由各部分生成统一社会信用代码：登记管理部门码、机构类别码、6位行政区划码、
    /// 8位组织机构代码本体（自动补 GB 11714 校验码）。
    /// </summary>
    public static string Build(char authority, char entityType, string divisionCode, string organizationBody)
    {
        ArgumentNullException.ThrowIfNull(divisionCode);
        ArgumentNullException.ThrowIfNull(organizationBody);
        var org = OrganizationCode.Build(organizationBody);
        return Build($"{authority}{entityType}{divisionCode}{org}");
    }

    private static string? CharError(char c, int index)
    {
        if (c is 'I' or 'O' or 'S' or 'V' or 'Z')
        {
            return "统一社会信用代码不使用 I、O、S、V、Z";
        }

        if (index is >= 2 and <= 7)
        {
            return c is >= '0' and <= '9' ? null : "第3–8位为登记管理机关行政区划码，只能是数字";
        }

        return Alphabet.Contains(c, StringComparison.Ordinal) ? null : "只能是数字或大写字母（不含 I、O、S、V、Z）";
    }

    private static UsccCheck Fail(string code, string error) => new(code, false, error, null, null, null, null);
}
