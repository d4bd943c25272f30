using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Zhijian.Platform.Codes;

/// <summary>统一社会信用代码查验结果。</summary>
public sealed record UsccLookupResponse(
    string Code,
    bool Valid,
    string? Error,
    string? Authority,
    string? EntityType,
    string? DivisionCode,
    string? DivisionName);

/// <summary>行政区划代码的一个下级。</summary>
public sealed record DivisionChildResponse(string Code, string Name, string Level);

/// <summary>行政区划代码查询结果。</summary>
public sealed record DivisionResponse(
    string Code,
    string Name,
    string FullName,
    string Level,
    string? Parent,
    bool Retired,
    bool DevZone,
    IReadOnlyList<DivisionChildResponse> Children);

/// <summary>国民经济行业分类的一个下级。</summary>
public sealed record IndustryChildResponse(string Code, string Name, string Level, string LevelName);

/// <summary>国民经济行业分类代码查询结果。</summary>
public sealed record IndustryResponse(
    string Code,
    string Name,
    string Level,
    string LevelName,
    string? Parent,
    IReadOnlyList<IndustryChildResponse> Children);

/// <summary>代码表公共查询接口（/api/v1/codes，匿名可用）。</summary>
public static class CodesEndpoints
{
    /// <summary>Maps GET /api/v1/codes/uscc/{code}, /divisions/{code} and /industries/{code}.</summary>
    public static IEndpointRouteBuilder MapCodesEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/codes")
            .WithTags("代码表")
            .AllowAnonymous();

        group.MapGet("/uscc/{code}", ([FromRoute] string code, [FromServices] DivisionTable divisions) => LookupUscc(code, divisions))
            .WithName("CheckUscc")
            .WithSummary("查验统一社会信用代码（GB 32100-2015）")
            .WithDescription("校验格式与校验码，给出登记管理部门、机构类别与登记机关行政区划；代码不合法时仍返回200，valid 为 false 并附中文原因。");

        group.MapGet("/divisions/{code}", ([FromRoute] string code, [FromServices] DivisionTable divisions) => LookupDivision(code, divisions))
            .WithName("GetDivision")
            .WithSummary("查询行政区划代码（GB/T 2260）")
            .WithDescription("返回名称、全称、层级、上级代码、是否已撤销及现行下级；6位为省、地、县级，9位为乡级（目前仅济南市）。");

        group.MapGet("/industries/{code}", ([FromRoute] string code, [FromServices] IndustryTable industries) => LookupIndustry(code, industries))
            .WithName("GetIndustry")
            .WithSummary("查询国民经济行业分类代码（GB/T 4754-2017）")
            .WithDescription("返回门类、大类、中类或小类的名称、层级、上级代码与下级。");

        return app;
    }

    internal static Ok<UsccLookupResponse> LookupUscc(string code, DivisionTable divisions)
    {
        var check = Uscc.Check(code);
        string? divisionName = null;
        if (check.DivisionCode is { } division && divisions.Find(division) is not null)
        {
            divisionName = divisions.FullName(division);
        }

        return TypedResults.Ok(new UsccLookupResponse(
            check.Code, check.Valid, check.Error, check.Authority, check.EntityType, check.DivisionCode, divisionName));
    }

    internal static Results<Ok<DivisionResponse>, ValidationProblem, ProblemHttpResult> LookupDivision(string code, DivisionTable divisions)
    {
        var trimmed = (code ?? string.Empty).Trim();
        if (!DivisionTable.IsWellFormed(trimmed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["code"] = ["行政区划代码应为6位或9位数字"] },
                title: "请求参数有误");
        }

        var division = divisions.Find(trimmed);
        if (division is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "行政区划代码不存在",
                detail: $"行政区划代码“{trimmed}”不在 GB/T 2260 代码表中（数据来源：{divisions.Source}；截至 {divisions.Date}）");
        }

        var children = divisions.AllChildrenOf(division.Code)
            .Where(c => c.IsCurrent || !division.IsCurrent)
            .Select(c => new DivisionChildResponse(c.Code, c.Name, c.Level))
            .ToList();
        return TypedResults.Ok(new DivisionResponse(
            division.Code,
            division.Name,
            divisions.FullName(division.Code),
            division.Level,
            division.ParentCode,
            division.Retired,
            division.DevZone,
            children));
    }

    internal static Results<Ok<IndustryResponse>, ValidationProblem, ProblemHttpResult> LookupIndustry(string code, IndustryTable industries)
    {
        var trimmed = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (!IndustryTable.IsWellFormed(trimmed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["code"] = ["行业代码应为门类字母 A–T 或2–4位数字"] },
                title: "请求参数有误");
        }

        var industry = industries.Find(trimmed);
        if (industry is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "行业代码不存在",
                detail: $"行业代码“{trimmed}”不在 GB/T 4754-2017 国民经济行业分类中");
        }

        var children = industries.ChildrenOf(industry.Code)
            .Select(c => new IndustryChildResponse(c.Code, c.Name, c.Level, c.LevelName))
            .ToList();
        return TypedResults.Ok(new IndustryResponse(
            industry.Code, industry.Name, industry.Level, industry.LevelName, industry.ParentCode, children));
    }
}
