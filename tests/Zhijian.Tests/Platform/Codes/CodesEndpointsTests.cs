using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Platform.Codes;

// Handler-level tests; HTTP tests through the composed app come with the host wiring.
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class CodesEndpointsTests
{
    [Fact]
    public void Uscc_lookup_names_the_division()
    {
        var result = CodesEndpoints.LookupUscc("914403001922038216", DivisionTable.Default);

        Assert.True(result.Value!.Valid);
        Assert.Equal("440300", result.Value.DivisionCode);
        Assert.Equal("广东省深圳市", result.Value.DivisionName);
        Assert.Equal("企业", result.Value.EntityType);
    }

    [Fact]
    public void Invalid_uscc_still_answers_ok_with_the_reason()
    {
        var result = CodesEndpoints.LookupUscc("91350100M000100Y4Z", DivisionTable.Default);

        Assert.False(result.Value!.Valid);
        Assert.Equal("第18位字符“Z”不合法：统一社会信用代码不使用 I、O、S、V、Z", result.Value.Error);
    }

    [Fact]
    public void Division_lookup()
    {
        var result = CodesEndpoints.LookupDivision("370100", DivisionTable.Default);

        var ok = Assert.IsType<Ok<DivisionResponse>>(result.Result);
        Assert.Equal("山东省济南市", ok.Value!.FullName);
        Assert.Equal("370000", ok.Value.Parent);
        Assert.Equal(12, ok.Value.Children.Count);
        Assert.False(ok.Value.Retired);
    }

    [Fact]
    public void Unknown_division_is_404_in_chinese()
    {
        var result = CodesEndpoints.LookupDivision("999999", DivisionTable.Default);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(404, problem.StatusCode);
        Assert.Equal("行政区划代码不存在", problem.ProblemDetails.Title);
        Assert.StartsWith("行政区划代码“999999”不在 GB/T 2260 代码表中（数据来源：", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3701")]
    [InlineData("37010x")]
    [InlineData("3701020011")]
    public void Malformed_division_is_400_naming_the_field(string code)
    {
        var result = CodesEndpoints.LookupDivision(code, DivisionTable.Default);

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("请求参数有误", problem.ProblemDetails.Title);
        Assert.Equal(["行政区划代码应为6位或9位数字"], ((HttpValidationProblemDetails)problem.ProblemDetails).Errors["code"]);
    }

    [Fact]
    public void Industry_lookup_and_errors()
    {
        var ok = Assert.IsType<Ok<IndustryResponse>>(CodesEndpoints.LookupIndustry("011", IndustryTable.Default).Result);
        Assert.Equal("中类", ok.Value!.LevelName);
        Assert.Equal("01", ok.Value.Parent);
        Assert.Contains(ok.Value.Children, c => c.Code == "0111");

        var missing = Assert.IsType<ProblemHttpResult>(CodesEndpoints.LookupIndustry("9999", IndustryTable.Default).Result);
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("行业代码不存在", missing.ProblemDetails.Title);

        var bad = Assert.IsType<ValidationProblem>(CodesEndpoints.LookupIndustry("01x", IndustryTable.Default).Result);
        Assert.True(((HttpValidationProblemDetails)bad.ProblemDetails).Errors.ContainsKey("code"));
    }
}
