namespace Zhijian.Platform.Codes;

/// <summary>组织机构代码校验结果（GB 11714）。</summary>
/// <param name="Code">规范化后的9位代码（不含连字符）。</param>
/// <param name="Valid">是否合法。</param>
/// <param name="Error">不合法时的中文原因。</param>
/// <param name="ExpectedCheckChar">按本体算出的校验码。</param>
public sealed record OrganizationCodeCheck(string Code, bool Valid, string? Error, string? ExpectedCheckChar);

/// <summary>
/// 组织机构代码（GB 11714）：8位本体（0–9、A–Z，值 0–35）+ 1位校验码；
/// 权重 3 7 9 10 5 8 4 2，校验值 = 11 − (Σ mod 11)，10 记为 X，11 记为 0。
/// 接受 “XXXXXXXX-X” 与 “XXXXXXXXX” 两种写法。
/// </summary>
public static class OrganizationCode
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>校验组织机构代码。</summary>
    public static OrganizationCodeCheck Check(string? code)
    {
        var normalized = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (normalized.Length == 0)
        {
            return new(normalized, false, "组织机构代码不能为空", null);
        }

        if (normalized.Length == 10 && normalized[8] == '-')
        {
            normalized = string.Concat(normalized.AsSpan(0, 8), normalized.AsSpan(9));
        }

        if (normalized.Length != 9)
        {
            return new(normalized, false, $"组织机构代码应为9位（可写作“XXXXXXXX-X”），实际为{normalized.Length}位", null);
        }

        for (var i = 0; i < 8; i++)
        {
            if (Value(normalized[i]) < 0)
            {
                return new(normalized, false, $"第{i + 1}位字符“{normalized[i]}”不合法：本体只能是数字或大写字母", null);
            }
        }

        var expected = ComputeCheckChar(normalized[..8]);
        var expectedText = expected.ToString();
        return normalized[8] == expected
            ? new(normalized, true, null, expectedText)
            : new(normalized, false, $"校验码错误：第9位应为“{expected}”，实际为“{normalized[8]}”", expectedText);
    }

    /// <summary>是否为合法的组织机构代码。</summary>
    public static bool IsValid(string? code) => Check(code).Valid;

    /// <summary>由8位本体计算校验码。</summary>
    /// <exception cref="ArgumentException">不是8位或含非法字符。</exception>
    public static char ComputeCheckChar(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length != 8)
        {
            throw new ArgumentException($"组织机构代码本体应为8位，实际为{body.Length}位", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var value = Value(char.ToUpperInvariant(body[i]));
            if (value < 0)
            {
                throw new ArgumentException($"第{i + 1}位字符“{body[i]}”不合法", nameof(body));
            }

            sum += value * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>由8位本体生成9位组织机构代码（不含连字符）。</summary>
    public static string Build(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var upper = body.Trim().ToUpperInvariant();
        return upper + ComputeCheckChar(upper);
    }

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
