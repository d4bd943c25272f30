using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Zhijian.Entities.Dataset;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Import;

/// <summary>The import's counts as the API returns them.</summary>
internal sealed record ImportSummary(long Rows, long Inserted, long Updated, bool DryRun);

/// <summary>/api/v1/entities/import: upload (multipart, streamed to a temp file), template, error reports.</summary>
internal static class ImportEndpoints
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    private const long EnvelopeBytes = 1024 * 1024;

    public static void AddEntityImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EntityImportOptions>().BindConfiguration("Zhijian:Import");
        services.AddScoped<EntityImporter>();
        var max = MaxBytes(configuration);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = Math.Max(o.MultipartBodyLengthLimit, max + EnvelopeBytes));
    }

    private static long MaxBytes(IConfiguration configuration) =>
        configuration.GetValue("Zhijian:Import:MaxBytes", EntityImportOptions.DefaultMaxBytes);

    public static void MapEntityImport(this RouteGroupBuilder g)
    {
        var max = MaxBytes(((IEndpointRouteBuilder)g).ServiceProvider.GetRequiredService<IConfiguration>());

        g.MapPost("/import", async (HttpRequest request, bool? dryRun, string? encoding, bool? confirm, EntityImporter importer, CancellationToken ct) =>
            {
                var upload = await SaveUploadAsync(request, importer.Options, ct);
                if (upload.Problem is not null) return upload.Problem;
                try
                {
                    var outcome = await importer.ImportAsync(new ImportRequest(upload.Path!, upload.FileName!, encoding, dryRun == true, confirm == true), null, ct);
                    return ToResult(outcome);
                }
                finally
                {
                    File.Delete(upload.Path!);
                }
            })
            .RequireAuthorization(EntityAccess.WritePolicy)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(max + EnvelopeBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("批量导入市场主体（CSV：UTF-8 或 GB18030/GBK；XLSX）：表单字段 file；dryRun=true 只校验；encoding=utf-8|gb18030 指定编码；confirm=true 确认早期统一社会信用代码。整个文件全部通过校验才写入，按统一社会信用代码新增或更新");

        g.MapGet("/import/template.csv", () =>
            {
                using var buffer = new MemoryStream();
                using (var w = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
                {
                    EntityCsv.Write(w, []);
                }

                return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", "市场主体导入模板.csv");
            })
            .RequireAuthorization(EntityAccess.WritePolicy)
            .WithSummary("批量导入模板（CSV 表头，UTF-8 带 BOM，可直接用 Excel 打开）");

        g.MapGet("/import/errors/{id}.csv", (string id, EntityImporter importer, ActorContext actor) =>
                Guid.TryParse(id, out var guid) && new ImportErrorFiles(importer.Options).Find(actor.Current.Name, guid) is { } path
                    ? Results.File(path, "text/csv; charset=utf-8", $"导入错误报告-{guid:N}.csv")
                    : Problems.NotFound("未找到错误报告", "错误报告不存在、已超过 24 小时或不属于您"))
            .RequireAuthorization(EntityAccess.WritePolicy)
            .WithSummary("批量导入错误报告（行号、列、值、原因；保留 24 小时，仅上传人可下载）");
    }

    internal static string ErrorFileUrl(Guid id) => $"/api/v1/entities/import/errors/{id:N}.csv";

    private static IResult ToResult(ImportOutcome outcome)
    {
        if (outcome.IsSuccess) return Results.Ok(new ImportSummary(outcome.Rows, outcome.Inserted, outcome.Updated, outcome.DryRun));
        if (outcome.BadFile || outcome.ErrorCount == 0) return Results.Problem(statusCode: outcome.BadFile ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            title: "无法导入该文件", detail: outcome.Message);
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = outcome.Errors.Select(e => new { line = e.Line, column = e.Column, value = e.Value, reason = e.Reason }).ToList(),
            ["errorCount"] = outcome.ErrorCount,
            ["errorFile"] = outcome.ErrorFile is { } id ? ErrorFileUrl(id) : null,
        };
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "导入文件有误，未导入任何数据", detail: outcome.Message, extensions: extensions);
    }

    private sealed record Upload(string? Path, string? FileName, IResult? Problem);

    /// <summary>Streams the multipart field "file" to a temp file, refusing more than the configured size before and while reading.</summary>
    /// <summary>The next part, or null at the end — also when the body ends before its closing boundary (a cut-off upload).</summary>
    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadNextSectionAsync(ct);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Reads the next bytes of a part; -1 when the body ends before the part's boundary.</summary>
    private static async Task<int> ReadPartAsync(Stream part, byte[] buffer, CancellationToken ct)
    {
        try
        {
            return await part.ReadAsync(buffer, ct);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static async Task<Upload> SaveUploadAsync(HttpRequest request, EntityImportOptions options, CancellationToken ct)
    {
        static Upload Bad(string detail) => new(null, null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "无法导入该文件", detail: detail));
        if (!request.HasFormContentType || !request.ContentType!.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Bad("请以 multipart/form-data 上传，文件放在表单字段 file 中");
        if (request.ContentLength > options.MaxBytes + EnvelopeBytes) return Bad(EntityImporter.TooLarge(options.MaxBytes));

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return Bad("multipart/form-data 缺少 boundary");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await NextSectionAsync(reader, ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "file")
                continue;
            var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "upload";
            fileName = Path.GetFileName(fileName);
            var folder = Path.Combine(options.Root, "uploads");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".upload");
            var tooLarge = false;
            var cutOff = false;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = await ReadPartAsync(section.Body, buffer, ct)) != 0)
                {
                    if (n < 0)
                    {
                        cutOff = true;
                        break;
                    }

                    total += n;
                    if (total > options.MaxBytes)
                    {
                        tooLarge = true;
                        break;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }

            if (tooLarge || cutOff)
            {
                File.Delete(path);
                return Bad(tooLarge ? EntityImporter.TooLarge(options.MaxBytes) : "上传内容不完整（表单在文件结束前中断），请重新上传");
            }

            return new(path, fileName, null);
        }

        return Bad("没有收到文件：请在表单字段 file 中上传 CSV 或 XLSX 文件");
    }
}
