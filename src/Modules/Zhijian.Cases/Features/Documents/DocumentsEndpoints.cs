using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Documents;

/// <summary>/api/v1/cases/documents: the issued documents as printed (staff only, no API client).</summary>
internal static class DocumentsEndpoints
{
    /// <summary>The stored documents are HTML from the database: no script, no outside resource, whatever they hold.</summary>
    private const string DocumentCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder cases)
    {
        cases.MapGet("/documents/{id:long}", Document)
            .RequireAuthorization(CaseAccess.DocumentsPolicy)
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .WithSummary("案件文书（打印版 HTML，A4）：按签发时的原文返回，响应头 X-Document-Sha256 为其 SHA-256");
        return cases;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Document(long id, HttpContext http, CaseDocuments documents, CancellationToken ct)
    {
        if (await documents.GetAsync(id, ct) is not { } doc) return Problems.NotFound("未找到", $"文书 {id} 不存在或不在您的管辖范围内");
        http.Response.Headers.ContentSecurityPolicy = DocumentCsp;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["X-Document-Sha256"] = doc.Sha256;
        return TypedResults.Content(doc.Html, "text/html; charset=utf-8");
    }
}
