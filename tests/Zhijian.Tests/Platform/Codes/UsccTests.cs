using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class UsccTests
{
    [Theory]
    // GB 32100-2015 worked example
    [InlineData("91350100M000100Y43", "350100")]
    // published codes of well-known enterprises (checked against the GB 32100 algorithm)
    [InlineData("91330100799655058B", "330100")] // 阿里巴巴（中国）有限公司
    [InlineData("9144030071526726XG", "440300")] // 腾讯科技（深圳）有限公司
    [InlineData("91440300708461136T", "440300")] // 深圳市腾讯计算机系统有限公司
    [InlineData("914403001922038216", "440300")] // 华为技术有限公司
    [InlineData("91110108558521630L", "110108")] // 小米通讯技术有限公司
    [InlineData("91110000802100433B", "110000")] // 百度在线网络技术（北京）有限公司
    [InlineData("91110000710926094P", "110000")] // 中国石油化工股份有限公司
    public void Real_codes_are_valid(string code, string division)
    {
        var check = Uscc.Check(code);

        Assert.True(check.Valid, check.Error);
        Assert.Null(check.Error);
        Assert.Equal(code, check.Code);
        Assert.Equal(division, check.DivisionCode);
        Assert.Equal("市场监管（工商）", check.Authority);
        Assert.Equal("企业", check.EntityType);
        Assert.Equal(code[17].ToString(), check.ExpectedCheckChar);
        Assert.True(Uscc.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91330100799655058", 'B')]
    [InlineData("9144030071526726X", 'G')]
    [InlineData("91440300192203821", '6')]
    [InlineData("91110108558521630", 'L')]
    public void Computes_check_char(string first17, char expected) =>
        Assert.Equal(expected, Uscc.ComputeCheckChar(first17));

    [Theory]
    [InlineData(null, "统一社会信用代码不能为空")]
    [InlineData("", "统一社会信用代码不能为空")]
    [InlineData("   ", "统一社会信用代码不能为空")]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位，实际为17位")]
    [InlineData("91350100M000100Y433", "统一社会信用代码应为18位，实际为19位")]
    [InlineData("91I50100M000100Y43", "第3位字符“I”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("9135A100M000100Y43", "第5位字符“A”不合法：第3–8位为登记管理机关行政区划码，只能是数字")]
    [InlineData("9135010OM000100Y43", "第8位字符“O”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("913501A0M000100Y43", "第7位字符“A”不合法：第3–8位为登记管理机关行政区划码，只能是数字")]
    [InlineData("I1350100M000100Y43", "第1位字符“I”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("91350100M0001O0Y43", "第14位字符“O”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("91350100S000100Y43", "第9位字符“S”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("91350100M000100Y4V", "第18位字符“V”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("91350100M000100Y4-", "第18位字符“-”不合法：只能是数字或大写字母（不含 I、O、S、V、Z）")]
    [InlineData("91350100M000100Y4Z", "第18位字符“Z”不合法：统一社会信用代码不使用 I、O、S、V、Z")]
    [InlineData("91350100M000100Y44", "校验码错误：第18位应为“3”，实际为“4”")]
    [InlineData("91330100799655058C", "校验码错误：第18位应为“B”，实际为“C”")]
    public void Invalid_codes_give_a_chinese_reason(string? code, string error)
    {
        var check = Uscc.Check(code);

        Assert.False(check.Valid);
        Assert.Equal(error, check.Error);
        Assert.False(Uscc.IsValid(code));
    }

    [Fact]
    public void Check_mismatch_still_reports_display_fields()
    {
        var check = Uscc.Check("91350100M000100Y44");

        Assert.Equal("3", check.ExpectedCheckChar);
        Assert.Equal("350100", check.DivisionCode);
        Assert.Equal("企业", check.EntityType);
    }

    [Theory]
    [InlineData(" 91330100799655058b ", "91330100799655058B")]
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    public void Normalises_whitespace_and_case(string input, string normalized)
    {
        var check = Uscc.Check(input);

        Assert.True(check.Valid);
        Assert.Equal(normalized, check.Code);
    }

    [Theory]
    [InlineData('1', '1', "机构编制", null)]
    [InlineData('5', '1', "民政", null)]
    [InlineData('9', '2', "市场监管（工商）", "个体工商户")]
    [InlineData('9', '3', "市场监管（工商）", "农民专业合作社")]
    [InlineData('9', '9', "市场监管（工商）", null)]
    [InlineData('Y', '1', "其他", null)]
    [InlineData('A', '1', null, null)]
    public void Authority_and_type_come_from_a_display_lookup(char authority, char type, string? authorityName, string? typeName)
    {
        var code = Uscc.Build($"{authority}{type}370102MA3C4D5E6");
        var check = Uscc.Check(code);

        Assert.True(check.Valid, check.Error);
        Assert.Equal(authorityName, check.Authority);
        Assert.Equal(typeName, check.EntityType);
    }

    [Fact]
    public void Build_from_parts_embeds_a_valid_organisation_code()
    {
        var code = Uscc.Build('9', '1', "350100", "M000100Y");

        Assert.Equal("91350100M000100Y43", code);
        Assert.True(OrganizationCode.IsValid(code[8..17]));
    }

    [Theory]
    [InlineData("9135010")]
    [InlineData("91350100M000100YI")]
    public void Compute_rejects_bad_bodies(string first17) =>
        Assert.Throws<ArgumentException>(() => Uscc.ComputeCheckChar(first17));
}
