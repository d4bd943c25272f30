using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Zhijian.Platform.Web;

/// <summary>RFC 7807 problem details in Chinese, the one way Zhijian reports an error to a caller.</summary>
public static class Problems
{
    public static IResult Validation(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "请求参数有误",
            detail: $"{field}：{message}");

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "请求参数有误",
            detail: string.Join("；", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}：{m}"))));

    public static IResult Unprocessable(string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(statusCode: 422, title: title, detail: detail)
            : Results.ValidationProblem(errors, statusCode: 422, title: title, detail: detail);

    public static IResult NotFound(string title, string detail) => Results.Problem(statusCode: 404, title: title, detail: detail);

    public static IResult Forbidden(string detail) => Results.Problem(statusCode: 403, title: "权限不足", detail: detail);

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem, Storage.ZhijianJson.Options), context.RequestAborted);
    }
}
