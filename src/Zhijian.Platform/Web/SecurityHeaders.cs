using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zhijian.Platform.Web;

/// <summary>
/// Response headers for every face (console, portal, API): no MIME sniffing, no referrer to other sites, no framing,
/// and a content security policy that allows scripts, styles, images and connections only from this origin (MudBlazor
/// needs inline style attributes; no page has inline script). A response that set its own policy (printable case
/// documents) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        ctx.Response.OnStarting(() =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "same-origin";
            h.XFrameOptions = "DENY";
            // Blazor adds only "frame-ancestors 'self'" to its pages: replaced by the full policy. A response with a
            // whole policy of its own (default-src …, the printable case documents) keeps it.
            if (!h.ContentSecurityPolicy.ToString().Contains("default-src", StringComparison.Ordinal)) h.ContentSecurityPolicy = ContentSecurityPolicy;
            if (ctx.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        });
        return next(ctx);
    });

    /// <summary>A return address after login: a path on this site only (no scheme, host, backslash, control or space characters).</summary>
    public static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
