using System.Globalization;

namespace Zhijian.Platform.Codes;

/// <summary>性别（由公民身份号码顺序码奇偶判断）。</summary>
public enum Gender
{
    /// <summary>男（顺序码为奇数）。</summary>
    Male,

    /// <summary>女（顺序码为偶数）。</summary>
    Female,
}

/// <summary>公民身份号码校验结果（GB 11643）。</summary>
/// <param name="Code">规范化后的号码（去空白、x 转大写）。</param>
/// <param name="Valid">是否合法。</param>
/// <param name="Error">不合法时的中文原因。</param>
/// <param name="BirthDate">出生日期（第7–14位），日期合法时给出。</param>
/// <param name="Gender">性别，号码合法时给出。</param>
public sealed record ResidentIdCheck(string Code, bool Valid, string? Error, DateOnly? BirthDate, Gender? Gender);

/// <summary>
/// 公民身份号码（GB 11643）：6位地址码 + 8位出生日期码 + 3位顺序码（奇数为男、偶数为女）+ 1位校验码。
/// 校验码 = "10X98765432"[Σ(aᵢ·wᵢ) mod 11]，权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2。
/// 号码属个人信息：存储加密，显示一律用 <see cref="Mask"/>。
/// </summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>
    /// 校验18位公民身份号码：字符、地址码（6位数字，省级前两位在 11–82 之间）、
    /// 出生日期（真实日期、不早于1900年、不晚于 <paramref name="today"/>）与校验码。
    /// </summary>
    /// <param name="id">号码。</param>
    /// <param name="today">判断“未来日期”用的当天（默认取系统当天），便于测试。</param>
    public static ResidentIdCheck Check(string? id, DateOnly? today = null)
    {
        var code = (id ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return Fail(code, "公民身份号码不能为空");
        }

        if (code.Length != 18)
        {
            return Fail(code, $"公民身份号码应为18位，实际为{code.Length}位");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return Fail(code, $"第{i + 1}位字符“{code[i]}”不合法：前17位只能是数字");
            }
        }

        if (!char.IsAsciiDigit(code[17]) && code[17] != 'X')
        {
            return Fail(code, $"第18位字符“{code[17]}”不合法：校验码只能是数字或 X");
        }

        var province = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (province is < 11 or > 82 || code.AsSpan(2, 4).SequenceEqual("0000"))
        {
            return Fail(code, $"地址码“{code[..6]}”不合法：前6位应为县级行政区划代码");
        }

        if (!DateOnly.TryParseExact(code.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            return Fail(code, $"出生日期“{code.Substring(6, 8)}”不是有效日期");
        }

        var now = today ?? DateOnly.FromDateTime(DateTime.Now);
        if (birth > now)
        {
            return Fail(code, $"出生日期“{code.Substring(6, 8)}”晚于今天", birth);
        }

        if (birth.Year < 1900)
        {
            return Fail(code, $"出生日期“{code.Substring(6, 8)}”早于1900年", birth);
        }

        var expected = ComputeCheckChar(code[..17]);
        if (code[17] != expected)
        {
            return Fail(code, $"校验码错误：第18位应为“{expected}”，实际为“{code[17]}”", birth);
        }

        return new ResidentIdCheck(code, true, null, birth, GenderOf(code));
    }

    /// <summary>是否为合法的18位公民身份号码。</summary>
    public static bool IsValid(string? id, DateOnly? today = null) => Check(id, today).Valid;

    /// <summary>由前17位数字计算校验码。</summary>
    /// <exception cref="ArgumentException">不是17位数字。</exception>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("公民身份号码本体应为17位数字", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>
    /// 掩码显示：保留前6位与后4位，中间8位以“*”代替，如 110105********002X。
    /// 长度不足11位时全部以“*”代替；空值返回空串。
    /// </summary>
    public static string Mask(string? id)
    {
        var code = (id ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return string.Empty;
        }

        if (code.Length < 11)
        {
            return new string('*', code.Length);
        }

        return string.Concat(code.AsSpan(0, 6), new string('*', code.Length - 10), code.AsSpan(code.Length - 4));
    }

    /// <summary>由第17位（顺序码末位）奇偶判断性别：奇数为男、偶数为女。</summary>
    /// <exception cref="ArgumentException">号码不足17位或第17位不是数字。</exception>
    public static Gender GenderOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var code = id.Trim();
        if (code.Length < 17 || !char.IsAsciiDigit(code[16]))
        {
            throw new ArgumentException("公民身份号码第17位应为数字", nameof(id));
        }

        return (code[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
    }

    private static ResidentIdCheck Fail(string code, string error, DateOnly? birth = null) => new(code, false, error, birth, null);
}
