using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Import;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Import;

/// <summary>The import's counts as the API returns them.</summary>
internal sealed record ImportSummary(long Rows, long Inserted, long Updated, bool DryRun);

/// <summary>/api/v1/entities/import: upload (multipart, streamed to a temp file by the platform's import kit), template, error reports.</summary>
internal static class ImportEndpoints
{
    public static void AddEntityImport(this IServiceCollection services)
    {
        services.AddOptions<EntityImportOptions>().BindConfiguration("Zhijian:Import");
        services.AddScoped<EntityImporter>();
    }

    public static void MapEntityImport(this RouteGroupBuilder g) =>
        g.MapPost("/import", Import).AsFileImport(g, "/import", EntityColumns.Template, EntityAccess.WritePolicy, "市场主体",
            "批量导入市场主体（CSV：UTF-8 或 GB18030/GBK；XLSX）：表单字段 file；dryRun=true 只校验；encoding=utf-8|gb18030 指定编码；confirm=true 确认早期统一社会信用代码。整个文件全部通过校验才写入，按统一社会信用代码新增或更新",
            templatePolicy: EntityAccess.WritePolicy);

    internal static string ErrorFileUrl(Guid id) => $"/api/v1/entities/import/errors/{id:N}.csv";

    private static Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(HttpRequest request, bool? dryRun, string? encoding, bool? confirm,
        ImportKit kit, EntityImporter importer, CancellationToken ct) =>
        kit.RunAsync(request, importer.Template, encoding, async (upload, errors) =>
            Answer(await importer.ImportAsync(new ImportRequest(upload.Path!, upload.FileName!, encoding, dryRun == true, confirm == true), errors, null, ct), errors), ct);

    /// <summary>The counts, or why the file was refused (the kit answers row errors itself).</summary>
    private static Results<Ok<ImportSummary>, ProblemHttpResult> Answer(ImportOutcome outcome, ImportErrors errors) =>
        outcome.IsSuccess ? TypedResults.Ok(new ImportSummary(outcome.Rows, outcome.Inserted, outcome.Updated, outcome.DryRun))
        : outcome.BadFile ? Problems.Problem(StatusCodes.Status400BadRequest, "无法导入该文件", outcome.Message!)
        : ImportKit.Refused(errors, null, outcome.Message);
}
