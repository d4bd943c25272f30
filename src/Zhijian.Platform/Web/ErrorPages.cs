using System.Net;
using Microsoft.AspNetCore.Http;

namespace Zhijian.Platform.Web;

/// <summary>
/// Chinese error pages for people (the API answers RFC 7807 problem details instead). A page or middleware that answers
/// 4xx/5xx leaves the body to these pages: the platform re-executes the request to <c>/error</c>, which shows it
/// in the portal's frame (under /gs) or the console's, with the status kept. A page may first name what was not found (<see cref="Answer"/>), and the
/// error page says so. An exception is answered by <see cref="WriteHtmlAsync"/>, a self-contained page that does not
/// depend on the renderer that may just have failed.
/// </summary>
public static class ErrorPages
{
    /// <summary>The error page; it shows the portal's frame for addresses under /gs and the console's otherwise.</summary>
    public const string Path = "/error";
    private const string MessageKey = "zhijian.error.message";

    /// <summary>Sets the status of this response and the sentence its error page shows (e.g. “未找到该行政处罚信息，或已停止公示。”).</summary>
    public static void Answer(HttpContext? http, int status, string? message = null)
    {
        if (http is null || http.Response.HasStarted) return;
        http.Response.StatusCode = status;
        if (message is not null) http.Items[MessageKey] = message;
    }

    /// <summary>What the page that failed said about it, if anything.</summary>
    public static string? Message(HttpContext? http) => http?.Items.TryGetValue(MessageKey, out var m) == true ? m as string : null;

    /// <summary>The portal is everything under /gs; the console is every other page.</summary>
    public static bool IsPortal(PathString path) => path.StartsWithSegments("/gs");

    /// <summary>Title and explanation of a status, in Chinese.</summary>
    public static (string Title, string Text) Describe(int status) => status switch
    {
        400 => ("请求有误", "请求的地址或参数格式不正确，请检查后重试。"),
        401 => ("需要登录", "请先登录后再访问此页面。"),
        403 => ("无权访问", "您没有访问此页面的权限。如确需访问，请联系系统管理员。"),
        404 => ("页面不存在", "您访问的页面不存在，可能已被删除、已停止公示，或者地址输入有误。"),
        405 => ("请求方式不支持", "此页面不支持这种请求方式，请从页面上的链接或按钮进入。"),
        503 => ("系统繁忙", "访问人数较多，系统暂时无法处理您的请求，请稍后刷新重试。"),
        >= 500 => ("服务器内部错误", "处理请求时发生错误，已记录日志。请稍后重试；如果问题持续存在，请联系网站管理员。"),
        _ => ("请求未能完成", "请求未能完成，请返回首页后重试。"),
    };

    /// <summary>
    /// A complete Chinese HTML page for <paramref name="status"/> (used for exceptions, when rendering a component may fail
    /// again): the portal's colours and links under /gs, the console's elsewhere.
    /// </summary>
    public static async Task WriteHtmlAsync(HttpContext ctx, int status)
    {
        if (ctx.Response.HasStarted) return;
        var portal = IsPortal(ctx.Request.Path);
        var (title, text) = Describe(status);
        ctx.Response.Clear();
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        ctx.Response.Headers.CacheControl = "no-store";
        var home = portal
            ? """<a href="/gs">返回公示首页</a>　<a href="/gs/credit">企业信用信息查询</a>"""
            : """<a href="/">返回工作台</a>""";
        var colour = portal ? "#b3121f" : "#1d4f91";
        await ctx.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{{WebUtility.HtmlEncode(title)}} · {{(portal ? "市场监管信息公示" : "智监")}}</title>
            <style>
            body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; background: #f7f7f5; color: #1f2937; }
            header { background: {{colour}}; color: #fff; padding: 18px 24px; font-size: 1.2rem; font-weight: 600; letter-spacing: 2px; }
            main { max-width: 640px; margin: 48px auto; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 32px; text-align: center; }
            .code { font-size: 3rem; font-weight: 700; color: {{colour}}; margin: 0; letter-spacing: 4px; }
            h1 { font-size: 1.4rem; margin: 8px 0 12px; }
            a { color: {{colour}}; }
            </style>
            </head>
            <body>
            <header>{{(portal ? "市场监管信息公示" : "智监 · 智慧市场监管一体化平台")}}</header>
            <main data-testid="error-page">
            <p class="code">{{status}}</p>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            <p>{{WebUtility.HtmlEncode(text)}}</p>
            <p>{{home}}</p>
            </main>
            </body>
            </html>
            """);
    }
}
