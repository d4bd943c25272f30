using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class ResidentIdTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", Gender.Female)] // GB 11643 example
    [InlineData("11010519491231002x", "1949-12-31", Gender.Female)]
    [InlineData("110105194912310011", "1949-12-31", Gender.Male)]
    [InlineData("370102200002290012", "2000-02-29", Gender.Male)]
    [InlineData("370102202611230022", "2026-11-23", Gender.Female)]
    public void Valid_ids(string id, string birth, Gender gender)
    {
        var check = ResidentId.Check(id, Today);

        Assert.True(check.Valid, check.Error);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), check.BirthDate);
        Assert.Equal(gender, check.Gender);
        Assert.Equal(gender, ResidentId.GenderOf(id));
    }

    [Theory]
    [InlineData("", "公民身份号码不能为空")]
    [InlineData("11010519491231002", "公民身份号码应为18位，实际为17位")]
    [InlineData("110105491231002", "公民身份号码应为18位，实际为15位")]
    [InlineData("1101051949123100AX", "第17位字符“A”不合法：前17位只能是数字")]
    [InlineData("11010519491231002Y", "第18位字符“Y”不合法：校验码只能是数字或 X")]
    [InlineData("110105194912310021", "校验码错误：第18位应为“X”，实际为“1”")]
    [InlineData("110105194902300026", "出生日期“19490230”不是有效日期")]
    [InlineData("370102200102290010", "出生日期“20010229”不是有效日期")]
    [InlineData("370102202611240010", "出生日期“20261124”晚于今天")]
    [InlineData("370102189912310010", "出生日期“18991231”早于1900年")]
    [InlineData("990105194912310028", "地址码“990105”不合法：前6位应为县级行政区划代码")]
    [InlineData("110000194912310028", "地址码“110000”不合法：前6位应为县级行政区划代码")]
    public void Invalid_ids_give_a_chinese_reason(string id, string error)
    {
        var check = ResidentId.Check(id, Today);

        Assert.False(check.Valid);
        Assert.Equal(error, check.Error);
    }

    [Theory]
    [InlineData("11010519491231002X", '2', 'X')]
    [InlineData("110105194912310011", '1', '1')]
    [InlineData("370102200002290012", '1', '2')]
    public void Computes_check_char(string id, char parityDigit, char expected)
    {
        Assert.Equal(parityDigit, id[16]);
        Assert.Equal(expected, ResidentId.ComputeCheckChar(id[..17]));
    }

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData("370102200002290012", "370102********0012")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345", "*****")]
    [InlineData(null, "")]
    public void Masks_all_but_first_six_and_last_four(string? id, string masked) =>
        Assert.Equal(masked, ResidentId.Mask(id));
}
