using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Zhijian.Platform.Web;

/// <summary>
/// RFC 7807 problem details in Chinese, the one way Zhijian reports an error to a caller. Every method returns the typed
/// <see cref="ProblemHttpResult"/>, so a handler can declare <c>Results&lt;Ok&lt;T&gt;, ProblemHttpResult&gt;</c>.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        WithErrors(400, "请求参数有误", string.Join("；", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}：{m}"))), errors);

    public static ProblemHttpResult Unprocessable(string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        errors is null ? Problem(422, title, detail) : WithErrors(422, title, detail, errors);

    public static ProblemHttpResult NotFound(string title, string detail) => Problem(404, title, detail);

    public static ProblemHttpResult Forbidden(string detail) => Problem(403, "权限不足", detail);

    public static ProblemHttpResult Conflict(string title, string detail) => Problem(409, title, detail);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });

    private static ProblemHttpResult WithErrors(int status, string title, string detail, IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = title,
            Detail = detail,
        });

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem, Storage.ZhijianJson.Options), context.RequestAborted);
    }
}
