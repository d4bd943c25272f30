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

    public static void MapEntityImport(this RouteGroupBuilder g)
    {
        g.MapPost("/import", Import)
            .RequireAuthorization(EntityAccess.WritePolicy)
            .AcceptsImportUpload(((IEndpointRouteBuilder)g).MaxBytes(EntityColumns.Template))
            .WithSummary("批量导入市场主体（CSV：UTF-8 或 GB18030/GBK；XLSX）：表单字段 file；dryRun=true 只校验；encoding=utf-8|gb18030 指定编码；confirm=true 确认早期统一社会信用代码。整个文件全部通过校验才写入，按统一社会信用代码新增或更新");

        g.MapGet("/import/template.csv", Template)
            .RequireAuthorization(EntityAccess.WritePolicy)
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("批量导入模板（CSV 表头，UTF-8 带 BOM，可直接用 Excel 打开）");

        g.MapImportErrorFile("/import", EntityColumns.Template)
            .RequireAuthorization(EntityAccess.WritePolicy)
            .WithSummary("批量导入错误报告（行号、列、值、原因；保留 24 小时，仅上传人可下载）");
    }

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

    private static FileContentHttpResult Template() =>
        TypedResults.File(EntityColumns.Template.TemplateCsv(), "text/csv; charset=utf-8", "市场主体导入模板.csv");
}
