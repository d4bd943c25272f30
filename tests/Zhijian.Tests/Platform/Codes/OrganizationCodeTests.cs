using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class OrganizationCodeTests
{
    [Theory]
    // positions 9–17 of the published USCCs in UsccTests
    [InlineData("M000100Y-4", "M000100Y4")]
    [InlineData("79965505-8", "799655058")]
    [InlineData("71526726-X", "71526726X")]
    [InlineData("19220382-1", "192203821")]
    [InlineData("55852163-0", "558521630")]
    [InlineData("192203821", "192203821")]
    [InlineData(" 71526726-x ", "71526726X")]
    public void Valid_codes_with_or_without_hyphen(string input, string normalized)
    {
        var check = OrganizationCode.Check(input);

        Assert.True(check.Valid, check.Error);
        Assert.Equal(normalized, check.Code);
    }

    [Theory]
    [InlineData("M000100Y", '4')]
    [InlineData("79965505", '8')]
    [InlineData("71526726", 'X')]
    [InlineData("55852163", '0')]
    public void Computes_check_char(string body, char expected) =>
        Assert.Equal(expected, OrganizationCode.ComputeCheckChar(body));

    [Theory]
    [InlineData("", "组织机构代码不能为空")]
    [InlineData("7996550", "组织机构代码应为9位（可写作“XXXXXXXX-X”），实际为7位")]
    [InlineData("79965505-88", "组织机构代码应为9位（可写作“XXXXXXXX-X”），实际为11位")]
    [InlineData("7996#505-8", "第5位字符“#”不合法：本体只能是数字或大写字母")]
    [InlineData("79965505-7", "校验码错误：第9位应为“8”，实际为“7”")]
    [InlineData("715267260", "校验码错误：第9位应为“X”，实际为“0”")]
    public void Invalid_codes_give_a_chinese_reason(string input, string error)
    {
        var check = OrganizationCode.Check(input);

        Assert.False(check.Valid);
        Assert.Equal(error, check.Error);
    }
}
